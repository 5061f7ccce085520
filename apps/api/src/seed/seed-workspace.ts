import type { DataSource } from 'typeorm';
import { TaskStatusService } from '../modules/tasks/task-status.service';
import { WorkspacesRepository } from '../modules/workspaces/workspaces.repository';
import { seedDemo, type SeedDemoOptions, type SeedDemoResult } from './demo-seed';
import { deleteWorkspace } from './reset-workspace';

// What `npm run seed` does: the workspace written in one transaction (after deleting one with the same code
// when asked), fresh planner statistics, and every task's schedule status computed for today with the day's
// pass marked done, as the server would on its first request: whoever opens the app first after a bulk seed
// does not wait for 100,000 statuses.
export async function seedWorkspace(
  dataSource: DataSource,
  opts: SeedDemoOptions & { reset?: boolean },
): Promise<SeedDemoResult & { reset: boolean }> {
  let reset = false;
  const result = await dataSource.transaction(async (manager) => {
    if (opts.reset && opts.workspaceCode) reset = await deleteWorkspace(manager, opts.workspaceCode);
    return seedDemo(manager, opts);
  });
  // without statistics the planner guesses badly over a million new rows
  await dataSource.query('ANALYZE');
  const workspaces = new WorkspacesRepository(dataSource);
  const settings = await workspaces.settings(result.workspaceId);
  await new TaskStatusService(dataSource, workspaces).ensureFreshWith(settings, true);
  return { ...result, reset };
}
