import type { MilestoneView } from '@plan/contracts';
import { dateSql, isoSql } from '../../database/sql-json';

export const MILESTONE_COLUMNS = `ms.id, ms.task_id AS "taskId", ms.title, to_char(ms.due_date, 'YYYY-MM-DD') AS "dueDate",
  ms.weight::float8 AS weight, to_char(ms.done_date, 'YYYY-MM-DD') AS "doneDate", ms.version,
  ms.created_at AS "createdAt", ms.updated_at AS "updatedAt"`;

// The same object as toMilestoneView, written by PostgreSQL (the milestone as `ms`).
export const MILESTONE_JSON = `json_build_object('id', ms.id, 'taskId', ms.task_id, 'title', ms.title,
  'dueDate', ${dateSql('ms.due_date')}, 'weight', ms.weight::float8, 'doneDate', ${dateSql('ms.done_date')},
  'version', ms.version, 'createdAt', ${isoSql('ms.created_at')}, 'updatedAt', ${isoSql('ms.updated_at')})`;

export function toMilestoneView(r: Record<string, unknown>): MilestoneView {
  return {
    id: r.id as string,
    taskId: r.taskId as string,
    title: r.title as string,
    dueDate: r.dueDate as string,
    weight: r.weight as number,
    doneDate: (r.doneDate as string | null) ?? null,
    version: r.version as number,
    createdAt: (r.createdAt as Date).toISOString(),
    updatedAt: (r.updatedAt as Date).toISOString(),
  };
}
