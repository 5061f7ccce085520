import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DEFAULT_TIME_ZONE, isIsoDate, todayIn } from '@plan/contracts';
import { DEFAULT_DATABASE_URL, dataSourceOptions } from '../database/data-source';
import {
  DEFAULT_SEED,
  DEFAULT_WORKSPACE_CODE,
  DEMO_TASKS,
  SEED_SCALES,
  type SeedScale,
} from '../seed/demo-seed';
import { seedWorkspace } from '../seed/seed-workspace';

const USAGE = `Usage: node dist/apps/api/src/cli/seed.js [--scale demo|national] [--tasks N] [--seed S] [--workspace CODE] [--reset] [--today YYYY-MM-DD]

Seeds a demo workspace (default: ${DEMO_TASKS} tasks, seed ${DEFAULT_SEED}, workspace "${DEFAULT_WORKSPACE_CODE}").
  --scale   national: ${SEED_SCALES.national.tasks.toLocaleString('en')} tasks with ~4 milestones and ~10 reports each,
            workspace "${SEED_SCALES.national.workspaceCode}" (the load-test set; --tasks, --workspace still override)
  --reset   delete the workspace with that code first (same transaction)
  --today   pretend today is this date (default: today in ${DEFAULT_TIME_ZONE})
Environment: DATABASE_URL (default ${DEFAULT_DATABASE_URL}), DEMO_PASSWORD (default luoshi-demo).`;

type CliArgs = {
  scale: SeedScale;
  tasks?: number;
  seed?: number;
  workspace?: string;
  reset: boolean;
  today: string;
};

function parseArgs(argv: string[]): CliArgs | 'help' {
  const args: CliArgs = {
    scale: 'demo',
    reset: false,
    today: todayIn(DEFAULT_TIME_ZONE),
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    const integer = (min: number) => {
      const v = value();
      const n = Number(v);
      if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min)
        throw new Error(`${flag} must be an integer >= ${min}, got "${v}"`);
      return n;
    };
    switch (flag) {
      case '--scale': {
        const v = value();
        if (!Object.hasOwn(SEED_SCALES, v))
          throw new Error(`--scale must be one of ${Object.keys(SEED_SCALES).join(', ')}, got "${v}"`);
        args.scale = v as SeedScale;
        break;
      }
      case '--tasks':
        args.tasks = integer(1);
        break;
      case '--seed':
        args.seed = integer(0);
        break;
      case '--workspace':
        args.workspace = value();
        break;
      case '--today':
        args.today = value();
        if (!isIsoDate(args.today)) throw new Error(`--today must be a date YYYY-MM-DD, got "${args.today}"`);
        break;
      case '--reset':
        args.reset = true;
        break;
      case '--help':
      case '-h':
        return 'help';
      default:
        throw new Error(`unknown argument "${argv[i]}"\n\n${USAGE}`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const scale = SEED_SCALES[args.scale];
  const workspace = args.workspace ?? scale.workspaceCode;
  const started = Date.now();
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const dataSource = new DataSource(dataSourceOptions(url, 1));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const result = await seedWorkspace(dataSource, {
      reset: args.reset,
      password: process.env.DEMO_PASSWORD ?? 'luoshi-demo',
      today: args.today,
      tasks: args.tasks ?? scale.tasks,
      seed: args.seed,
      workspaceCode: workspace,
      workspaceName: scale.workspaceName,
      density: scale.density,
      extraSectors: scale.extraSectors,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `${result.reset ? 'Reset and seeded' : 'Seeded'} workspace "${workspace}" (as of ${args.today}): ${result.tasks} tasks, ` +
        `${result.milestones} milestones, ${result.reports} reports, ${result.people} people, ${result.units} units in ${seconds} s` +
        '\n',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(`seed failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
