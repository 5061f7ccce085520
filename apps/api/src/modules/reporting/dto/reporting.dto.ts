import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ToInt } from '../../../common/query-transforms';
import { IsPeriod } from '../../../common/validation';
import { TaskFiltersQuery } from '../../tasks/dto/list-tasks.query';

export class PeriodQuery {
  @ApiPropertyOptional({ example: '2026-10', description: 'Default: the period being collected now' })
  @IsOptional()
  @IsPeriod()
  period?: string;
}

export class MatrixQuery extends TaskFiltersQuery {
  @ApiPropertyOptional({ default: 6, minimum: 1, maximum: 24 })
  @IsOptional()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(24)
  periods?: number;
}

export class RemindDto extends PeriodQuery {
  @ApiPropertyOptional({
    type: [String],
    description: 'Only these units; default: every unit with missing reports',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  unitIds?: string[];
}
