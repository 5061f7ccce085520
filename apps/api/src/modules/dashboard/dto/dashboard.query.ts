import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsPeriod } from '../../../common/validation';
import { TaskFiltersQuery } from '../../tasks/dto/list-tasks.query';

export class DashboardQuery extends TaskFiltersQuery {
  @ApiPropertyOptional({
    example: '2026-10',
    description: 'Reporting period for "reports missing"; default: the latest closed period',
  })
  @IsOptional()
  @IsPeriod()
  period?: string;
}
