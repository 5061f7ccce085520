import type { DataSource } from 'typeorm';
import { seedDemo, type SeedDemoOptions, type SeedDemoResult } from './demo-seed';
import { deferKeptRows } from './kept-rows';
import { deleteWorkspace } from './reset-workspace';

// What `npm run seed` does: in one transaction, the workspace with the same code deleted when asked (the rows kept
// per task go with it, unrewritten) and the new one written (seedDemo); then fresh planner statistics.
export async function seedWorkspace(
  dataSource: DataSource,
  opts: SeedDemoOptions & { reset?: boolean },
): Promise<SeedDemoResult & { reset: boolean }> {
  let reset = false;
  const result = await dataSource.transaction(async (manager) => {
    if (opts.reset && opts.workspaceCode) {
      await deferKeptRows(manager, true);
      reset = await deleteWorkspace(manager, opts.workspaceCode);
    }
    return seedDemo(manager, opts);
  });
  // without statistics the planner guesses badly over a million new rows
  await dataSource.query('ANALYZE');
  return { ...result, reset };
}
