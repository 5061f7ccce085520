import { computeScheduleStatus, type ReportedState, type ReviewState } from '@plan/contracts';
import { monthEnd, monthOf, monthStart, timestamp, toDay, toIso, toPeriod } from './demo-calendar';
import {
  milestoneTitles,
  narrator,
  nextStepsText,
  problemsText,
  REVIEW_COMMENTS,
  SUSPENDED_NEXT_STEPS,
  SUSPENDED_REASONS,
  type NarrativeKind,
} from './demo-text';
import { dealer, type Rng } from './prng';

// The schedule state each task is built to show once the app runs computeScheduleStatus().
export type Category =
  'on_track' | 'ahead' | 'behind' | 'overdue' | 'completed' | 'not_started' | 'suspended';

const CATEGORY_WEIGHTS: readonly (readonly [Category, number])[] = [
  ['on_track', 38],
  ['ahead', 11],
  ['behind', 21],
  ['overdue', 8.5],
  ['completed', 12],
  ['not_started', 7],
  ['suspended', 2.5],
];
// ~10% of all tasks are long-term; only these categories can be
const LONG_TERM: ReadonlySet<Category> = new Set(['on_track', 'ahead', 'behind', 'suspended', 'not_started']);
const IN_FLIGHT: ReadonlySet<Category> = new Set(['on_track', 'ahead', 'behind', 'overdue']);
const LAGGING: ReadonlySet<Category> = new Set(['behind', 'overdue', 'suspended']);

const START_LO = toDay('2025-09-01');
const START_HI = toDay('2026-06-30');
const DUE_HI = toDay('2027-12-31');
const REVIEW_LAG: readonly (readonly [number, number])[] = [
  [0, 0.2],
  [1, 0.4],
  [2, 0.25],
  [3, 0.1],
  [4, 0.05],
];

export type ScheduleContext = {
  today: number;
  todayIso: string;
  // month numbers (see demo-calendar)
  closed: number;
  current: number;
  // how much plan and reporting each task carries; DEMO_DENSITY when absent
  density?: ScheduleDensity;
};

// How much each task carries. DEMO_DENSITY reproduces the demo (and every --tasks N set) draw for draw:
// the e2e tests compare its output, so its values and the order of draws under it must not change.
export type ScheduleDensity = {
  // share of tasks with a milestone plan, and how many milestones such a plan has (inclusive)
  milestoneChance: number;
  milestoneCount: readonly [min: number, max: number];
  // 1: start dates spread evenly over the launch window; k > 1: front-loaded (u^k), so more tasks have
  // run, and reported, for longer
  startSkew: number;
  // share of closed periods whose report was sent back once and filed again (two rows for the period)
  resubmitChance: number;
};

export const DEMO_DENSITY: ScheduleDensity = {
  milestoneChance: 0.85,
  milestoneCount: [2, 5],
  startSkew: 1,
  resubmitChance: 0.025,
};

// National scale (100,000 tasks): ~4 milestones and ~10 reports per task, ~400k and ~1M in all. Most
// provincial work plans were issued within months of the State Council's plan, hence the front-loading;
// with more tasks under review, more first drafts are sent back. The middle-milestone pools hold 4–5
// steps, so 6 is the most a plan can have.
export const NATIONAL_DENSITY: ScheduleDensity = {
  milestoneChance: 0.9,
  milestoneCount: [3, 6],
  startSkew: 2,
  resubmitChance: 0.06,
};

export type PlannedMilestone = { title: string; due: number; weight: number; done: number | null };

export type PlannedReport = {
  period: string;
  status: ReviewState;
  reportedState: ReportedState;
  progress: number;
  achievements: string;
  problems: string;
  nextSteps: string;
  suspendedReason: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  createdAt: string;
  updatedAt: string;
};

export type PlannedSchedule = {
  category: Category;
  start: number;
  due: number | null;
  milestones: PlannedMilestone[];
  reports: PlannedReport[];
  // index into reports of the latest approved one
  latestApproved: number;
  completedOn: number | null;
  lastActivity: string | null;
};

type Stamp = { day: number; min: number };
type Slot = {
  month: number;
  status: ReviewState;
  created: Stamp;
  submitted: Stamp | null;
  reviewed: Stamp | null;
  final: 'completed' | 'suspended' | null;
  // a report the unit head sent back before this one
  returned: { submitted: Stamp; reviewed: Stamp } | null;
};

// Dealt rather than drawn (see dealer), so even the 140-task demo shows every state.
export function categoryDealer(rng: Rng, total: number): () => Category {
  return dealer(rng, CATEGORY_WEIGHTS, total);
}

// How a task's unit handles the latest closed period; ~15% leave it without a report.
export type ReportingHabit = 'regular' | 'chronic' | 'missing' | 'returned';
const HABIT_WEIGHTS: readonly (readonly [ReportingHabit, number])[] = [
  ['regular', 85],
  ['chronic', 3],
  ['missing', 9],
  ['returned', 3],
];

export function habitDealer(rng: Rng, total: number): () => ReportingHabit {
  return dealer(rng, HABIT_WEIGHTS, total);
}

export function planSchedule(
  rng: Rng,
  text: Rng,
  ctx: ScheduleContext,
  measure: string,
  dealt: Category,
  habit: ReportingHabit,
  // the demo's unit head (MIIT) should find reports waiting for review
  reviewQueueBias: boolean,
): PlannedSchedule {
  const T = ctx.today;
  const density = ctx.density ?? DEMO_DENSITY;
  // exactly rng.int() when not skewed, so the demo's draws stay as they were
  const startIn = (lo: number, hi: number) =>
    density.startSkew === 1
      ? rng.int(lo, hi)
      : lo + Math.floor(rng.next() ** density.startSkew * (hi - lo + 1));
  const startHi = Math.min(START_HI, T - 20);
  let category = dealt;
  if (startHi < START_LO) category = 'not_started';
  if (category === 'overdue' && Math.min(startHi, T - 96) < START_LO) category = 'behind';
  if ((category === 'completed' || category === 'suspended') && Math.min(startHi, T - 60) < START_LO)
    category = 'on_track';
  const longTerm = LONG_TERM.has(category) && rng.chance(0.14);

  let start: number;
  let finalDay: number | null = null;
  if (category === 'not_started') start = T + rng.int(3, 150);
  else if (category === 'completed' || category === 'suspended')
    start = startIn(START_LO, Math.min(startHi, T - 60));
  else if (category === 'overdue') start = startIn(START_LO, Math.min(startHi, T - 96));
  else start = startIn(START_LO, startHi);
  if (category === 'completed') finalDay = completionDay(rng, start + 45, T - 1);

  let due: number | null = null;
  if (!longTerm) {
    if (category === 'completed') {
      const lo = Math.max(start + 90, finalDay! - 25);
      due = rng.int(lo, Math.max(lo, Math.min(DUE_HI, finalDay! + 240)));
    } else if (category === 'overdue') {
      due = rng.int(Math.max(start + 90, T - 200), T - 1);
    } else if (category === 'not_started') {
      due = Math.max(start + 90, Math.min(DUE_HI, start + rng.int(90, 540)));
    } else {
      const lo = Math.max(start + 90, T + 15);
      due = rng.int(lo, Math.max(lo, DUE_HI));
    }
  }

  const milestones: PlannedMilestone[] = [];
  if (rng.chance(density.milestoneChance)) {
    const count = rng.int(density.milestoneCount[0], density.milestoneCount[1]);
    const end = due ?? start + 540;
    const titles = milestoneTitles(text, measure, count);
    let previous = start;
    for (let k = 0; k < count; k++) {
      const fraction = k === count - 1 ? 1 : (k + 0.35 + 0.5 * rng.next()) / count;
      const day = Math.min(end, Math.max(previous + 1, start + Math.round(fraction * (end - start))));
      milestones.push({
        title: titles[k],
        due: day,
        weight: k === count - 1 ? rng.int(2, 3) : rng.int(1, 3),
        done: null,
      });
      previous = day;
    }
  }
  const expected = computeScheduleStatus({
    today: ctx.todayIso,
    startDate: toIso(start),
    dueDate: due === null ? null : toIso(due),
    milestones: milestones.map((m) => ({ dueDate: toIso(m.due), weight: m.weight, doneDate: null })),
    approved: null,
  }).expected;

  const doneAround = (dueDay: number, cap: number) => {
    const day = rng.chance(0.85) ? dueDay - rng.int(0, 15) : dueDay + rng.int(1, 12);
    return Math.max(start, Math.min(cap, day));
  };
  const markPastDone = () => {
    for (const m of milestones) if (m.due < T) m.done = doneAround(m.due, T - 1);
  };

  if (category === 'ahead' && (expected === null || expected > 80)) category = 'on_track';
  let behindMode: 'late' | 'gap' | 'missing' | null = null;
  if (category === 'behind') {
    const modes: ('late' | 'gap' | 'missing')[] = [];
    if (milestones.some((m) => m.due < T)) modes.push('late');
    if (expected !== null && expected >= 12) modes.push('gap');
    if (expected === null) modes.push('missing');
    if (modes.length === 0) category = 'on_track';
    else behindMode = rng.pick(modes);
  }

  let actual = 0;
  // periods ending with the latest closed one for which nothing was reported
  let missingRun = 0;
  // long-term tasks without milestones are judged by their reports alone
  const judgedByReports = expected === null;
  let suspendedMonth = -1;
  switch (category) {
    case 'on_track':
      markPastDone();
      actual = expected === null ? rng.int(15, 80) : clamp(Math.round(expected) + rng.int(-8, 8), 1, 95);
      break;
    case 'ahead': {
      markPastDone();
      const next = milestones.find((m) => m.due >= T);
      if (next && rng.chance(0.5) && T - 1 >= start) next.done = rng.int(Math.max(start, T - 20), T - 1);
      actual = Math.min(95, Math.round(expected!) + rng.int(12, 30));
      break;
    }
    case 'behind':
      if (behindMode === 'late') {
        const past = milestones.filter((m) => m.due < T);
        const firstLate = rng.chance(0.6) ? past.length - 1 : rng.int(0, past.length - 1);
        past.forEach((m, k) => (m.done = k < firstLate ? doneAround(m.due, T - 1) : null));
        const total = milestones.reduce((s, m) => s + m.weight, 0);
        const doneShare = (100 * past.slice(0, firstLate).reduce((s, m) => s + m.weight, 0)) / total;
        actual = clamp(Math.round(doneShare) + rng.int(0, 8), 0, 95);
      } else if (behindMode === 'gap') {
        markPastDone();
        actual = Math.max(0, Math.min(Math.floor(expected! - 10), Math.round(expected!) - rng.int(12, 35)));
      } else {
        actual = rng.int(10, 60);
        missingRun = rng.weighted([
          [1, 0.5],
          [2, 0.3],
          [3, 0.2],
        ]);
      }
      break;
    case 'overdue':
      milestones.forEach((m, k) => {
        const open = k === milestones.length - 1 || (k === milestones.length - 2 && rng.chance(0.4));
        m.done = open ? null : doneAround(m.due, T - 1);
      });
      actual = rng.int(55, 92);
      break;
    case 'completed':
      for (const m of milestones) {
        m.done =
          m.due <= finalDay!
            ? doneAround(m.due, finalDay!)
            : rng.int(Math.max(start, finalDay! - 30), finalDay!);
      }
      actual = 100;
      break;
    case 'suspended': {
      suspendedMonth = rng.int(Math.max(monthOf(start), ctx.closed - 2), ctx.closed);
      const cap = Math.min(T - 1, monthEnd(suspendedMonth));
      for (const m of milestones) if (m.due <= cap) m.done = doneAround(m.due, cap);
      actual = rng.int(10, 55);
      break;
    }
    case 'not_started':
      break;
  }

  // milestones are finished in plan order
  let lastDone = start;
  for (const m of milestones) {
    if (m.done === null) continue;
    m.done = Math.max(m.done, lastDone);
    lastDone = m.done;
  }

  const inFlight = IN_FLIGHT.has(category);
  let returnedLatest = false;
  if (inFlight && missingRun === 0 && !judgedByReports) {
    if (habit === 'chronic') missingRun = 2;
    else if (habit === 'missing') missingRun = 1;
    else returnedLatest = habit === 'returned';
  }
  const pendingLatest =
    inFlight && missingRun === 0 && !returnedLatest && rng.chance(reviewQueueBias ? 0.7 : 0.18);

  const slots: Slot[] = [];
  const firstMonth = monthOf(start);
  const lastMonth =
    category === 'not_started'
      ? firstMonth - 1
      : category === 'completed'
        ? monthOf(finalDay!)
        : category === 'suspended'
          ? suspendedMonth
          : ctx.current;
  const terminal = category === 'completed' || category === 'suspended';
  for (let month = firstMonth; month <= lastMonth; month++) {
    const isFinal = terminal && month === lastMonth;
    if (isFinal && category === 'completed') {
      const submitted = stamp(rng, Math.max(monthStart(month), start, finalDay! - rng.int(0, 3)));
      const reviewed = after(rng, submitted, finalDay!);
      slots.push({
        month,
        status: 'approved',
        created: before(rng, submitted),
        submitted,
        reviewed,
        final: 'completed',
        returned: null,
      });
      continue;
    }
    if (!terminal && month > ctx.closed && month === ctx.current) {
      const slot = openPeriodSlot(rng, month, Math.max(monthStart(month), start), T, reviewQueueBias);
      if (slot) slots.push(slot);
      continue;
    }
    const end = monthEnd(month);
    const r = rng.next();
    let sub = Math.max(
      start,
      r < 0.15 ? end - rng.int(0, 2) : r < 0.87 ? end + rng.int(1, 5) : end + rng.int(6, 15),
    );
    if (judgedByReports && category === 'on_track') sub = Math.min(sub, end + 5);
    let rev = sub + rng.weighted(REVIEW_LAG);
    if (terminal) {
      // reports before the final one were all reviewed before it
      const limit = category === 'completed' ? finalDay! - 1 : T - 1;
      rev = Math.min(rev, limit);
      sub = Math.max(start, Math.min(sub, rev));
      const submitted = stamp(rng, sub);
      const reviewed = after(rng, submitted, rev);
      slots.push({
        month,
        status: 'approved',
        created: before(rng, submitted),
        submitted,
        reviewed,
        final: isFinal ? 'suspended' : null,
        returned: null,
      });
      continue;
    }
    const missing = month > ctx.closed - missingRun && month <= ctx.closed;
    if (missing || sub > T - 1) {
      const draftDay = Math.max(start, end + rng.int(1, 10));
      if (draftDay <= T - 1 && rng.chance(0.3)) slots.push(draftSlot(rng, month, draftDay));
      continue;
    }
    if (month === ctx.closed && returnedLatest) {
      const submitted = stamp(rng, sub);
      const reviewed = after(rng, submitted, Math.min(T - 1, sub + rng.int(1, 2)));
      const redo = reviewed.day + 1;
      const slot = redo <= T - 1 && rng.chance(0.5) ? draftSlot(rng, month, redo) : null;
      slots.push({
        ...(slot ?? draftSlot(rng, month, reviewed.day)),
        status: slot ? 'draft' : 'returned',
        returned: { submitted, reviewed },
      });
      continue;
    }
    if ((month === ctx.closed && pendingLatest) || rev > T - 1) {
      const submitted = stamp(rng, sub);
      slots.push({
        month,
        status: 'submitted',
        created: before(rng, submitted),
        submitted,
        reviewed: null,
        final: null,
        returned: null,
      });
      continue;
    }
    if (rng.chance(density.resubmitChance)) {
      // sent back once, corrected and sent again
      const first = stamp(rng, sub);
      const sentBack = after(rng, first, sub + rng.int(1, 2));
      const resub = sentBack.day + rng.int(1, 3);
      if (sentBack.day <= T - 1 && resub <= T - 1) {
        const submitted = stamp(rng, resub);
        const rv = resub + rng.int(0, 2);
        const reviewed = rv <= T - 1 ? after(rng, submitted, rv) : null;
        slots.push({
          month,
          status: reviewed ? 'approved' : 'submitted',
          created: before(rng, submitted),
          submitted,
          reviewed,
          final: null,
          returned: { submitted: first, reviewed: sentBack },
        });
        continue;
      }
    }
    const submitted = stamp(rng, sub);
    slots.push({
      month,
      status: 'approved',
      created: before(rng, submitted),
      submitted,
      reviewed: after(rng, submitted, rev),
      final: null,
      returned: null,
    });
  }

  return toReports(rng, text, {
    category,
    start,
    due,
    milestones,
    slots,
    actual,
    lagging: LAGGING.has(category),
    measure,
    finalDay,
  });
}

type ReportInput = {
  category: Category;
  start: number;
  due: number | null;
  milestones: PlannedMilestone[];
  slots: Slot[];
  actual: number;
  lagging: boolean;
  measure: string;
  finalDay: number | null;
};

// Progress rises over the periods and lands on the target figure at the latest approved report.
function toReports(rng: Rng, text: Rng, input: ReportInput): PlannedSchedule {
  const { slots, actual, category } = input;
  const live = slots.filter((s) => s.status !== 'returned');
  let lastApproved = -1;
  live.forEach((s, i) => {
    if (s.status === 'approved') lastApproved = i;
  });
  const progress: number[] = new Array(live.length).fill(0);
  const terminalTarget = category === 'completed' ? rng.int(70, 95) : actual;
  const rampEnd = category === 'completed' ? lastApproved - 1 : lastApproved;
  const weights = Array.from({ length: rampEnd + 1 }, (_, i) => (i === 0 ? 0.2 : 0.3) + rng.next());
  const total = weights.reduce((s, w) => s + w, 0);
  let cumulative = 0;
  for (let i = 0; i <= rampEnd; i++) {
    cumulative += weights[i];
    progress[i] = Math.round((terminalTarget * cumulative) / total);
  }
  if (category === 'completed' && lastApproved >= 0) progress[lastApproved] = 100;
  for (let i = Math.max(0, lastApproved + 1); i < live.length; i++) {
    const previous = i > 0 ? progress[i - 1] : 0;
    progress[i] = Math.min(98, previous + rng.int(0, 6));
  }

  const reports: PlannedReport[] = [];
  let latestApproved = -1;
  let liveIndex = 0;
  let lastActivity: string | null = null;
  const suspendedReason = category === 'suspended' ? text.pick(SUSPENDED_REASONS) : null;
  const tell = narrator(text, input.measure);
  for (const slot of slots) {
    const isLive = slot.status !== 'returned';
    const p = isLive
      ? progress[liveIndex]
      : Math.min(98, (liveIndex > 0 ? progress[liveIndex - 1] : 0) + rng.int(0, 8));
    const period = toPeriod(slot.month);
    const next = input.milestones.find((m) => m.due > monthEnd(slot.month));
    const kind: NarrativeKind = slot.final ?? (reports.length === 0 ? 'first' : 'regular');
    const narrative = () => ({
      achievements: tell(period, p, kind),
      problems: kind === 'completed' ? '' : problemsText(text, input.measure, input.lagging),
      nextSteps:
        kind === 'completed'
          ? ''
          : kind === 'suspended'
            ? SUSPENDED_NEXT_STEPS
            : nextStepsText(text, next?.title ?? null),
    });
    const plain = p === 0 ? 'not_started' : 'in_progress';
    if (slot.returned) {
      const ts = slot.returned;
      const returnedProgress = isLive ? Math.min(98, p + rng.int(0, 10)) : p;
      reports.push({
        period,
        status: 'returned',
        reportedState: returnedProgress === 0 ? 'not_started' : 'in_progress',
        progress: returnedProgress,
        ...narrative(),
        suspendedReason: null,
        submittedAt: fmt(ts.submitted),
        reviewedAt: fmt(ts.reviewed),
        reviewComment: text.pick(REVIEW_COMMENTS),
        createdAt: fmt(before(rng, ts.submitted)),
        updatedAt: fmt(ts.reviewed),
      });
    }
    if (!isLive) continue;
    const reportedState: ReportedState = slot.final ?? plain;
    if (slot.status === 'approved') latestApproved = reports.length;
    reports.push({
      period,
      status: slot.status,
      reportedState,
      progress: p,
      ...narrative(),
      suspendedReason: slot.final === 'suspended' ? suspendedReason : null,
      submittedAt: slot.submitted ? fmt(slot.submitted) : null,
      reviewedAt: slot.reviewed ? fmt(slot.reviewed) : null,
      reviewComment: null,
      createdAt: fmt(slot.created),
      updatedAt: fmt(
        slot.reviewed ?? slot.submitted ?? { day: slot.created.day, min: slot.created.min + 20 },
      ),
    });
    if (slot.reviewed) lastActivity = fmt(slot.reviewed);
    liveIndex++;
  }
  const latest = latestApproved >= 0 ? reports[latestApproved] : null;
  return {
    category,
    start: input.start,
    due: input.due,
    milestones: input.milestones,
    reports,
    latestApproved,
    completedOn: latest?.reportedState === 'completed' ? input.finalDay : null,
    lastActivity,
  };
}

function openPeriodSlot(rng: Rng, month: number, from: number, today: number, early: boolean): Slot | null {
  if (from > today - 1) return null;
  const r = rng.next();
  if (r < 0.2) return draftSlot(rng, month, rng.int(Math.max(from, today - 10), today - 1));
  if (r < (early ? 0.6 : 0.28)) {
    const submitted = stamp(rng, rng.int(Math.max(from, today - 6), today - 1));
    return {
      month,
      status: 'submitted',
      created: before(rng, submitted),
      submitted,
      reviewed: null,
      final: null,
      returned: null,
    };
  }
  return null;
}

function draftSlot(rng: Rng, month: number, day: number): Slot {
  return {
    month,
    status: 'draft',
    created: stamp(rng, day),
    submitted: null,
    reviewed: null,
    final: null,
    returned: null,
  };
}

// A completion approved on day 12 or later of a month, so the month's regular report came first.
function completionDay(rng: Rng, lo: number, hi: number): number {
  const day = rng.int(lo, Math.max(lo, hi));
  const first = monthStart(monthOf(day));
  if (day - first >= 11) return day;
  const sameMonth = first + 11 + rng.int(0, 8);
  if (sameMonth <= hi) return sameMonth;
  const earlier = monthStart(monthOf(day) - 1) + 11 + rng.int(0, 15);
  return earlier >= lo ? earlier : day;
}

// office hours, 09:00–17:30
function stamp(rng: Rng, day: number): Stamp {
  return { day, min: rng.int(9 * 60, 17 * 60 + 30) };
}

function after(rng: Rng, from: Stamp, day: number): Stamp {
  return day <= from.day
    ? { day: from.day, min: from.min + rng.int(30, 180) }
    : { day, min: rng.int(8 * 60 + 30, 18 * 60) };
}

function before(rng: Rng, at: Stamp): Stamp {
  return { day: at.day, min: Math.max(7 * 60, at.min - rng.int(10, 240)) };
}

function fmt(s: Stamp): string {
  return timestamp(s.day, s.min);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}
