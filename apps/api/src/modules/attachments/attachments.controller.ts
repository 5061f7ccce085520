import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ATTACHMENT_MAX_BYTES, type AttachmentView } from '@plan/contracts';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { AttachmentsService, type UploadedFile as Upload } from './attachments.service';
import { contentDisposition } from './file-checks';

@ApiTags('attachments')
@ApiCookieAuth()
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('reports/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' } },
      required: ['file'],
    },
  })
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 5, parts: 6 } }),
  )
  upload(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @UploadedFile() file: Upload | undefined,
  ): Promise<AttachmentView> {
    return this.attachments.upload(ctx, id, file);
  }

  @Get('attachments/:id')
  async download(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.attachments.download(ctx, id);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', contentDisposition(file.fileName));
    res.setHeader('X-Checksum-SHA256', file.sha256);
    // Never let an uploaded file run as a page of ours.
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(file.content);
  }

  @Delete('attachments/:id')
  @HttpCode(204)
  remove(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.attachments.remove(ctx, id);
  }
}
