import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsIsoDate, NoControlChars } from '../../../common/validation';
import { TaskFiltersQuery } from '../../tasks/dto/list-tasks.query';

export class CreateMeetingDto {
  @ApiProperty({ example: '人工智能+行动推进专班第三次调度会' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @NoControlChars()
  title: string;

  @ApiPropertyOptional({ example: '2026-11-29', description: 'Default: today' })
  @IsOptional()
  @IsIsoDate()
  heldOn?: string;
}

export class ChangesQuery {
  @ApiPropertyOptional({ description: 'Compare with this meeting instead of the previous one' })
  @IsOptional()
  @IsUUID('all')
  since?: string;
}

export class LiveChangesQuery extends ChangesQuery {
  @ApiPropertyOptional({ enum: ['now'], default: 'now' })
  @IsOptional()
  @IsIn(['now'])
  to?: 'now';
}

export class MeetingTasksQuery extends TaskFiltersQuery {}
