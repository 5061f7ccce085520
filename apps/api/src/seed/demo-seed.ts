import type { EntityManager } from 'typeorm';
import { assertIsoDate, latestClosedPeriod, periodOf } from '@plan/contracts';
import { hashPassword } from '../modules/auth/password';
import { TaskStatusService } from '../modules/tasks/task-status.service';
import { WorkspacesRepository } from '../modules/workspaces/workspaces.repository';
import { createIdFactory, flushRows, pushRow, rowBuffer, type RowBuffer } from './bulk-insert';
import { fromPeriod, timestamp, toDay, toIso } from './demo-calendar';
import { FIXED_PEOPLE, MEASURE_PREFIX, NATIONAL_EXTRA_SECTORS, TEMPLATE_SECTORS } from './demo-catalog';
import {
  categoryDealer,
  DEMO_DENSITY,
  habitDealer,
  NATIONAL_DENSITY,
  planSchedule,
  type ScheduleContext,
  type ScheduleDensity,
} from './demo-schedule';
import { personName, requirementText } from './demo-text';
import { NATIONAL, planUnits, provinceOrder, regionName, type UnitPlan } from './demo-units';
import { deferKeptRows, writeKeptRows } from './kept-rows';
import { createRng, type Rng } from './prng';
import { MEASURES, type MeasureData, type TaskTemplate } from './seed-data';

export type SeedDemoOptions = {
  password: string;
  // YYYY-MM-DD in Asia/Shanghai
  today: string;
  tasks?: number;
  seed?: number;
  workspaceCode?: string;
  workspaceName?: string;
  // milestones and reports per task; DEMO_DENSITY when absent
  density?: ScheduleDensity;
  // sectors added to a template's pool (by template code); none when absent
  extraSectors?: Record<string, readonly string[]>;
};

export type SeedDemoResult = {
  workspaceId: string;
  tasks: number;
  milestones: number;
  reports: number;
  people: number;
  units: number;
};

export const DEMO_TASKS = 140;
export const DEFAULT_SEED = 20251;
export const DEFAULT_WORKSPACE_CODE = 'demo';
export const DEFAULT_WORKSPACE_NAME = '人工智能+行动推进专班（演示）';

// Named sizes for the CLI (--scale). "national" is the load-test set: 100,000 tasks, ~400k milestones,
// ~1M reports, ~2,000 units at national level and in the 31 mainland provinces (Hong Kong, Macao and
// Taiwan have no counterpart units, so no tasks), all 19 sectors; bench/run.mjs seeds and measures it.
export type SeedScale = 'demo' | 'national';
export const SEED_SCALES: Record<
  SeedScale,
  {
    tasks: number;
    density: ScheduleDensity;
    extraSectors?: Record<string, readonly string[]>;
    workspaceCode: string;
    workspaceName: string;
  }
> = {
  demo: {
    tasks: DEMO_TASKS,
    density: DEMO_DENSITY,
    workspaceCode: DEFAULT_WORKSPACE_CODE,
    workspaceName: DEFAULT_WORKSPACE_NAME,
  },
  national: {
    tasks: 100_000,
    density: NATIONAL_DENSITY,
    extraSectors: NATIONAL_EXTRA_SECTORS,
    workspaceCode: 'national',
    workspaceName: '人工智能+行动推进专班（全国规模）',
  },
};

// Tasks generated and written per round; reports run ~10 per task.
const CHUNK_TASKS = 2500;
const EARLIEST_CREATED = toDay('2025-08-27');

type Person = { id: string; name: string };
type Unit = UnitPlan & { id: string; staff: Person[] };
type Template = TaskTemplate & { measure: MeasureData & { id: string } };

const TASK_COLUMNS = [
  ['id', 'uuid'],
  ['code', 'text'],
  ['title', 'text'],
  ['requirement', 'text'],
  ['measure_id', 'uuid'],
  ['region_code', 'text'],
  ['lead_unit_id', 'uuid'],
  ['responsible_person_id', 'uuid'],
  ['start_date', 'date'],
  ['due_date', 'date'],
  ['progress', 'smallint'],
  ['reported_state', 'text'],
  ['suspended_reason', 'text'],
  ['latest_report_id', 'uuid'],
  ['completed_on', 'date'],
  ['created_by_id', 'uuid'],
  ['updated_by_id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;
const MILESTONE_COLUMNS = [
  ['id', 'uuid'],
  ['task_id', 'uuid'],
  ['title', 'text'],
  ['due_date', 'date'],
  ['weight', 'numeric'],
  ['done_date', 'date'],
  ['completed_by_id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;
const REPORT_COLUMNS = [
  ['id', 'uuid'],
  ['task_id', 'uuid'],
  ['period', 'text'],
  ['reported_state', 'text'],
  ['progress', 'smallint'],
  ['achievements', 'text'],
  ['problems', 'text'],
  ['next_steps', 'text'],
  ['suspended_reason', 'text'],
  ['status', 'text'],
  ['author_id', 'uuid'],
  ['submitted_at', 'timestamptz'],
  ['reviewed_by_id', 'uuid'],
  ['reviewed_at', 'timestamptz'],
  ['review_comment', 'text'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;

// Seeds one demo workspace inside the caller's transaction. Content is deterministic for a given seed;
// row ids are not (they must stay unique when the same seed is loaded twice).
export async function seedDemo(manager: EntityManager, opts: SeedDemoOptions): Promise<SeedDemoResult> {
  assertIsoDate(opts.today);
  const taskCount = opts.tasks ?? DEMO_TASKS;
  if (!Number.isSafeInteger(taskCount) || taskCount < 1)
    throw new Error(`tasks must be a positive integer, got ${opts.tasks}`);
  const code = opts.workspaceCode ?? DEFAULT_WORKSPACE_CODE;
  const root = createRng(opts.seed ?? DEFAULT_SEED);
  const rng = root.fork(1);
  const text = root.fork(2);
  const names = root.fork(3);
  const newId = createIdFactory();

  const taken: unknown[] = await manager.query(`SELECT 1 FROM workspaces WHERE code = $1`, [code]);
  if (taken.length > 0) throw new Error(`workspace ${code} already exists`);

  const unitPlans = planUnits(taskCount);
  const units: Unit[] = unitPlans.map((u) => ({ ...u, id: newId(), staff: [] }));
  const usernames = [...FIXED_PEOPLE.map((p) => p.username)];
  const staffCounts = units.map(() => (names.chance(0.5) ? 2 : 1));
  units.forEach((u, i) => {
    for (let k = 1; k <= staffCounts[i]; k++) usernames.push(`u-${u.code}-${k}`);
  });
  // usernames are unique across workspaces, so a second demo workspace cannot reuse them
  const clash: { username: string }[] = await manager.query(
    `SELECT username FROM people WHERE username = ANY($1::text[]) LIMIT 1`,
    [usernames],
  );
  if (clash.length > 0)
    throw new Error(
      `username ${clash[0].username} is already taken (usernames are unique across workspaces)`,
    );

  const [{ id: workspaceId }]: { id: string }[] = await manager.query(
    `INSERT INTO workspaces (code, name, timezone, reporting_cadence, report_due_day) VALUES ($1, $2, 'Asia/Shanghai', 'month', 5) RETURNING id`,
    [code, opts.workspaceName ?? DEFAULT_WORKSPACE_NAME],
  );

  // the list items and trend steps are written once at the end, not by the triggers after every batch
  await deferKeptRows(manager, true);

  const measures = MEASURES.map((m) => ({ ...m, id: newId() }));
  const measureRows = rowBuffer('measures', [
    ['id', 'uuid'],
    ['code', 'text'],
    ['sort_order', 'smallint'],
    ['name_zh', 'text'],
    ['name_en', 'text'],
    ['summary_zh', 'text'],
    ['summary_en', 'text'],
  ]);
  for (const m of measures)
    pushRow(measureRows, [m.id, m.code, m.order, m.name_zh, m.name_en, m.summary_zh, m.summary_en]);
  await flushRows(manager, workspaceId, measureRows);

  const unitRows = rowBuffer('units', [
    ['id', 'uuid'],
    ['code', 'text'],
    ['name_zh', 'text'],
    ['name_en', 'text'],
    ['region_code', 'text'],
    ['level', 'text'],
  ]);
  for (const u of units) pushRow(unitRows, [u.id, u.code, u.nameZh, u.nameEn, u.regionCode, u.level]);
  await flushRows(manager, workspaceId, unitRows);

  // argon2 is slow on purpose: hash once, share the hash
  const passwordHash = await hashPassword(opts.password);
  const peopleRows = rowBuffer('people', [
    ['id', 'uuid'],
    ['unit_id', 'uuid'],
    ['username', 'text'],
    ['display_name', 'text'],
    ['role', 'text'],
    ['password_hash', 'text'],
    ['locale', 'text'],
  ]);
  const central = new Map(units.filter((u) => u.level === 'central').map((u) => [u.dept, u]));
  const fixed = new Map<string, Person>();
  for (const p of FIXED_PEOPLE) {
    const person = { id: newId(), name: p.displayName };
    fixed.set(p.username, person);
    pushRow(peopleRows, [
      person.id,
      central.get(p.unit)!.id,
      p.username,
      p.displayName,
      p.role,
      passwordHash,
      'zh-CN',
    ]);
  }
  const usedNames = new Set(FIXED_PEOPLE.map((p) => p.displayName));
  units.forEach((u, i) => {
    for (let k = 1; k <= staffCounts[i]; k++) {
      let name = personName(names);
      for (let tries = 0; usedNames.has(name) && tries < 5; tries++) name = personName(names);
      usedNames.add(name);
      const person = { id: newId(), name };
      u.staff.push(person);
      pushRow(peopleRows, [person.id, u.id, `u-${u.code}-${k}`, name, 'staff', passwordHash, 'zh-CN']);
    }
  });
  const staffUser = fixed.get('staff')!;
  const miit = central.get('miit')!;
  miit.staff.unshift(staffUser);
  const peopleCount = peopleRows.length;
  await flushRows(manager, workspaceId, peopleRows);

  const adminId = fixed.get('admin')!.id;
  const headId = fixed.get('head')!.id;
  const todayDay = toDay(opts.today);
  const ctx: ScheduleContext = {
    today: todayDay,
    todayIso: opts.today,
    closed: fromPeriod(latestClosedPeriod(opts.today, 'month', 5)),
    current: fromPeriod(periodOf(opts.today, 'month')),
    density: opts.density ?? DEMO_DENSITY,
  };

  const templates: Template[] = measures.flatMap((m) => m.task_templates.map((t) => ({ ...t, measure: m })));
  const byRegion = new Map<string, Unit[]>();
  for (const u of units) byRegion.set(u.regionCode, [...(byRegion.get(u.regionCode) ?? []), u]);
  const pickRegion = regionPicker(
    rng,
    [...byRegion.keys()].filter((r) => r !== NATIONAL),
  );
  const perMeasure =
    Math.ceil(taskCount / templates.length) * Math.max(...measures.map((m) => m.task_templates.length));
  const codeWidth = Math.max(3, String(perMeasure).length);
  const numbering = new Map<string, number>();
  const dealCategory = categoryDealer(rng, taskCount);
  const dealHabit = habitDealer(rng, taskCount);

  const writer = backgroundWriter(manager, workspaceId);
  let chunk = newChunk();
  let milestoneCount = 0;
  let reportCount = 0;

  for (let i = 0; i < taskCount; i++) {
    // lets the previous chunk's INSERTs go out while this one is generated
    if (i % 100 === 0 && writer.busy()) await new Promise((resolve) => setImmediate(resolve));
    const { tasks, sectors, cooperating, milestones, reports } = chunk;
    const template = templates[i % templates.length];
    const measure = template.measure;
    // every template once at national level first, then spread over the provinces
    const region = i < templates.length ? NATIONAL : pickRegion();
    const regionUnits = byRegion.get(region)!;
    const lead = pickLead(rng, regionUnits, template.typical_lead_units, region === NATIONAL);
    const responsible = lead === miit && rng.chance(0.6) ? staffUser : rng.pick(lead.staff);

    const n = (numbering.get(measure.code) ?? 0) + 1;
    numbering.set(measure.code, n);
    const schedule = planSchedule(rng, text, ctx, measure.code, dealCategory(), dealHabit(), lead === miit);
    const taskId = newId();
    const dueIso = schedule.due === null ? null : toIso(schedule.due);
    const requirement = requirementText(
      text,
      measure.name_zh,
      measure.code,
      template.title_zh,
      region === NATIONAL ? null : regionName(region),
      dueIso,
    );

    const reportIds = schedule.reports.map(() => newId());
    const latest = schedule.latestApproved >= 0 ? schedule.reports[schedule.latestApproved] : null;
    const createdDay = Math.min(
      todayDay - 1,
      Math.max(EARLIEST_CREATED, Math.min(schedule.start, todayDay) - rng.int(5, 25)),
    );
    const createdAt = timestamp(createdDay, rng.int(9 * 60, 17 * 60));
    const updatedAt =
      schedule.lastActivity && schedule.lastActivity > createdAt ? schedule.lastActivity : createdAt;
    pushRow(tasks, [
      taskId,
      `${MEASURE_PREFIX[measure.code]}-${String(n).padStart(codeWidth, '0')}`,
      template.title_zh,
      requirement,
      measure.id,
      region,
      lead.id,
      responsible.id,
      toIso(schedule.start),
      dueIso,
      latest?.progress ?? 0,
      latest?.reportedState ?? 'not_started',
      latest?.suspendedReason ?? null,
      latest ? reportIds[schedule.latestApproved] : null,
      schedule.completedOn === null ? null : toIso(schedule.completedOn),
      adminId,
      adminId,
      createdAt,
      updatedAt,
    ]);

    const basePool = TEMPLATE_SECTORS[template.code] ?? ['software_it'];
    const extra = opts.extraSectors?.[template.code];
    const sectorPool = extra ? [...basePool, ...extra] : basePool;
    for (const s of rng.pickSome(
      sectorPool,
      Math.min(
        sectorPool.length,
        rng.weighted([
          [1, 0.45],
          [2, 0.4],
          [3, 0.15],
        ]),
      ),
    )) {
      pushRow(sectors, [taskId, s]);
    }
    for (const u of pickCooperating(rng, regionUnits, lead, template.typical_lead_units))
      pushRow(cooperating, [taskId, u.id]);

    for (const m of schedule.milestones) {
      const done = m.done === null ? null : toIso(m.done);
      pushRow(milestones, [
        newId(),
        taskId,
        m.title,
        toIso(m.due),
        m.weight,
        done,
        done === null ? null : responsible.id,
        createdAt,
        done === null ? createdAt : timestamp(m.done!, rng.int(9 * 60, 18 * 60)),
      ]);
    }
    schedule.reports.forEach((r, k) => {
      const reviewed = r.status === 'approved' || r.status === 'returned';
      pushRow(reports, [
        reportIds[k],
        taskId,
        r.period,
        r.reportedState,
        r.progress,
        r.achievements,
        r.problems,
        r.nextSteps,
        r.suspendedReason,
        r.status,
        responsible.id,
        r.submittedAt,
        reviewed ? headId : null,
        r.reviewedAt,
        r.reviewComment,
        r.createdAt,
        r.updatedAt,
      ]);
    });

    milestoneCount += schedule.milestones.length;
    reportCount += schedule.reports.length;
    if (tasks.length >= CHUNK_TASKS) {
      await writer.submit(chunk);
      chunk = newChunk();
    }
  }
  await writer.submit(chunk);
  await writer.drain();
  // Every status computed for today and the day marked done, as the server would on its first request: whoever
  // opens the app first after a bulk seed does not wait for 100,000 statuses.
  const workspaces = new WorkspacesRepository(manager.connection);
  await new TaskStatusService(manager.connection, workspaces).stampWorkspace(
    manager,
    await workspaces.settings(workspaceId, manager),
  );
  await writeKeptRows(manager, workspaceId);
  await deferKeptRows(manager, false);

  return {
    workspaceId,
    tasks: taskCount,
    milestones: milestoneCount,
    reports: reportCount,
    people: peopleCount,
    units: units.length,
  };
}

type Chunk = {
  tasks: RowBuffer;
  sectors: RowBuffer;
  cooperating: RowBuffer;
  milestones: RowBuffer;
  reports: RowBuffer;
};

function newChunk(): Chunk {
  return {
    tasks: rowBuffer('tasks', TASK_COLUMNS),
    sectors: rowBuffer('task_sectors', [
      ['task_id', 'uuid'],
      ['sector_code', 'text'],
    ]),
    cooperating: rowBuffer('task_units', [
      ['task_id', 'uuid'],
      ['unit_id', 'uuid'],
    ]),
    milestones: rowBuffer('milestones', MILESTONE_COLUMNS),
    reports: rowBuffer('progress_reports', REPORT_COLUMNS),
  };
}

// Writes one chunk in the background while the caller generates the next: generating takes about a
// fifth of the time PostgreSQL needs, so this saves that fifth at 100,000 tasks. One chunk in flight.
function backgroundWriter(manager: EntityManager, workspaceId: string) {
  let pending: Promise<{ error: unknown } | null> | null = null;
  const drain = async () => {
    const failed = await pending;
    pending = null;
    if (failed) throw failed.error;
  };
  return {
    busy: () => pending !== null,
    drain,
    submit: async (chunk: Chunk) => {
      await drain();
      // FK order: tasks before the rows that point at them
      const write = async () => {
        for (const buffer of [
          chunk.tasks,
          chunk.sectors,
          chunk.cooperating,
          chunk.milestones,
          chunk.reports,
        ]) {
          await flushRows(manager, workspaceId, buffer);
        }
      };
      // the failure is kept, not left unhandled, until the next drain rethrows it
      pending = write().then(
        () => null,
        (error: unknown) => ({ error }),
      );
    },
  };
}

// National tasks keep ~5% of the rest; the demo's featured provinces get a little more than the others.
function regionPicker(rng: Rng, regions: string[]): () => string {
  const featured = new Set(
    provinceOrder()
      .slice(0, 12)
      .map((r) => r.code),
  );
  const entries: [string, number][] = regions.map((r) => [r, featured.has(r) ? 1.5 : 1]);
  const total = entries.reduce((s, [, w]) => s + w, 0);
  entries.push([NATIONAL, (total * 0.05) / 0.95]);
  return () => rng.weighted(entries);
}

// National tasks are led by a ministry of the template; provincial ones mostly by its counterpart,
// sometimes by the province's coordinating units (development and reform, industry and IT).
function pickLead(rng: Rng, units: Unit[], typical: readonly string[], national: boolean): Unit {
  const candidates = units.filter((u) => typical.includes(u.dept));
  if (candidates.length === 0 || (!national && rng.chance(0.08))) {
    const coordinators = units.filter((u) => (u.dept === 'ndrc' || u.dept === 'miit') && u.level !== 'local');
    return rng.pick(coordinators.length > 0 ? coordinators : units);
  }
  const local = candidates.filter((u) => u.level === 'local');
  const upper = candidates.filter((u) => u.level !== 'local');
  return local.length > 0 && (upper.length === 0 || rng.chance(0.3)) ? rng.pick(local) : rng.pick(upper);
}

function pickCooperating(rng: Rng, units: Unit[], lead: Unit, typical: readonly string[]): Unit[] {
  const count = rng.weighted([
    [0, 0.2],
    [1, 0.35],
    [2, 0.3],
    [3, 0.15],
  ]);
  if (count === 0) return [];
  const others = units.filter((u) => u !== lead);
  const preferred = rng.pickSome(
    others.filter((u) => typical.includes(u.dept)),
    count,
  );
  const rest = rng.pickSome(
    others.filter((u) => !preferred.includes(u) && u.level !== 'local'),
    count - preferred.length,
  );
  return [...preferred, ...rest];
}
