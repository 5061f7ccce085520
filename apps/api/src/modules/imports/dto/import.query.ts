import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { ToBool } from '../../../common/query-transforms';

export class ImportQuery {
  @ApiPropertyOptional({ description: 'Only validate; change nothing', default: false })
  @IsOptional()
  @ToBool()
  @IsBoolean()
  dryRun?: boolean;
}
