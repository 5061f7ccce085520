import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ExistingTask, ImportReference } from './import.validator';

const sequence = async <T>(steps: (() => Promise<T>)[]): Promise<T[]> => {
  const out: T[] = [];
  for (const step of steps) out.push(await step());
  return out;
};

@Injectable()
export class ImportsRepository {
  // Everything a row may name, for the whole workspace at once: a file of 20,000 rows costs five queries.
  // One after the other: a transaction has one connection.
  async reference(m: EntityManager, workspaceId: string): Promise<ImportReference> {
    const [measures, regions, sectors, units, people] = await sequence([
      () =>
        m.query(
          `SELECT id, code, name_zh AS "nameZh", name_en AS "nameEn" FROM measures WHERE workspace_id = $1 ORDER BY sort_order`,
          [workspaceId],
        ),
      () =>
        m.query(
          `SELECT code, name_zh AS "nameZh", name_en AS "nameEn", short, abbr_zh AS "abbrZh" FROM regions ORDER BY sort_order`,
        ),
      () => m.query(`SELECT code, name_zh AS "nameZh", name_en AS "nameEn" FROM sectors ORDER BY sort_order`),
      () =>
        m.query(
          `SELECT id, code, name_zh AS "nameZh", name_en AS "nameEn", active FROM units WHERE workspace_id = $1 ORDER BY code`,
          [workspaceId],
        ),
      () =>
        m.query(
          `SELECT id, username, display_name AS "displayName", active FROM people WHERE workspace_id = $1 ORDER BY username`,
          [workspaceId],
        ),
    ]);
    return { measures, regions, sectors, units, people };
  }

  // The tasks a file names, locked when the import is to be applied so nobody edits them in between.
  async existing(
    m: EntityManager,
    workspaceId: string,
    codes: string[],
    lock: boolean,
  ): Promise<Map<string, ExistingTask>> {
    const rows: ExistingTask[] = await m.query(
      `SELECT t.id, t.code, t.title, t.requirement, t.measure_id AS "measureId", t.region_code AS "regionCode",
              t.lead_unit_id AS "leadUnitId", t.responsible_person_id AS "responsiblePersonId",
              to_char(t.start_date, 'YYYY-MM-DD') AS "startDate", to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate",
              t.version, t.archived_at IS NOT NULL AS archived,
              ARRAY(SELECT sector_code FROM task_sectors WHERE task_id = t.id ORDER BY sector_code) AS sectors,
              ARRAY(SELECT unit_id::text FROM task_units WHERE task_id = t.id ORDER BY unit_id) AS "cooperatingUnitIds",
              (SELECT to_char(min(due_date), 'YYYY-MM-DD') FROM milestones WHERE task_id = t.id) AS "firstMilestone",
              (SELECT to_char(max(due_date), 'YYYY-MM-DD') FROM milestones WHERE task_id = t.id) AS "lastMilestone"
         FROM tasks t WHERE t.workspace_id = $1 AND t.code = ANY($2::text[])
        ORDER BY t.id ${lock ? 'FOR UPDATE OF t' : ''}`,
      [workspaceId, codes],
    );
    return new Map(rows.map((r) => [r.code, r]));
  }

  // A plausible example row for the template: the first measure, a staff member and their unit.
  async example(
    m: EntityManager,
    workspaceId: string,
  ): Promise<{ unitName: string; personName: string; coopName: string | null } | null> {
    const rows = await m.query(
      `SELECT u.name_zh AS "unitName",
              CASE WHEN (SELECT count(*) FROM people q WHERE q.workspace_id = p.workspace_id AND q.display_name = p.display_name) = 1
                   THEN p.display_name ELSE p.username END AS "personName",
              (SELECT c.name_zh FROM units c WHERE c.workspace_id = u.workspace_id AND c.active AND c.id <> u.id
                 AND c.region_code = u.region_code ORDER BY c.code LIMIT 1) AS "coopName"
         FROM people p JOIN units u ON u.id = p.unit_id
        WHERE p.workspace_id = $1 AND p.active AND u.active
        ORDER BY (p.role = 'staff') DESC, u.region_code, u.code, p.username LIMIT 1`,
      [workspaceId],
    );
    return rows[0] ?? null;
  }
}
