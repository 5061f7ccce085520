import type { DataSource } from 'typeorm';
import { DEFER_LIST_ITEMS } from '../../../../migrations/1795960000000-DeferTaskListItems';
import { TaskStatusService } from '../modules/tasks/task-status.service';
import { WorkspacesRepository } from '../modules/workspaces/workspaces.repository';
import { seedDemo, type SeedDemoOptions, type SeedDemoResult } from './demo-seed';
import { deleteWorkspace } from './reset-workspace';

// What `npm run seed` does, in one transaction: the workspace written (after deleting one with the same code
// when asked), every task's schedule status computed for today with the day's pass marked done (as the server
// would on its first request: whoever opens the app first after a bulk seed does not wait for 100,000
// statuses), and each task's list item written once at the end rather than by the triggers after every
// statement. Then fresh planner statistics.
export async function seedWorkspace(
  dataSource: DataSource,
  opts: SeedDemoOptions & { reset?: boolean },
): Promise<SeedDemoResult & { reset: boolean }> {
  let reset = false;
  const workspaces = new WorkspacesRepository(dataSource);
  const status = new TaskStatusService(dataSource, workspaces);
  const result = await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config($1, 'on', true)`, [DEFER_LIST_ITEMS]);
    if (opts.reset && opts.workspaceCode) reset = await deleteWorkspace(manager, opts.workspaceCode);
    const seeded = await seedDemo(manager, opts);
    await status.stampWorkspace(manager, await workspaces.settings(seeded.workspaceId, manager));
    await manager.query(
      `SELECT luoshi_render_task_items_now(ARRAY(SELECT id FROM tasks WHERE workspace_id = $1 ORDER BY id))`,
      [seeded.workspaceId],
    );
    await manager.query(`SELECT set_config($1, 'off', true)`, [DEFER_LIST_ITEMS]);
    return seeded;
  });
  // without statistics the planner guesses badly over a million new rows
  await dataSource.query('ANALYZE');
  return { ...result, reset };
}
