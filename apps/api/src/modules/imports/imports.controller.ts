import {
  CallHandler,
  Controller,
  ExecutionContext,
  Get,
  HttpCode,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { catchError, throwError, type Observable } from 'rxjs';
import { IMPORT_MAX_BYTES, type ErrorBody, type ImportResult } from '@plan/contracts';
import { ERROR_STATUS } from '../../common/error-status';
import { Ctx, type RequestContext } from '../../common/request-context';
import { contentDisposition } from '../attachments/file-checks';
import { ImportQuery } from './dto/import.query';
import { importTooLarge, ImportsService, type UploadedFile as Upload } from './imports.service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// multer stops an upload at the size limit with a generic 413; say which limit, in both languages.
@Injectable()
export class ImportUploadErrors implements NestInterceptor {
  intercept(_: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((e) => throwError(() => (e instanceof PayloadTooLargeException ? importTooLarge() : e))),
      );
  }
}

export type ImportAnswer = ImportResult | (ImportResult & ErrorBody);

@ApiTags('imports')
@ApiCookieAuth()
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get('template.xlsx')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({
    summary: 'The import template: task columns, 说明 instructions, drop-down lists, an example row',
  })
  async template(@Ctx() ctx: RequestContext, @Res() res: Response): Promise<void> {
    const file = await this.imports.template(ctx);
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', contentDisposition('人工智能+行动任务导入模板.xlsx'));
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(file);
  }

  @Post()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' } },
      required: ['file'],
    },
  })
  @ApiOperation({
    summary:
      'Import tasks from the template or an edited ledger: every row is validated; only a valid file is applied, in one transaction (422 IMPORT_INVALID lists each bad cell)',
  })
  @UseInterceptors(
    ImportUploadErrors,
    FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 5, parts: 6 } }),
  )
  async import(
    @Ctx() ctx: RequestContext,
    @Query() q: ImportQuery,
    @UploadedFile() file: Upload | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportAnswer> {
    const result = await this.imports.run(ctx, file, q.dryRun ?? false);
    if (result.valid) return result;
    // An invalid file is an error answer with the usual code and message, and the full list beside it.
    const statusCode = ERROR_STATUS.IMPORT_INVALID;
    res.status(statusCode);
    const n = result.summary.errors;
    return {
      statusCode,
      code: 'IMPORT_INVALID',
      message: `文件有 ${n} 处错误，未导入任何内容 / The file has ${n} error(s); nothing was imported`,
      ...result,
    };
  }
}
