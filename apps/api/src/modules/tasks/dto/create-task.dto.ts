import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MEASURE_CODES } from '@plan/contracts';
import { MAX_VERSION } from '../../../common/limits';
import { IsIsoDate, NoControlChars } from '../../../common/validation';
import { ToInt } from '../../../common/query-transforms';

export class NewMilestoneDto {
  @ApiProperty({ example: '出台实施方案' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @NoControlChars()
  title: string;

  @ApiProperty({ example: '2026-06-30' })
  @IsIsoDate()
  dueDate: string;

  @ApiPropertyOptional({ default: 1, description: 'Relative weight (> 0)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @IsPositive()
  @Max(9999)
  weight?: number;
}

export class CreateTaskDto {
  @ApiPropertyOptional({ example: 'POL-001', description: 'Generated from the measure when omitted' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/)
  code?: string;

  @ApiProperty({ example: '加大人工智能领域财政资金支持力度' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @NoControlChars()
  title: string;

  @ApiPropertyOptional({ description: '目标及任务要求' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  @NoControlChars()
  requirement?: string;

  @ApiProperty({ enum: MEASURE_CODES })
  @IsIn(MEASURE_CODES)
  measure: string;

  @ApiProperty({ example: '440000' })
  @Matches(/^\d{6}$/)
  region: string;

  @ApiProperty({ example: ['manufacturing'], type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(19)
  @ArrayUnique()
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, { each: true })
  sectors: string[];

  @ApiProperty()
  @IsUUID('all')
  leadUnitId: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  cooperatingUnitIds?: string[];

  @ApiProperty()
  @IsUUID('all')
  responsiblePersonId: string;

  @ApiProperty({ example: '2026-01-01' })
  @IsIsoDate()
  startDate: string;

  @ApiProperty({ example: '2027-12-31', nullable: true, description: 'null = long-term 长期' })
  @ValidateIf((_, v) => v !== null)
  @IsIsoDate()
  dueDate: string | null;

  @ApiPropertyOptional({ type: [NewMilestoneDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  // each item an object: ValidateNested alone lets [[]] through (an inner array has nothing to validate)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => NewMilestoneDto)
  milestones?: NewMilestoneDto[];
}

export class UpdateTaskDto extends PartialType(OmitType(CreateTaskDto, ['milestones'] as const)) {
  @ApiProperty({ description: 'The version you read; a stale one gets 409 with the current task' })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;
}

export class VersionDto {
  @ApiPropertyOptional({ description: 'The version you read; a stale one gets 409' })
  @IsOptional()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version?: number;
}
