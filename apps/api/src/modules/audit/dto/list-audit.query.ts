import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { AUDIT_LIST_MAX_LIMIT } from '@plan/contracts';
import { ToInt } from '../../../common/query-transforms';
import { IsIsoDate } from '../../../common/validation';

export class ListAuditQuery {
  @ApiPropertyOptional({
    example: 'person.create',
    description: 'An action, or a prefix ending in a dot (person.)',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]+(\.[a-z_]*)?$/)
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional({ example: 'task' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]+$/)
  @MaxLength(64)
  entity?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,64}$/)
  entityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all')
  actorId?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: "From this day (the workspace's time zone)" })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Through this day, inclusive' })
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @ApiPropertyOptional({ description: 'Opaque cursor from nextCursor' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ default: 50, maximum: AUDIT_LIST_MAX_LIMIT })
  @IsOptional()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(AUDIT_LIST_MAX_LIMIT)
  limit?: number;
}
