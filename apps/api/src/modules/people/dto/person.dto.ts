import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  USERNAME_PATTERN,
  type Role,
} from '@plan/contracts';
import { MAX_VERSION } from '../../../common/limits';
import { NoControlChars } from '../../../common/validation';

// Usernames are stored lower-case (the login accepts any case).
const ToLowerTrimmed = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

export class PasswordDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, description: 'At least 10 characters' })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class CreatePersonDto extends PasswordDto {
  @ApiProperty({ example: 'zhang.wei', description: 'Letters, digits, . _ -; unique across all workspaces' })
  @ToLowerTrimmed()
  @IsString()
  @Matches(USERNAME_PATTERN)
  username: string;

  @ApiProperty({ example: '张伟' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @NoControlChars()
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty()
  @IsUUID('all')
  unitId: string;

  @ApiPropertyOptional({
    example: '440000',
    nullable: true,
    description: 'Viewers only: limit to one region',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(/^\d{6}$/)
  regionScope?: string | null;
}

export class UpdatePersonDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @NoControlChars()
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all')
  unitId?: string;

  @ApiPropertyOptional({ nullable: true, description: 'Viewers only; null lifts the limit' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(/^\d{6}$/)
  regionScope?: string | null;

  @ApiPropertyOptional({ description: 'false deactivates: the person can no longer log in; history stays' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiProperty({ description: 'The version you read; a stale one gets 409 with the current person' })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;
}
