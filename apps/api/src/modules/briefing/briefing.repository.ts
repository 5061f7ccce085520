import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TaskFilterInput } from '../tasks/task-filter.sql';

export type ScopeNames = {
  measures: Record<string, string>;
  regions: Record<string, string>;
  sectors: Record<string, string>;
  units: Record<string, string>;
  people: Record<string, string>;
};

const byKey = (rows: { key: string; name: string }[]) => Object.fromEntries(rows.map((r) => [r.key, r.name]));

@Injectable()
export class BriefingRepository {
  constructor(private readonly dataSource: DataSource) {}

  // Chinese names for the codes and ids in the filters, to say on the cover what the briefing covers.
  async scopeNames(workspaceId: string, f: TaskFilterInput): Promise<ScopeNames> {
    const q = (sql: string, params: unknown[]) =>
      this.dataSource.query(sql, params).then(byKey) as Promise<Record<string, string>>;
    const none = Promise.resolve({});
    const units = [...(f.leadUnit ?? []), ...(f.unit ?? [])];
    const [measures, regions, sectors, unitNames, people] = await Promise.all([
      f.measure?.length
        ? q(
            `SELECT code AS key, name_zh AS name FROM measures WHERE workspace_id = $1 AND code = ANY($2::text[])`,
            [workspaceId, f.measure],
          )
        : none,
      f.region?.length
        ? q(`SELECT code AS key, name_zh AS name FROM regions WHERE code = ANY($1::text[])`, [f.region])
        : none,
      f.sector?.length
        ? q(`SELECT code AS key, name_zh AS name FROM sectors WHERE code = ANY($1::text[])`, [f.sector])
        : none,
      units.length
        ? q(
            `SELECT id::text AS key, name_zh AS name FROM units WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
            [workspaceId, units],
          )
        : none,
      f.responsible
        ? q(
            `SELECT id::text AS key, display_name AS name FROM people WHERE workspace_id = $1 AND id = $2::uuid`,
            [workspaceId, f.responsible],
          )
        : none,
    ]);
    return { measures, regions, sectors, units: unitNames, people };
  }
}
