import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, Max, IsOptional, Min, ValidateIf } from 'class-validator';
import { MAX_VERSION } from '../../../common/limits';
import { IsIsoDate } from '../../../common/validation';
import { NewMilestoneDto } from '../../tasks/dto/create-task.dto';

export class CreateMilestoneDto extends NewMilestoneDto {}

export class UpdateMilestoneDto extends PartialType(NewMilestoneDto) {
  @ApiProperty({ description: 'The version you read' })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @ApiPropertyOptional({ nullable: true, description: 'Set to reopen (null) or change the done date' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIsoDate()
  doneDate?: string | null;
}

export class CompleteMilestoneDto {
  @ApiPropertyOptional({ description: 'Defaults to today' })
  @IsOptional()
  @IsIsoDate()
  doneDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version?: number;
}
