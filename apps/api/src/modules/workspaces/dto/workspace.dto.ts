import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateNested,
  buildMessage,
  type ValidationOptions,
} from 'class-validator';
import {
  CADENCES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  REPORT_DUE_DAY_MAX,
  UNIT_LEVELS,
  USERNAME_PATTERN,
  type Cadence,
  type UnitLevel,
} from '@plan/contracts';
import { MAX_VERSION } from '../../../common/limits';
import { NoControlChars } from '../../../common/validation';

const isTimeZone = (v: unknown): boolean => {
  if (typeof v !== 'string' || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(v)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: v });
    return true;
  } catch {
    return false;
  }
};

// Reported like a format error: the validation pipe already has words for 'matches'.
const IsTimeZone = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'matches',
      validator: {
        validate: isTimeZone,
        defaultMessage: buildMessage((p) => `${p}$property must be an IANA time zone`),
      },
    },
    options,
  );

export class UpdateWorkspaceDto {
  @ApiPropertyOptional({ example: '国家人工智能+行动专班' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @NoControlChars()
  name?: string;

  @ApiPropertyOptional({ enum: CADENCES })
  @IsOptional()
  @IsIn(CADENCES)
  cadence?: Cadence;

  @ApiPropertyOptional({ minimum: 1, maximum: REPORT_DUE_DAY_MAX, description: 'Day of the next period' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(REPORT_DUE_DAY_MAX)
  dueDay?: number;

  @ApiPropertyOptional({ example: 'Asia/Shanghai' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @ApiProperty({ description: 'The version you read; a stale one gets 409 with the current settings' })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;
}

export class FirstUnitDto {
  @ApiProperty({ example: '广东省人工智能+行动专班' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @NoControlChars()
  nameZh: string;

  @ApiProperty({ example: 'Guangdong AI+ Office' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @NoControlChars()
  nameEn: string;

  @ApiProperty({ example: '440000' })
  @Matches(/^\d{6}$/)
  regionCode: string;

  @ApiProperty({ enum: UNIT_LEVELS })
  @IsIn(UNIT_LEVELS)
  level: UnitLevel;
}

export class FirstAdminDto {
  @ApiProperty({ example: 'gd-admin' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(USERNAME_PATTERN)
  username: string;

  @ApiProperty({ example: '广东管理员' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @NoControlChars()
  displayName: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class CreateWorkspaceDto {
  @ApiProperty({ example: 'guangdong', description: 'Unique short code' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/)
  code: string;

  @ApiProperty({ example: '广东省人工智能+行动' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @NoControlChars()
  name: string;

  @ApiPropertyOptional({ enum: CADENCES, default: 'month' })
  @IsOptional()
  @IsIn(CADENCES)
  cadence?: Cadence;

  @ApiPropertyOptional({ default: 5, minimum: 1, maximum: REPORT_DUE_DAY_MAX })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(REPORT_DUE_DAY_MAX)
  dueDay?: number;

  @ApiPropertyOptional({ default: 'Asia/Shanghai' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @ApiProperty({ type: FirstUnitDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => FirstUnitDto)
  unit: FirstUnitDto;

  @ApiProperty({ type: FirstAdminDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => FirstAdminDto)
  admin: FirstAdminDto;
}
