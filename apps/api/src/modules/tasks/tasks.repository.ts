import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { MilestoneView, TaskDetail, TaskListItem, TaskSort } from '@plan/contracts';
import { MILESTONE_COLUMNS, MILESTONE_JSON, toMilestoneView } from '../milestones/milestone.mapper';
import { REPORT_JOINS, REPORT_JSON } from '../reports/report.mapper';
import { dateSql, isoSql, jsonArrayText } from '../../database/sql-json';
import { Cursor, sortSpec } from './task-cursor';
import { taskWhere, type TaskFilterInput } from './task-filter.sql';
import { prepared } from '../../database/workspace-scope';

export const LIST_COLUMNS = `
  t.id, t.code, t.title, to_char(t.start_date, 'YYYY-MM-DD') AS "startDate", to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate",
  t.progress, t.reported_state AS "reportedState", t.suspended_reason AS "suspendedReason",
  t.status_expected::float8 AS "statusExpected", t.status_gap::float8 AS "statusGap", t.status_days_late AS "statusDaysLate",
  t.status_state AS "statusState", t.status_light AS "statusLight", t.version, t.archived_at AS "archivedAt",
  t.source_meeting_id AS "sourceMeetingId", t.created_at AS "createdAt", t.updated_at AS "updatedAt",
  m.code AS "measureCode", m.name_zh AS "measureNameZh", m.name_en AS "measureNameEn",
  r.code AS "regionCode", r.name_zh AS "regionNameZh", r.name_en AS "regionNameEn",
  u.id AS "leadUnitId", u.name_zh AS "leadUnitNameZh", u.name_en AS "leadUnitNameEn",
  p.id AS "responsibleId", p.display_name AS "responsibleName",
  ARRAY(SELECT ts.sector_code FROM task_sectors ts WHERE ts.task_id = t.id ORDER BY ts.sector_code) AS sectors`;

export const LIST_JOINS = `
  FROM tasks t
  JOIN measures m ON m.id = t.measure_id
  JOIN regions r ON r.code = t.region_code
  JOIN units u ON u.id = t.lead_unit_id
  JOIN people p ON p.id = t.responsible_person_id`;

// The fields of toTaskListItem's object, as json_build_object's arguments (with LIST_JOINS).
const LIST_ITEM_FIELDS = `'id', t.id, 'code', t.code, 'title', t.title,
  'measure', json_build_object('code', m.code, 'nameZh', m.name_zh, 'nameEn', m.name_en),
  'region', json_build_object('code', r.code, 'nameZh', r.name_zh, 'nameEn', r.name_en),
  'sectors', ARRAY(SELECT ts.sector_code FROM task_sectors ts WHERE ts.task_id = t.id ORDER BY ts.sector_code),
  'leadUnit', json_build_object('id', u.id, 'nameZh', u.name_zh, 'nameEn', u.name_en),
  'responsiblePerson', json_build_object('id', p.id, 'displayName', p.display_name),
  'startDate', ${dateSql('t.start_date')}, 'dueDate', ${dateSql('t.due_date')}, 'progress', t.progress,
  'reportedState', t.reported_state, 'suspendedReason', t.suspended_reason,
  'status', json_build_object('expected', t.status_expected::float8, 'actual', t.progress, 'gap', t.status_gap::float8,
                              'daysLate', t.status_days_late, 'state', t.status_state, 'light', t.status_light),
  'sourceMeetingId', t.source_meeting_id, 'version', t.version, 'archivedAt', ${isoSql('t.archived_at')},
  'createdAt', ${isoSql('t.created_at')}, 'updatedAt', ${isoSql('t.updated_at')}`;

// A list item as JSON text, the same object as toTaskListItem(row of LIST_COLUMNS).
export const LIST_ITEM_JSON = `json_build_object(${LIST_ITEM_FIELDS})`;

type ListRow = { json: string; sortValue: string; id: string };

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : d === null ? null : String(d));

export function toTaskListItem(r: Record<string, unknown>): TaskListItem {
  return {
    id: r.id as string,
    code: r.code as string,
    title: r.title as string,
    measure: {
      code: r.measureCode as string,
      nameZh: r.measureNameZh as string,
      nameEn: r.measureNameEn as string,
    },
    region: {
      code: r.regionCode as string,
      nameZh: r.regionNameZh as string,
      nameEn: r.regionNameEn as string,
    },
    sectors: r.sectors as string[],
    leadUnit: {
      id: r.leadUnitId as string,
      nameZh: r.leadUnitNameZh as string,
      nameEn: r.leadUnitNameEn as string,
    },
    responsiblePerson: { id: r.responsibleId as string, displayName: r.responsibleName as string },
    startDate: r.startDate as string,
    dueDate: (r.dueDate as string | null) ?? null,
    progress: r.progress as number,
    reportedState: r.reportedState as TaskListItem['reportedState'],
    suspendedReason: (r.suspendedReason as string | null) ?? null,
    status: {
      expected: r.statusExpected as number | null,
      actual: r.progress as number,
      gap: r.statusGap as number | null,
      daysLate: r.statusDaysLate as number,
      state: r.statusState as TaskListItem['status']['state'],
      light: r.statusLight as TaskListItem['status']['light'],
    },
    sourceMeetingId: (r.sourceMeetingId as string | null) ?? null,
    version: r.version as number,
    archivedAt: iso(r.archivedAt),
    createdAt: iso(r.createdAt) as string,
    updatedAt: iso(r.updatedAt) as string,
  };
}

export type TaskRowForUpdate = {
  id: string;
  code: string;
  title: string;
  requirement: string;
  measureId: string;
  regionCode: string;
  leadUnitId: string;
  responsiblePersonId: string;
  startDate: string;
  dueDate: string | null;
  version: number;
  archivedAt: Date | null;
  sectors: string[];
  cooperatingUnitIds: string[];
};

export type TaskWrite = Omit<TaskRowForUpdate, 'id' | 'version' | 'archivedAt'>;

// The task page as JSON text (the list item's fields and the page's own), in one prepared statement: planning
// it costs more than running it.
const DETAIL_SQL = prepared(
  `SELECT json_build_object(${LIST_ITEM_FIELDS}, 'requirement', t.requirement,
            'cooperatingUnits', COALESCE((SELECT json_agg(json_build_object('id', cu.id, 'nameZh', cu.name_zh, 'nameEn', cu.name_en) ORDER BY cu.code)
                                            FROM task_units tu JOIN units cu ON cu.id = tu.unit_id WHERE tu.task_id = t.id), '[]'::json),
            'milestones', COALESCE((SELECT json_agg(${MILESTONE_JSON} ORDER BY ms.due_date, ms.created_at, ms.id)
                                      FROM milestones ms WHERE ms.task_id = t.id), '[]'::json),
            'latestApprovedReport', (SELECT ${REPORT_JSON} ${REPORT_JOINS} WHERE pr.id = t.latest_report_id),
            'createdBy', CASE WHEN cb.id IS NULL THEN NULL ELSE json_build_object('id', cb.id, 'displayName', cb.display_name) END,
            'updatedBy', CASE WHEN ub.id IS NULL THEN NULL ELSE json_build_object('id', ub.id, 'displayName', ub.display_name) END
          )::text AS json
         ${LIST_JOINS}
         LEFT JOIN people cb ON cb.id = t.created_by_id
         LEFT JOIN people ub ON ub.id = t.updated_by_id
        WHERE t.workspace_id = $1 AND t.id = $2`,
);

@Injectable()
export class TasksRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    workspaceId: string,
    filters: TaskFilterInput,
    sort: TaskSort,
    limit: number,
    after: Cursor | null,
  ): Promise<{ itemsJson: string; last: Cursor | null; hasMore: boolean }> {
    const params: unknown[] = [];
    const where = taskWhere(workspaceId, filters, params);
    const unfiltered = params.length === 1;
    const spec = sortSpec(sort);
    let keyset = '';
    if (after) {
      params.push(after.value, after.id);
      const op = spec.desc ? '<' : '>';
      keyset = ` AND (${spec.expr}, t.id) ${op} ($${params.length - 1}::${spec.cast}, $${params.length}::uuid)`;
    }
    const dir = spec.desc ? 'DESC' : 'ASC';
    // the items as kept by the database (task_list_items, rewritten in the transaction of every change they show)
    const sql = `SELECT li.json, t.id, (${spec.expr})::text AS "sortValue"
        FROM tasks t JOIN task_list_items li ON li.task_id = t.id
        WHERE ${where}${keyset}
        ORDER BY ${spec.expr} ${dir}, t.id ${dir}
        LIMIT ${limit + 1}`;
    // Paging through the whole list (no filter values but the workspace) is prepared: the same few texts on
    // every page. A filtered list is planned for its values (a region of 400 tasks wants another plan).
    const rows: ListRow[] = await this.dataSource.query(unfiltered ? prepared(sql) : sql, params);
    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit);
    const lastRow = page[page.length - 1];
    return {
      itemsJson: jsonArrayText(page),
      last: lastRow ? { value: lastRow.sortValue, id: lastRow.id } : null,
      hasMore,
    };
  }

  async count(workspaceId: string, filters: TaskFilterInput): Promise<number> {
    const params: unknown[] = [];
    const where = taskWhere(workspaceId, filters, params);
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM tasks t WHERE ${where}`,
      params,
    );
    return rows[0].n;
  }

  // The task page in one round trip, as the JSON text the API sends.
  async detailJson(
    workspaceId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    const rows: { json: string }[] = await manager.query(DETAIL_SQL, [workspaceId, id]);
    return rows[0]?.json ?? null;
  }

  async detail(
    workspaceId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TaskDetail | null> {
    const json = await this.detailJson(workspaceId, id, manager);
    return json === null ? null : (JSON.parse(json) as TaskDetail);
  }

  async milestones(
    taskId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MilestoneView[]> {
    const rows = await manager.query(
      `SELECT ${MILESTONE_COLUMNS} FROM milestones ms WHERE ms.task_id = $1 ORDER BY ms.due_date, ms.created_at, ms.id`,
      [taskId],
    );
    return rows.map(toMilestoneView);
  }

  // Locks the row for the rest of the transaction: concurrent writers queue here, then see the new version.
  async lockForUpdate(
    manager: EntityManager,
    workspaceId: string,
    id: string,
  ): Promise<TaskRowForUpdate | null> {
    const rows = await manager.query(
      prepared(`SELECT t.id, t.code, t.title, t.requirement, t.measure_id AS "measureId", t.region_code AS "regionCode",
              t.lead_unit_id AS "leadUnitId", t.responsible_person_id AS "responsiblePersonId",
              to_char(t.start_date, 'YYYY-MM-DD') AS "startDate", to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate",
              t.version, t.archived_at AS "archivedAt",
              ARRAY(SELECT sector_code FROM task_sectors WHERE task_id = t.id ORDER BY sector_code) AS sectors,
              ARRAY(SELECT unit_id::text FROM task_units WHERE task_id = t.id ORDER BY unit_id) AS "cooperatingUnitIds"
         FROM tasks t WHERE t.workspace_id = $1 AND t.id = $2 FOR UPDATE`),
      [workspaceId, id],
    );
    return rows[0] ?? null;
  }

  async insert(
    manager: EntityManager,
    workspaceId: string,
    actorId: string,
    w: TaskWrite,
    sourceMeetingId: string | null = null,
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO tasks (workspace_id, code, title, requirement, measure_id, region_code, lead_unit_id, responsible_person_id,
                          start_date, due_date, created_by_id, updated_by_id, source_meeting_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12) RETURNING id`,
      [
        workspaceId,
        w.code,
        w.title,
        w.requirement,
        w.measureId,
        w.regionCode,
        w.leadUnitId,
        w.responsiblePersonId,
        w.startDate,
        w.dueDate,
        actorId,
        sourceMeetingId,
      ],
    );
    const id = rows[0].id;
    await this.replaceLinks(manager, workspaceId, id, w.sectors, w.cooperatingUnitIds);
    return id;
  }

  async update(
    manager: EntityManager,
    workspaceId: string,
    id: string,
    actorId: string,
    w: TaskWrite,
  ): Promise<void> {
    await manager.query(
      `UPDATE tasks SET code = $3, title = $4, requirement = $5, measure_id = $6, region_code = $7, lead_unit_id = $8,
              responsible_person_id = $9, start_date = $10, due_date = $11, updated_by_id = $12, updated_at = now(),
              version = version + 1
        WHERE workspace_id = $1 AND id = $2`,
      [
        workspaceId,
        id,
        w.code,
        w.title,
        w.requirement,
        w.measureId,
        w.regionCode,
        w.leadUnitId,
        w.responsiblePersonId,
        w.startDate,
        w.dueDate,
        actorId,
      ],
    );
    await this.replaceLinks(manager, workspaceId, id, w.sectors, w.cooperatingUnitIds);
  }

  async setArchived(
    manager: EntityManager,
    workspaceId: string,
    id: string,
    actorId: string,
    archived: boolean,
  ): Promise<void> {
    await manager.query(
      `UPDATE tasks SET archived_at = ${archived ? 'now()' : 'NULL'}, updated_by_id = $3, updated_at = now(), version = version + 1
        WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id, actorId],
    );
  }

  async nextCode(manager: EntityManager, workspaceId: string, prefix: string): Promise<string> {
    const rows: { n: number | null }[] = await manager.query(
      `SELECT max(substring(code FROM '^${prefix}-(\\d+)$')::int) AS n FROM tasks WHERE workspace_id = $1 AND code ~ '^${prefix}-\\d+$'`,
      [workspaceId],
    );
    return `${prefix}-${String((rows[0].n ?? 0) + 1).padStart(3, '0')}`;
  }

  private async replaceLinks(
    m: EntityManager,
    workspaceId: string,
    taskId: string,
    sectors: string[],
    units: string[],
  ): Promise<void> {
    await m.query(`DELETE FROM task_sectors WHERE task_id = $1`, [taskId]);
    await m.query(`DELETE FROM task_units WHERE task_id = $1`, [taskId]);
    await m.query(
      `INSERT INTO task_sectors (task_id, sector_code, workspace_id) SELECT $1, s, $2 FROM unnest($3::text[]) AS s`,
      [taskId, workspaceId, sectors],
    );
    if (units.length)
      await m.query(
        `INSERT INTO task_units (task_id, unit_id, workspace_id) SELECT $1, u, $2 FROM unnest($3::uuid[]) AS u`,
        [taskId, workspaceId, units],
      );
  }
}
