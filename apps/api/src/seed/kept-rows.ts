import type { EntityManager } from 'typeorm';
import { DEFER_LIST_ITEMS } from '../../../../migrations/1795957000000-AddTaskListItems';
import { DEFER_TREND_STEPS } from '../../../../migrations/1795958000000-AddTaskTrendSteps';

// What the database keeps per task for reading (task_list_items, task_trend_steps) is rewritten by triggers after
// every statement that changes what it shows. A bulk load turns them off for its transaction and writes the rows
// once at the end.
export async function deferKeptRows(manager: EntityManager, on: boolean): Promise<void> {
  for (const name of [DEFER_LIST_ITEMS, DEFER_TREND_STEPS])
    await manager.query(`SELECT set_config($1, $2, true)`, [name, on ? 'on' : 'off']);
}

export async function writeKeptRows(manager: EntityManager, workspaceId: string): Promise<void> {
  const ids = `ARRAY(SELECT id FROM tasks WHERE workspace_id = $1 ORDER BY id)`;
  await manager.query(`SELECT luoshi_render_task_items(${ids})`, [workspaceId]);
  await manager.query(`SELECT luoshi_render_task_trend(${ids})`, [workspaceId]);
}
