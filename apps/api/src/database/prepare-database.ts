import { DataSource } from 'typeorm';
import { todayIn, DEFAULT_TIME_ZONE } from '@plan/contracts';
import { seedDemo } from '../seed/demo-seed';
import { dataSourceOptions } from './data-source';

// Runs pending migrations; seeds the demo workspace into an empty database when asked.
// Returns a one-line summary of what was seeded, or null.
export async function prepareDatabase(
  url: string,
  opts: { seedDemo: boolean; demoPassword: string },
): Promise<string | null> {
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    if (!opts.seedDemo) return null;
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM workspaces`);
    if (n > 0) return null;
    const result = await ds.transaction((m) =>
      seedDemo(m, { password: opts.demoPassword, today: todayIn(DEFAULT_TIME_ZONE) }),
    );
    return `${result.tasks} tasks, ${result.milestones} milestones, ${result.reports} reports, ${result.people} people`;
  } finally {
    await ds.destroy();
  }
}
