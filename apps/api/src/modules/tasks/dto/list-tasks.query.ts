import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  LIGHTS,
  MEASURE_CODES,
  SCHEDULE_STATES,
  TASK_LIST_MAX_LIMIT,
  TASK_SORTS,
  type Light,
  type ScheduleState,
  type TaskSort,
} from '@plan/contracts';
import { IsIsoDate, NoControlChars } from '../../../common/validation';
import { ToInt, ToList } from '../../../common/query-transforms';

// The task-list filters; the dashboard and the exports take the same ones.
export class TaskFiltersQuery {
  @ApiPropertyOptional({ description: 'Measure codes, comma-separated', example: 'policy,talent' })
  @IsOptional()
  @ToList()
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(MEASURE_CODES, { each: true })
  measure?: string[];

  @ApiPropertyOptional({ description: 'GB/T 2260 region codes (000000 = national)', example: '440000' })
  @IsOptional()
  @ToList()
  @IsArray()
  @ArrayMaxSize(40)
  @Matches(/^\d{6}$/, { each: true })
  region?: string[];

  @ApiPropertyOptional({ description: 'Sector codes', example: 'manufacturing' })
  @IsOptional()
  @ToList()
  @IsArray()
  @ArrayMaxSize(40)
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, { each: true })
  sector?: string[];

  @ApiPropertyOptional({ description: 'Lead unit ids' })
  @IsOptional()
  @ToList()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  leadUnit?: string[];

  @ApiPropertyOptional({ description: 'Unit ids, leading or cooperating' })
  @IsOptional()
  @ToList()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  unit?: string[];

  @ApiPropertyOptional({ description: 'Responsible person id' })
  @IsOptional()
  @IsUUID('all')
  responsible?: string;

  @ApiPropertyOptional({ enum: SCHEDULE_STATES, isArray: true })
  @IsOptional()
  @ToList()
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(SCHEDULE_STATES, { each: true })
  state?: ScheduleState[];

  @ApiPropertyOptional({ enum: LIGHTS, isArray: true })
  @IsOptional()
  @ToList()
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(LIGHTS, { each: true })
  light?: Light[];

  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsOptional()
  @IsIsoDate()
  dueFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsIsoDate()
  dueTo?: string;

  @ApiPropertyOptional({ description: 'Search in code, title and requirement', example: '算力' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NoControlChars()
  q?: string;

  @ApiPropertyOptional({ enum: ['exclude', 'only', 'include'], default: 'exclude' })
  @IsOptional()
  @IsIn(['exclude', 'only', 'include'])
  archived?: 'exclude' | 'only' | 'include';
}

export class ListTasksQuery extends TaskFiltersQuery {
  @ApiPropertyOptional({ enum: TASK_SORTS, default: 'code' })
  @IsOptional()
  @IsIn(TASK_SORTS)
  sort?: TaskSort;

  @ApiPropertyOptional({ description: 'Opaque cursor from nextCursor' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @ApiPropertyOptional({ default: 50, maximum: TASK_LIST_MAX_LIMIT })
  @IsOptional()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(TASK_LIST_MAX_LIMIT)
  limit?: number;
}
