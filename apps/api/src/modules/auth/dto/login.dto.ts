import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { LOCALES, type Locale } from '@plan/contracts';

export class LoginDto {
  @ApiProperty({ example: 'leader' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'luoshi-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

export class UpdateMeDto {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale: Locale;
}
