import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { TaskSnapshotRow } from '@plan/contracts';
import { reportMissingSql, taskWhere, type TaskFilterInput } from '../tasks/task-filter.sql';

export type MissingWindow = { period: string; start: string; end: string };

// One list of columns for "a task as it stands": [meeting_tasks column, live SQL expression, row key].
// Freezing inserts the live expressions into the columns; reading a meeting selects the columns back.
const COLUMNS = (missing: string): [string, string, keyof TaskSnapshotRow][] => [
  ['task_id', 't.id', 'taskId'],
  ['code', 't.code', 'code'],
  ['title', 't.title', 'title'],
  ['requirement', 't.requirement', 'requirement'],
  ['measure_code', 'm.code', 'measureCode'],
  ['measure_name_zh', 'm.name_zh', 'measureNameZh'],
  ['measure_name_en', 'm.name_en', 'measureNameEn'],
  ['region_code', 'r.code', 'regionCode'],
  ['region_name_zh', 'r.name_zh', 'regionNameZh'],
  ['region_name_en', 'r.name_en', 'regionNameEn'],
  [
    'sectors',
    'ARRAY(SELECT ts.sector_code FROM task_sectors ts WHERE ts.task_id = t.id ORDER BY ts.sector_code)',
    'sectors',
  ],
  ['lead_unit_id', 'u.id', 'leadUnitId'],
  ['lead_unit_name_zh', 'u.name_zh', 'leadUnitNameZh'],
  ['lead_unit_name_en', 'u.name_en', 'leadUnitNameEn'],
  [
    'cooperating_unit_ids',
    'ARRAY(SELECT tu.unit_id FROM task_units tu JOIN units cu ON cu.id = tu.unit_id WHERE tu.task_id = t.id ORDER BY cu.code)',
    'cooperatingUnitIds',
  ],
  [
    'cooperating_units_zh',
    `COALESCE((SELECT string_agg(cu.name_zh, '、' ORDER BY cu.code) FROM task_units tu JOIN units cu ON cu.id = tu.unit_id WHERE tu.task_id = t.id), '')`,
    'cooperatingUnitsZh',
  ],
  [
    'cooperating_units_en',
    `COALESCE((SELECT string_agg(cu.name_en, '; ' ORDER BY cu.code) FROM task_units tu JOIN units cu ON cu.id = tu.unit_id WHERE tu.task_id = t.id), '')`,
    'cooperatingUnitsEn',
  ],
  ['responsible_name', 'p.display_name', 'responsibleName'],
  ['start_date', 't.start_date', 'startDate'],
  ['due_date', 't.due_date', 'dueDate'],
  ['progress', 't.progress', 'progress'],
  ['reported_state', 't.reported_state', 'reportedState'],
  ['suspended_reason', 't.suspended_reason', 'suspendedReason'],
  ['state', 't.status_state', 'state'],
  ['light', 't.status_light', 'light'],
  ['expected', 't.status_expected', 'expected'],
  ['gap', 't.status_gap', 'gap'],
  ['days_late', 't.status_days_late', 'daysLate'],
  ['report_missing', missing, 'reportMissing'],
  ['latest_period', 'lr.period', 'latestPeriod'],
  ['achievements', `COALESCE(lr.achievements, '')`, 'achievements'],
  ['problems', `COALESCE(lr.problems, '')`, 'problems'],
  ['next_steps', `COALESCE(lr.next_steps, '')`, 'nextSteps'],
  ['source_meeting_id', 't.source_meeting_id', 'sourceMeetingId'],
];

const LIVE_FROM = `FROM tasks t
  JOIN measures m ON m.id = t.measure_id
  JOIN regions r ON r.code = t.region_code
  JOIN units u ON u.id = t.lead_unit_id
  JOIN people p ON p.id = t.responsible_person_id
  LEFT JOIN progress_reports lr ON lr.id = t.latest_report_id`;

// Dates as text, numerics as numbers, so live and frozen rows compare equal.
const output = (col: string, key: string) => {
  if (col === 'start_date' || col === 'due_date') return `to_char(x.${col}, 'YYYY-MM-DD') AS "${key}"`;
  if (col === 'expected' || col === 'gap') return `x.${col}::float8 AS "${key}"`;
  if (col === 'cooperating_unit_ids') return `x.${col}::text[] AS "${key}"`;
  return `x.${col} AS "${key}"`;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

// The task-list filters over frozen rows (alias x), mirroring taskWhere() for the live ones.
function frozenWhere(meetingId: string, workspaceId: string, f: TaskFilterInput, params: unknown[]): string {
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = [`x.meeting_id = ${p(meetingId)}`, `x.workspace_id = ${p(workspaceId)}`];
  if (f.measure?.length) where.push(`x.measure_code = ANY(${p(f.measure)}::text[])`);
  if (f.region?.length) where.push(`x.region_code = ANY(${p(f.region)}::text[])`);
  if (f.sector?.length) where.push(`x.sectors && ${p(f.sector)}::text[]`);
  if (f.leadUnit?.length) where.push(`x.lead_unit_id = ANY(${p(f.leadUnit)}::uuid[])`);
  if (f.unit?.length) {
    const units = p(f.unit);
    where.push(`(x.lead_unit_id = ANY(${units}::uuid[]) OR x.cooperating_unit_ids && ${units}::uuid[])`);
  }
  if (f.state?.length) where.push(`x.state = ANY(${p(f.state)}::text[])`);
  if (f.light?.length) where.push(`x.light = ANY(${p(f.light)}::text[])`);
  if (f.dueFrom) where.push(`x.due_date >= ${p(f.dueFrom)}::date`);
  if (f.dueTo) where.push(`x.due_date <= ${p(f.dueTo)}::date`);
  if (f.q) {
    const like = p(`%${escapeLike(f.q)}%`);
    where.push(`(x.title ILIKE ${like} OR x.requirement ILIKE ${like} OR x.code ILIKE ${like})`);
  }
  return where.join(' AND ');
}

export type RowCursor = { measureCode: string; code: string } | null;

@Injectable()
export class SnapshotRepository {
  constructor(private readonly dataSource: DataSource) {}

  // Copies every live task of the workspace into meeting_tasks, in the caller's transaction.
  async freeze(m: EntityManager, meetingId: string, workspaceId: string, w: MissingWindow): Promise<number> {
    const params: unknown[] = [];
    const where = taskWhere(workspaceId, {}, params);
    params.push(w.period, w.start, w.end, meetingId);
    const n = params.length;
    const cols = COLUMNS(reportMissingSql(`$${n - 3}`, `$${n - 2}::date`, `$${n - 1}::date`));
    const rows = await m.query(
      `INSERT INTO meeting_tasks (meeting_id, workspace_id, ${cols.map(([c]) => c).join(', ')})
       SELECT $${n}, t.workspace_id, ${cols.map(([, e]) => e).join(', ')} ${LIVE_FROM} WHERE ${where} RETURNING task_id`,
      params,
    );
    return rows.length;
  }

  // A page of rows in ledger order (measure, then code), live or as a meeting saw them; keyset paging
  // keeps memory flat however many tasks there are.
  async page(
    workspaceId: string,
    f: TaskFilterInput,
    source: { meetingId: string } | { missing: MissingWindow },
    after: RowCursor,
    limit: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TaskSnapshotRow[]> {
    const params: unknown[] = [];
    let inner: string;
    if ('meetingId' in source) {
      inner = `SELECT x.* FROM meeting_tasks x WHERE ${frozenWhere(source.meetingId, workspaceId, f, params)}`;
    } else {
      // The page's task ids first, from tasks and measures alone; the joins and per-row subqueries then
      // run for those rows only. Building every row for every page made 100k tasks take minutes.
      const where = taskWhere(workspaceId, f, params);
      let pick = `SELECT t.id FROM tasks t JOIN measures m ON m.id = t.measure_id WHERE ${where}`;
      if (after) {
        params.push(workspaceId, after.measureCode, after.code);
        const k = params.length;
        pick += ` AND (m.sort_order, t.code) > ((SELECT sort_order FROM measures WHERE workspace_id = $${k - 2} AND code = $${k - 1}), $${k})`;
      }
      pick += ` ORDER BY m.sort_order, t.code LIMIT ${limit}`;
      params.push(source.missing.period, source.missing.start, source.missing.end);
      const n = params.length;
      const cols = COLUMNS(reportMissingSql(`$${n - 2}`, `$${n - 1}::date`, `$${n}::date`));
      inner = `SELECT ${cols.map(([c, e]) => `${e} AS ${c}`).join(', ')} ${LIVE_FROM} WHERE t.id IN (${pick})`;
    }
    let keyset = '';
    if (after) {
      params.push(after.measureCode, after.code);
      keyset = `WHERE (mo.sort_order, x.code) > ((SELECT sort_order FROM measures WHERE workspace_id = $${params.length + 1} AND code = $${params.length - 1}), $${params.length})`;
      params.push(workspaceId);
    }
    const keys = COLUMNS('').map(([c, , k]) => output(c, k));
    params.push(workspaceId);
    return manager.query(
      `SELECT ${keys.join(', ')} FROM (${inner}) x
         LEFT JOIN measures mo ON mo.code = x.measure_code AND mo.workspace_id = $${params.length}
       ${keyset}
       ORDER BY mo.sort_order, x.code LIMIT ${limit}`,
      params,
    );
  }
}
