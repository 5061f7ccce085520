import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { TaskFiltersQuery } from '../../tasks/dto/list-tasks.query';

export class BriefingQuery extends TaskFiltersQuery {
  @ApiPropertyOptional({
    description: "As of this review meeting: every figure from the meeting's frozen snapshot",
  })
  @IsOptional()
  @IsUUID('all')
  meeting?: string;
}
