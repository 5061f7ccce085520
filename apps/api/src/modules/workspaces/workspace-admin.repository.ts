import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Cadence, WorkspaceSettingsView } from '@plan/contracts';
import type { MeasureData } from '../../seed/seed-data';

export type WorkspaceWrite = { name: string; cadence: Cadence; dueDay: number; timezone: string };

// Settings as the admin pages read and write them; WorkspacesRepository.settings() serves everyone else.
@Injectable()
export class WorkspaceAdminRepository {
  async get(m: EntityManager, id: string, lock = false): Promise<WorkspaceSettingsView | null> {
    const rows: (Omit<WorkspaceSettingsView, 'updatedAt'> & { updatedAt: Date })[] = await m.query(
      `SELECT id, code, name, timezone, reporting_cadence AS cadence, report_due_day AS "dueDay", version,
              updated_at AS "updatedAt"
         FROM workspaces WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    const r = rows[0];
    return r ? { ...r, updatedAt: new Date(r.updatedAt).toISOString() } : null;
  }

  async update(m: EntityManager, id: string, w: WorkspaceWrite): Promise<void> {
    await m.query(
      `UPDATE workspaces SET name = $2, reporting_cadence = $3, report_due_day = $4, timezone = $5,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, w.name, w.cadence, w.dueDay, w.timezone],
    );
  }

  async codeTaken(m: EntityManager, code: string): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM workspaces WHERE code = $1`, [code])).length > 0;
  }

  async insert(m: EntityManager, id: string, code: string, w: WorkspaceWrite): Promise<void> {
    await m.query(
      `INSERT INTO workspaces (id, code, name, reporting_cadence, report_due_day, timezone) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, code, w.name, w.cadence, w.dueDay, w.timezone],
    );
  }

  async insertMeasures(
    m: EntityManager,
    workspaceId: string,
    measures: readonly MeasureData[],
  ): Promise<number> {
    for (const x of measures)
      await m.query(
        `INSERT INTO measures (workspace_id, code, sort_order, name_zh, name_en, summary_zh, summary_en)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [workspaceId, x.code, x.order, x.name_zh, x.name_en, x.summary_zh, x.summary_en],
      );
    return measures.length;
  }

  // Row-level security admits rows of the workspace named by this transaction-local setting only.
  async actAs(m: EntityManager, workspaceId: string): Promise<void> {
    await m.query(`SELECT set_config('app.workspace_id', $1, true)`, [workspaceId]);
  }
}
