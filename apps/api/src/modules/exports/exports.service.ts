import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ledgerFileName } from '@plan/contracts';
import { RequestContext } from '../../common/request-context';
import { contentDisposition } from '../attachments/file-checks';
import { MeetingsService } from '../meetings/meetings.service';
import { ReferenceRepository } from '../reference/reference.repository';
import { TaskStatusService } from '../tasks/task-status.service';
import { TasksRepository } from '../tasks/tasks.repository';
import type { TaskFilterInput } from '../tasks/task-filter.sql';
import { workspaceToday, WorkspacesRepository } from '../workspaces/workspaces.repository';
import { writeCsv } from './csv.writer';
import { ExportQuery } from './dto/export.query';
import { describeScope } from './export-scope';
import type { LedgerRow } from './ledger-columns';
import { readAhead, slicedRows } from './ledger-source';
import { writeLedger, type LedgerMeasure } from './ledger.writer';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type NamedRow = { code?: string; id?: string; nameZh: string };

type ExportSource = {
  asOf: string;
  meetingTitle: string | null;
  filters: TaskFilterInput;
  pages: AsyncIterable<LedgerRow[]>;
  measures: LedgerMeasure[];
  sectorNames: Map<string, string>;
};

const byKey = (rows: NamedRow[], key: 'code' | 'id') =>
  new Map(rows.map((r) => [String(r[key]).trim(), r.nameZh]));

@Injectable()
export class ExportsService {
  // Above this many tasks the rows are read a measure at a time (see slicedRows); tests lower it.
  static sliceAbove = 5000;
  private readonly logger = new Logger(ExportsService.name);

  constructor(
    private readonly meetings: MeetingsService,
    private readonly reference: ReferenceRepository,
    private readonly workspaces: WorkspacesRepository,
    private readonly tasks: TasksRepository,
    private readonly status: TaskStatusService,
  ) {}

  async ledger(ctx: RequestContext, q: ExportQuery, res: Response): Promise<void> {
    const src = await this.open(ctx, q);
    const scope = describeScope(src.filters, {
      measures: new Map(src.measures.map((m) => [m.code, m.nameZh])),
      regions: src.filters.region?.length ? byKey(await this.reference.regions(), 'code') : new Map(),
      sectors: src.sectorNames,
      units:
        src.filters.leadUnit?.length || src.filters.unit?.length
          ? byKey(await this.reference.units(ctx.user.workspaceId), 'id')
          : new Map(),
    });
    this.headers(res, XLSX_TYPE, ledgerFileName(src.asOf, 'xlsx'));
    await this.send(res, () =>
      writeLedger(res, src.pages, {
        asOf: src.asOf,
        meetingTitle: src.meetingTitle,
        scope,
        measures: src.measures,
        sectorNames: src.sectorNames,
      }),
    );
  }

  async csv(ctx: RequestContext, q: ExportQuery, res: Response): Promise<void> {
    const src = await this.open(ctx, q);
    this.headers(res, 'text/csv; charset=utf-8', ledgerFileName(src.asOf, 'csv'));
    await this.send(res, () => writeCsv(res, src.pages, src.sectorNames));
  }

  // Everything that can fail with a proper error answer (an unknown meeting, bad filters) happens
  // here, before the first byte.
  private async open(ctx: RequestContext, q: ExportQuery): Promise<ExportSource> {
    const { meeting, ...filters } = q;
    const ws = ctx.user.workspaceId;
    const detail = meeting ? await this.meetings.get(ctx, meeting) : null;
    // the day's status refresh once, before any slice is read (rows() would otherwise race to it)
    if (!detail) await this.status.ensureFresh(ws);
    const asOf = detail?.asOf ?? workspaceToday(await this.workspaces.settings(ws));
    const measures: LedgerMeasure[] = (await this.reference.measures(ws))
      .filter((m: { code: string }) => !filters.measure?.length || filters.measure.includes(m.code))
      .map((m: { code: string; nameZh: string }) => ({ code: m.code, nameZh: m.nameZh }));
    const open = (f: TaskFilterInput) => this.meetings.rows(ctx, f, detail?.id ?? null);
    // a meeting's task count bounds any filtered part of it
    const size = detail?.taskCount ?? (await this.tasks.count(ws, filters));
    let pages: AsyncIterable<LedgerRow[]>;
    if (size > ExportsService.sliceAbove) {
      pages = slicedRows(
        open,
        filters,
        measures.map((m) => m.code),
      );
    } else {
      const rows = open(filters);
      const first = await rows.next();
      pages = (async function* () {
        if (first.done) return;
        yield first.value;
        yield* { [Symbol.asyncIterator]: () => rows };
      })();
    }
    return {
      asOf,
      meetingTitle: detail?.title ?? null,
      filters,
      pages: readAhead(pages),
      measures,
      sectorNames: byKey(await this.reference.sectors(), 'code'),
    };
  }

  private headers(res: Response, type: string, fileName: string): void {
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Disposition', contentDisposition(fileName));
    res.setHeader('Cache-Control', 'private, no-store');
  }

  // Once bytes are out, an error can only cut the download short; before that it is a normal answer.
  private async send(res: Response, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (e) {
      if (!res.headersSent) {
        res.removeHeader('Content-Disposition');
        res.removeHeader('Content-Type');
        throw e;
      }
      this.logger.warn(`export cut short: ${e instanceof Error ? e.message : String(e)}`);
      res.destroy();
    }
  }
}
