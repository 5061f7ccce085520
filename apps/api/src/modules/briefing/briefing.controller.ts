import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Ctx, type RequestContext } from '../../common/request-context';
import { contentDisposition } from '../attachments/file-checks';
import { BriefingService, type BriefingFile } from './briefing.service';
import { BriefingQuery } from './dto/briefing.query';

function send(res: Response, file: BriefingFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(file.content.length));
  res.setHeader('Content-Disposition', contentDisposition(file.fileName));
  res.setHeader('Cache-Control', 'private, no-store');
  res.end(file.content);
}

@ApiTags('exports')
@ApiCookieAuth()
@Controller('exports')
export class BriefingController {
  constructor(private readonly briefing: BriefingService) {}

  @Get('briefing.docx')
  @ApiOperation({
    summary: 'The briefing 简报 as Word, under the task-list filters; ?meeting= for "as of" a meeting',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  async docx(@Ctx() ctx: RequestContext, @Query() q: BriefingQuery, @Res() res: Response): Promise<void> {
    send(res, await this.briefing.produce(ctx, q, 'docx'));
  }

  @Get('briefing.pdf')
  @ApiOperation({ summary: 'The briefing 简报 as PDF (CJK font embedded), same content as the Word file' })
  @ApiProduces('application/pdf')
  async pdf(@Ctx() ctx: RequestContext, @Query() q: BriefingQuery, @Res() res: Response): Promise<void> {
    send(res, await this.briefing.produce(ctx, q, 'pdf'));
  }
}
