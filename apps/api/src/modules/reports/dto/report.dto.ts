import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { REPORT_TEXT_MAX, REPORTED_STATES, type ReportedState } from '@plan/contracts';
import { MAX_VERSION } from '../../../common/limits';
import { IsPeriod, NoControlChars } from '../../../common/validation';

export class CreateReportDto {
  @ApiProperty({ example: '2026-10', description: 'Reporting period YYYY-MM' })
  @IsPeriod()
  period: string;

  @ApiProperty({ enum: REPORTED_STATES })
  @IsIn(REPORTED_STATES)
  reportedState: ReportedState;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  progress: number;

  @ApiPropertyOptional({ description: '进展情况' })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_TEXT_MAX)
  @NoControlChars()
  achievements?: string;

  @ApiPropertyOptional({ description: '存在问题' })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_TEXT_MAX)
  @NoControlChars()
  problems?: string;

  @ApiPropertyOptional({ description: '下步打算' })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_TEXT_MAX)
  @NoControlChars()
  nextSteps?: string;

  @ApiPropertyOptional({ description: 'Required when reportedState is suspended' })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_TEXT_MAX)
  @NoControlChars()
  suspendedReason?: string;

  @ApiPropertyOptional({ default: false, description: 'Submit for review at once instead of saving a draft' })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;
}

export class UpdateReportDto extends PartialType(OmitType(CreateReportDto, ['period', 'submit'] as const)) {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;
}

export class ReviewDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version?: number;

  @ApiPropertyOptional({ description: 'Required to return a report' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @NoControlChars()
  comment?: string;
}
