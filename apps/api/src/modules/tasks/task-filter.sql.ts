import type { TaskFilters } from '@plan/contracts';

export type SqlParams = unknown[];

export type TaskFilterInput = TaskFilters & {
  archived?: 'exclude' | 'only' | 'include';
  responsible?: string;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

// The one WHERE clause for tasks (alias t) shared by the task list, the dashboard and the exports,
// so every figure is counted over exactly the same rows.
export function taskWhere(workspaceId: string, f: TaskFilterInput, params: SqlParams): string {
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const ws = p(workspaceId);
  const where = [`t.workspace_id = ${ws}`];
  const archived = f.archived ?? (f.includeArchived ? 'include' : 'exclude');
  if (archived === 'exclude') where.push('t.archived_at IS NULL');
  if (archived === 'only') where.push('t.archived_at IS NOT NULL');
  if (f.measure?.length)
    where.push(
      `t.measure_id IN (SELECT id FROM measures WHERE workspace_id = ${ws} AND code = ANY(${p(f.measure)}::text[]))`,
    );
  if (f.region?.length) where.push(`t.region_code = ANY(${p(f.region)}::text[])`);
  if (f.sector?.length)
    where.push(
      `EXISTS (SELECT 1 FROM task_sectors ts WHERE ts.task_id = t.id AND ts.sector_code = ANY(${p(f.sector)}::text[]))`,
    );
  if (f.leadUnit?.length) where.push(`t.lead_unit_id = ANY(${p(f.leadUnit)}::uuid[])`);
  if (f.unit?.length) {
    const units = p(f.unit);
    where.push(
      `(t.lead_unit_id = ANY(${units}::uuid[]) OR EXISTS (SELECT 1 FROM task_units tu WHERE tu.task_id = t.id AND tu.unit_id = ANY(${units}::uuid[])))`,
    );
  }
  if (f.responsible) where.push(`t.responsible_person_id = ${p(f.responsible)}::uuid`);
  if (f.state?.length) where.push(`t.status_state = ANY(${p(f.state)}::text[])`);
  if (f.light?.length) where.push(`t.status_light = ANY(${p(f.light)}::text[])`);
  if (f.dueFrom) where.push(`t.due_date >= ${p(f.dueFrom)}::date`);
  if (f.dueTo) where.push(`t.due_date <= ${p(f.dueTo)}::date`);
  if (f.q) {
    const like = p(`%${escapeLike(f.q)}%`);
    where.push(`(t.title ILIKE ${like} OR t.requirement ILIKE ${like} OR t.code ILIKE ${like})`);
  }
  return where.join(' AND ');
}

// A task owes a report for a period [start, end] when it is live, not suspended, started by the end and not
// completed before the start: owesReport() in contracts, in SQL. Arguments are SQL expressions.
export const owesReportSql = (start: string, end: string) =>
  `(t.archived_at IS NULL AND t.status_state <> 'suspended' AND t.start_date <= ${end}
    AND (t.completed_on IS NULL OR t.completed_on >= ${start}))`;

// Owed and nothing submitted or approved for it: a missing report.
export const reportMissingSql = (period: string, start: string, end: string) =>
  `(${owesReportSql(start, end)} AND NOT EXISTS (SELECT 1 FROM progress_reports pr WHERE pr.task_id = t.id
      AND pr.period = ${period} AND pr.status IN ('submitted', 'approved')))`;
