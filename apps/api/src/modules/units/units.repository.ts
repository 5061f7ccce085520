import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AdminUnit, UnitLevel } from '@plan/contracts';

export type UnitWrite = {
  code: string;
  nameZh: string;
  nameEn: string;
  regionCode: string;
  level: UnitLevel;
  active: boolean;
};

const COLUMNS = `u.id, u.code, u.name_zh AS "nameZh", u.name_en AS "nameEn", u.region_code AS "regionCode", u.level,
  u.active, u.version`;

@Injectable()
export class UnitsRepository {
  async get(m: EntityManager, workspaceId: string, id: string, lock = false): Promise<AdminUnit | null> {
    const rows: AdminUnit[] = await m.query(
      `SELECT ${COLUMNS} FROM units u WHERE u.workspace_id = $1 AND u.id = $2${lock ? ' FOR UPDATE OF u' : ''}`,
      [workspaceId, id],
    );
    return rows[0] ?? null;
  }

  async codeTaken(m: EntityManager, workspaceId: string, code: string): Promise<boolean> {
    const rows = await m.query(`SELECT 1 FROM units WHERE workspace_id = $1 AND lower(code) = lower($2)`, [
      workspaceId,
      code,
    ]);
    return rows.length > 0;
  }

  async regionExists(m: EntityManager, code: string): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM regions WHERE code = $1`, [code])).length > 0;
  }

  async insert(m: EntityManager, workspaceId: string, w: UnitWrite, id?: string): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO units (id, workspace_id, code, name_zh, name_en, region_code, level, active)
       VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [id ?? null, workspaceId, w.code, w.nameZh, w.nameEn, w.regionCode, w.level, w.active],
    );
    return rows[0].id;
  }

  async update(m: EntityManager, workspaceId: string, id: string, w: Omit<UnitWrite, 'code'>): Promise<void> {
    await m.query(
      `UPDATE units SET name_zh = $3, name_en = $4, region_code = $5, level = $6, active = $7,
              version = version + 1, updated_at = now()
        WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id, w.nameZh, w.nameEn, w.regionCode, w.level, w.active],
    );
  }
}
