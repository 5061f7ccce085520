import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Ctx, type RequestContext } from '../../common/request-context';
import { ExportQuery } from './dto/export.query';
import { ExportsService, XLSX_TYPE } from './exports.service';
import { scopeFilters } from '../access/policy';

@ApiTags('exports')
@ApiCookieAuth()
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('ledger.xlsx')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({
    summary:
      'The task ledger 台账: one sheet per measure and a summary, live or as a meeting saw it (?meeting=)',
  })
  ledger(@Ctx() ctx: RequestContext, @Query() q: ExportQuery, @Res() res: Response): Promise<void> {
    return this.exports.ledger(ctx, scopeFilters(ctx.user, q), res);
  }

  @Get('tasks.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The ledger columns as CSV (UTF-8 with BOM, CRLF), same filters and ?meeting=' })
  csv(@Ctx() ctx: RequestContext, @Query() q: ExportQuery, @Res() res: Response): Promise<void> {
    return this.exports.csv(ctx, scopeFilters(ctx.user, q), res);
  }
}
