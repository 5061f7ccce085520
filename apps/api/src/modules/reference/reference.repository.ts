import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

@Injectable()
export class ReferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  measures(workspaceId: string) {
    return this.dataSource.query(
      `SELECT id, code, sort_order AS "order", name_zh AS "nameZh", name_en AS "nameEn", summary_zh AS "summaryZh", summary_en AS "summaryEn"
         FROM measures WHERE workspace_id = $1 ORDER BY sort_order`,
      [workspaceId],
    );
  }

  regions() {
    return this.dataSource.query(
      `SELECT code, name_zh AS "nameZh", name_en AS "nameEn", short, abbr_zh AS "abbrZh", type FROM regions ORDER BY sort_order`,
    );
  }

  sectors() {
    return this.dataSource.query(
      `SELECT code, name_zh AS "nameZh", name_en AS "nameEn", opinion_action AS "opinionAction" FROM sectors ORDER BY sort_order`,
    );
  }

  units(workspaceId: string, region?: string) {
    return this.dataSource.query(
      `SELECT id, code, name_zh AS "nameZh", name_en AS "nameEn", region_code AS "regionCode", level, active, version
         FROM units WHERE workspace_id = $1 AND ($2::text IS NULL OR region_code = $2) ORDER BY region_code, code`,
      [workspaceId, region ?? null],
    );
  }

  people(workspaceId: string, unitId?: string) {
    return this.dataSource.query(
      `SELECT p.id, p.username, p.display_name AS "displayName", p.role, p.unit_id AS "unitId", p.active,
              p.region_scope AS "regionScope", p.version
         FROM people p WHERE p.workspace_id = $1 AND ($2::uuid IS NULL OR p.unit_id = $2) ORDER BY p.display_name, p.username`,
      [workspaceId, unitId ?? null],
    );
  }

  async measureId(m: EntityManager, workspaceId: string, code: string): Promise<string | null> {
    const rows = await m.query(`SELECT id FROM measures WHERE workspace_id = $1 AND code = $2`, [
      workspaceId,
      code,
    ]);
    return rows[0]?.id ?? null;
  }

  async regionExists(m: EntityManager, code: string): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM regions WHERE code = $1`, [code])).length > 0;
  }

  async unknownSectors(m: EntityManager, codes: string[]): Promise<string[]> {
    const rows: { code: string }[] = await m.query(
      `SELECT s AS code FROM unnest($1::text[]) AS s WHERE NOT EXISTS (SELECT 1 FROM sectors WHERE code = s)`,
      [codes],
    );
    return rows.map((r) => r.code);
  }

  // Units that are not active units of this workspace.
  async unknownUnits(m: EntityManager, workspaceId: string, ids: string[]): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT x AS id FROM unnest($2::uuid[]) AS x
        WHERE NOT EXISTS (SELECT 1 FROM units WHERE id = x AND workspace_id = $1 AND active)`,
      [workspaceId, ids],
    );
    return rows.map((r) => r.id);
  }

  async personActive(m: EntityManager, workspaceId: string, id: string): Promise<boolean> {
    return (
      (
        await m.query(`SELECT 1 FROM people WHERE id = $1 AND workspace_id = $2 AND active`, [
          id,
          workspaceId,
        ])
      ).length > 0
    );
  }
}
