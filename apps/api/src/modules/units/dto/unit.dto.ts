import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { UNIT_LEVELS, type UnitLevel } from '@plan/contracts';
import { MAX_VERSION } from '../../../common/limits';
import { NoControlChars } from '../../../common/validation';

export class CreateUnitDto {
  @ApiPropertyOptional({ example: 'gd-miit', description: 'Unique in the workspace; generated when omitted' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)
  code?: string;

  @ApiProperty({ example: '广东省工业和信息化厅' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @NoControlChars()
  nameZh: string;

  @ApiProperty({ example: 'Department of Industry and Information Technology of Guangdong Province' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @NoControlChars()
  nameEn: string;

  @ApiProperty({ example: '440000', description: 'GB/T 2260 code; 000000 = national' })
  @Matches(/^\d{6}$/)
  regionCode: string;

  @ApiProperty({ enum: UNIT_LEVELS })
  @IsIn(UNIT_LEVELS)
  level: UnitLevel;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateUnitDto extends PartialType(OmitType(CreateUnitDto, ['code'] as const)) {
  @ApiProperty({ description: 'The version you read; a stale one gets 409 with the current unit' })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;
}
