import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { TaskFiltersQuery } from '../../tasks/dto/list-tasks.query';

export class ExportQuery extends TaskFiltersQuery {
  @ApiPropertyOptional({ description: 'Export as this review meeting saw it (its frozen snapshot)' })
  @IsOptional()
  @IsUUID('all')
  meeting?: string;
}
