import { addDays } from './date';
import {
  computeScheduleStatus,
  isLagging,
  lightFor,
  round1,
  type ScheduleInput,
  type ScheduleMilestoneInput,
  type ScheduleStatus,
} from './schedule-status';
import { type Light, type ReportedState, SCHEDULE_STATES, type ScheduleState } from './task';

// Day n of a task that runs from day 0 to day 100, so linear expected progress at day n is n%.
const day = (n: number) => addDays('2026-01-01', n);

const input = (overrides: Partial<ScheduleInput> = {}): ScheduleInput => ({
  today: day(50),
  startDate: day(0),
  dueDate: day(100),
  milestones: [],
  approved: null,
  ...overrides,
});

const report = (progress: number, reportedState: ReportedState = 'in_progress') => ({
  progress,
  reportedState,
});

const milestone = (
  dueDay: number,
  weight: number,
  doneDay: number | null = null,
): ScheduleMilestoneInput => ({
  dueDate: day(dueDay),
  weight,
  doneDate: doneDay === null ? null : day(doneDay),
});

// weights 10 / 30 / 60, due on days 20 / 50 / 100
const weighted = (doneDays: [number | null, number | null, number | null] = [null, null, null]) => [
  milestone(20, 10, doneDays[0]),
  milestone(50, 30, doneDays[1]),
  milestone(100, 60, doneDays[2]),
];

type Case = { name: string; given: ScheduleInput; then: ScheduleStatus };

describe(computeScheduleStatus.name, () => {
  describe('linear expected progress (no milestones)', () => {
    it.each<Case>([
      {
        name: 'on track: small positive gap',
        given: input({ approved: report(45) }),
        then: { expected: 50, actual: 45, gap: 5, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'gap exactly 10 is behind',
        given: input({ approved: report(40) }),
        then: { expected: 50, actual: 40, gap: 10, daysLate: 0, state: 'behind', light: 'yellow' },
      },
      {
        name: 'gap 9.9 is on track',
        given: input({ approved: report(40.1) }),
        then: { expected: 50, actual: 40.1, gap: 9.9, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'gap exactly −10 is ahead',
        given: input({ approved: report(60) }),
        then: { expected: 50, actual: 60, gap: -10, daysLate: 0, state: 'ahead', light: 'green' },
      },
      {
        name: 'gap −9.9 is on track',
        given: input({ approved: report(59.9) }),
        then: { expected: 50, actual: 59.9, gap: -9.9, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'gap 0 is on track',
        given: input({ approved: report(50) }),
        then: { expected: 50, actual: 50, gap: 0, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'nothing approved: actual is 0',
        given: input({ today: day(5) }),
        then: { expected: 5, actual: 0, gap: 5, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'nothing approved and 10 points expected is behind',
        given: input({ today: day(10) }),
        then: { expected: 10, actual: 0, gap: 10, daysLate: 0, state: 'behind', light: 'yellow' },
      },
      {
        name: 'starts today with nothing reported is not started',
        given: input({ today: day(0) }),
        then: { expected: 0, actual: 0, gap: 0, daysLate: 0, state: 'not_started', light: 'green' },
      },
      {
        name: 'an approved 0% report with 0 expected is not started',
        given: input({ today: day(0), approved: report(0) }),
        then: { expected: 0, actual: 0, gap: 0, daysLate: 0, state: 'not_started', light: 'green' },
      },
      {
        name: 'progress on the start day is ahead',
        given: input({ today: day(0), approved: report(10) }),
        then: { expected: 0, actual: 10, gap: -10, daysLate: 0, state: 'ahead', light: 'green' },
      },
      {
        name: 'due today is not overdue',
        given: input({ today: day(100), approved: report(95) }),
        then: { expected: 100, actual: 95, gap: 5, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'one day past due is overdue',
        given: input({ today: day(101), approved: report(95) }),
        then: { expected: 100, actual: 95, gap: 5, daysLate: 1, state: 'overdue', light: 'red' },
      },
      {
        name: 'long past due stays overdue and counts days from the due date',
        given: input({ today: day(130), approved: report(100) }),
        then: { expected: 100, actual: 100, gap: 0, daysLate: 30, state: 'overdue', light: 'red' },
      },
      {
        name: 'overdue with nothing reported',
        given: input({ today: day(105) }),
        then: { expected: 100, actual: 0, gap: 100, daysLate: 5, state: 'overdue', light: 'red' },
      },
    ])('$name', ({ given, then }) => {
      expect(computeScheduleStatus(given)).toEqual(then);
    });
  });

  describe('start date in the future', () => {
    it.each<Case>([
      {
        name: 'nothing reported',
        given: input({ startDate: day(10), today: day(5) }),
        then: { expected: 0, actual: 0, gap: 0, daysLate: 0, state: 'not_started', light: 'green' },
      },
      {
        name: 'even with an approved report',
        given: input({ startDate: day(10), today: day(5), approved: report(30) }),
        then: { expected: 0, actual: 30, gap: -30, daysLate: 0, state: 'not_started', light: 'green' },
      },
      {
        name: 'even with a milestone already past',
        given: input({ startDate: day(10), today: day(5), milestones: [milestone(2, 1), milestone(100, 1)] }),
        then: { expected: 50, actual: 0, gap: 50, daysLate: 0, state: 'not_started', light: 'green' },
      },
      {
        name: 'long-term task with a missing report',
        given: input({ startDate: day(10), today: day(5), dueDate: null, missingReportDueDate: day(1) }),
        then: { expected: null, actual: 0, gap: null, daysLate: 0, state: 'not_started', light: 'green' },
      },
    ])('$name → not started', ({ given, then }) => {
      expect(computeScheduleStatus(given)).toEqual(then);
    });
  });

  describe('start date equal to due date', () => {
    const oneDay = (today: number, approved: ScheduleInput['approved'] = null) =>
      input({ startDate: day(10), dueDate: day(10), today: day(today), approved });

    it.each<Case>([
      {
        name: 'the day before is not started',
        given: oneDay(9),
        then: { expected: 0, actual: 0, gap: 0, daysLate: 0, state: 'not_started', light: 'green' },
      },
      {
        name: 'on the day, nothing reported, is behind',
        given: oneDay(10),
        then: { expected: 100, actual: 0, gap: 100, daysLate: 0, state: 'behind', light: 'yellow' },
      },
      {
        name: 'on the day, 95% reported, is on track',
        given: oneDay(10, report(95)),
        then: { expected: 100, actual: 95, gap: 5, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'the day after is overdue',
        given: oneDay(11, report(95)),
        then: { expected: 100, actual: 95, gap: 5, daysLate: 1, state: 'overdue', light: 'red' },
      },
      {
        name: 'completed on the day',
        given: oneDay(10, report(100, 'completed')),
        then: { expected: 100, actual: 100, gap: 0, daysLate: 0, state: 'completed', light: 'green' },
      },
    ])('$name', ({ given, then }) => {
      expect(computeScheduleStatus(given)).toEqual(then);
    });
  });

  describe('completed and suspended', () => {
    it.each<Case>([
      {
        name: 'completed early, before expected reaches 100',
        given: input({ today: day(50), approved: report(100, 'completed') }),
        then: { expected: 50, actual: 100, gap: -50, daysLate: 0, state: 'completed', light: 'green' },
      },
      {
        name: 'completed after the due date',
        given: input({ today: day(120), approved: report(100, 'completed') }),
        then: { expected: 100, actual: 100, gap: 0, daysLate: 0, state: 'completed', light: 'green' },
      },
      {
        name: 'completed with a milestone never marked done',
        given: input({ today: day(120), milestones: weighted(), approved: report(100, 'completed') }),
        then: { expected: 100, actual: 100, gap: 0, daysLate: 0, state: 'completed', light: 'green' },
      },
      {
        name: 'completed before the start date',
        given: input({ startDate: day(10), today: day(5), approved: report(100, 'completed') }),
        then: { expected: 0, actual: 100, gap: -100, daysLate: 0, state: 'completed', light: 'green' },
      },
      {
        name: 'suspended while on schedule',
        given: input({ approved: report(50, 'suspended') }),
        then: { expected: 50, actual: 50, gap: 0, daysLate: 0, state: 'suspended', light: 'grey' },
      },
      {
        name: 'suspended past the due date is not overdue',
        given: input({ today: day(120), approved: report(30, 'suspended') }),
        then: { expected: 100, actual: 30, gap: 70, daysLate: 0, state: 'suspended', light: 'grey' },
      },
      {
        name: 'suspended with a late milestone',
        given: input({ today: day(80), milestones: weighted(), approved: report(5, 'suspended') }),
        then: { expected: 40, actual: 5, gap: 35, daysLate: 0, state: 'suspended', light: 'grey' },
      },
      {
        name: 'suspended before the start date',
        given: input({ startDate: day(10), today: day(5), approved: report(0, 'suspended') }),
        then: { expected: 0, actual: 0, gap: 0, daysLate: 0, state: 'suspended', light: 'grey' },
      },
      {
        name: 'an approved 100% in-progress report is not completed',
        given: input({ today: day(50), approved: report(100) }),
        then: { expected: 50, actual: 100, gap: -50, daysLate: 0, state: 'ahead', light: 'green' },
      },
      {
        name: 'a reported not_started state does not override the schedule',
        given: input({ today: day(50), approved: report(0, 'not_started') }),
        then: { expected: 50, actual: 0, gap: 50, daysLate: 0, state: 'behind', light: 'yellow' },
      },
    ])('$name', ({ given, then }) => {
      expect(computeScheduleStatus(given)).toEqual(then);
    });
  });

  describe('weighted milestones', () => {
    it.each<Case>([
      {
        name: 'before the first milestone expected is 0',
        given: input({ today: day(10), milestones: weighted() }),
        then: { expected: 0, actual: 0, gap: 0, daysLate: 0, state: 'not_started', light: 'green' },
      },
      {
        name: 'unequal weights: first milestone due today counts 10%',
        given: input({ today: day(20), milestones: weighted(), approved: report(10) }),
        then: { expected: 10, actual: 10, gap: 0, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'milestone due today is not late',
        given: input({ today: day(50), milestones: weighted([20, null, null]), approved: report(35) }),
        then: { expected: 40, actual: 35, gap: 5, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'milestone one day late is behind even with no gap',
        given: input({ today: day(51), milestones: weighted([20, null, null]), approved: report(40) }),
        then: { expected: 40, actual: 40, gap: 0, daysLate: 1, state: 'behind', light: 'yellow' },
      },
      {
        name: 'milestone late while ahead is still behind',
        given: input({ today: day(51), milestones: weighted([20, null, null]), approved: report(90) }),
        then: { expected: 40, actual: 90, gap: -50, daysLate: 1, state: 'behind', light: 'yellow' },
      },
      {
        name: 'milestone exactly 15 days late is yellow',
        given: input({ today: day(65), milestones: weighted([20, null, null]), approved: report(40) }),
        then: { expected: 40, actual: 40, gap: 0, daysLate: 15, state: 'behind', light: 'yellow' },
      },
      {
        name: 'milestone 16 days late is red',
        given: input({ today: day(66), milestones: weighted([20, null, null]), approved: report(40) }),
        then: { expected: 40, actual: 40, gap: 0, daysLate: 16, state: 'behind', light: 'red' },
      },
      {
        name: 'days late count from the earliest incomplete milestone',
        given: input({ today: day(60), milestones: weighted(), approved: report(40) }),
        then: { expected: 40, actual: 40, gap: 0, daysLate: 40, state: 'behind', light: 'red' },
      },
      {
        name: 'a milestone done late is no longer late',
        given: input({ today: day(60), milestones: weighted([25, 55, null]), approved: report(40) }),
        then: { expected: 40, actual: 40, gap: 0, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'a milestone done early counts by its due date, not its done date',
        given: input({ today: day(30), milestones: weighted([15, 25, null]), approved: report(40) }),
        then: { expected: 10, actual: 40, gap: -30, daysLate: 0, state: 'ahead', light: 'green' },
      },
      {
        name: 'gap ≥ 10 without a late milestone is behind with 0 days late',
        given: input({ today: day(50), milestones: weighted([20, null, null]), approved: report(30) }),
        then: { expected: 40, actual: 30, gap: 10, daysLate: 0, state: 'behind', light: 'yellow' },
      },
      {
        name: 'all milestones done on the due date, not yet approved completed',
        given: input({ today: day(100), milestones: weighted([20, 50, 100]), approved: report(100) }),
        then: { expected: 100, actual: 100, gap: 0, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'all milestones done but progress lagging',
        given: input({ today: day(100), milestones: weighted([20, 50, 100]), approved: report(85) }),
        then: { expected: 100, actual: 85, gap: 15, daysLate: 0, state: 'behind', light: 'yellow' },
      },
      {
        name: 'overdue with an earlier incomplete milestone counts days from the milestone',
        given: input({ today: day(110), milestones: weighted([20, null, 100]), approved: report(70) }),
        then: { expected: 100, actual: 70, gap: 30, daysLate: 60, state: 'overdue', light: 'red' },
      },
      {
        name: 'overdue with every milestone done counts days from the due date',
        given: input({ today: day(110), milestones: weighted([20, 50, 100]), approved: report(95) }),
        then: { expected: 100, actual: 95, gap: 5, daysLate: 10, state: 'overdue', light: 'red' },
      },
      {
        name: 'milestones override the linear schedule',
        given: input({ today: day(90), milestones: weighted([20, 50, null]), approved: report(40) }),
        then: { expected: 40, actual: 40, gap: 0, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'weights need not sum to 100',
        given: input({
          today: day(30),
          milestones: [milestone(20, 1, 20), milestone(80, 2)],
          approved: report(30),
        }),
        then: { expected: 33.3, actual: 30, gap: 3.3, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'all-zero weights count the milestones equally',
        given: input({
          today: day(30),
          milestones: [milestone(20, 0, 20), milestone(80, 0)],
          approved: report(50),
        }),
        then: { expected: 50, actual: 50, gap: 0, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'a zero-weight milestone still makes the task late',
        given: input({
          today: day(30),
          milestones: [milestone(20, 0), milestone(80, 1)],
          approved: report(0),
        }),
        then: { expected: 0, actual: 0, gap: 0, daysLate: 10, state: 'behind', light: 'yellow' },
      },
      {
        name: 'unordered milestones',
        given: input({
          today: day(60),
          milestones: [milestone(100, 60), milestone(50, 30), milestone(20, 10, 20)],
        }),
        then: { expected: 40, actual: 0, gap: 40, daysLate: 10, state: 'behind', light: 'yellow' },
      },
    ])('$name', ({ given, then }) => {
      expect(computeScheduleStatus(given)).toEqual(then);
    });
  });

  describe('long-term task (no due date)', () => {
    const longTerm = (overrides: Partial<ScheduleInput> = {}) => input({ dueDate: null, ...overrides });
    // weights 10 / 90, due on days 20 / 200
    const longMilestones = (firstDone: number | null) => [milestone(20, 10, firstDone), milestone(200, 90)];

    it.each<Case>([
      {
        name: 'no milestones, reports all in',
        given: longTerm({ today: day(400), approved: report(30) }),
        then: { expected: null, actual: 30, gap: null, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'no milestones, nothing reported yet, nothing missing',
        given: longTerm({ today: day(3) }),
        then: { expected: null, actual: 0, gap: null, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'no milestones, missing report explicitly null',
        given: longTerm({ today: day(400), approved: report(30), missingReportDueDate: null }),
        then: { expected: null, actual: 30, gap: null, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'no milestones, a report due today is not missing yet',
        given: longTerm({ today: day(40), approved: report(30), missingReportDueDate: day(40) }),
        then: { expected: null, actual: 30, gap: null, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'no milestones, a report 1 day late is behind',
        given: longTerm({ today: day(41), approved: report(30), missingReportDueDate: day(40) }),
        then: { expected: null, actual: 30, gap: null, daysLate: 1, state: 'behind', light: 'yellow' },
      },
      {
        name: 'no milestones, a report 15 days late is yellow',
        given: longTerm({ today: day(55), approved: report(30), missingReportDueDate: day(40) }),
        then: { expected: null, actual: 30, gap: null, daysLate: 15, state: 'behind', light: 'yellow' },
      },
      {
        name: 'no milestones, a report 16 days late is red',
        given: longTerm({ today: day(56), approved: report(30), missingReportDueDate: day(40) }),
        then: { expected: null, actual: 30, gap: null, daysLate: 16, state: 'behind', light: 'red' },
      },
      {
        name: 'no milestones, missing report but approved completed',
        given: longTerm({
          today: day(56),
          approved: report(100, 'completed'),
          missingReportDueDate: day(40),
        }),
        then: { expected: null, actual: 100, gap: null, daysLate: 0, state: 'completed', light: 'green' },
      },
      {
        name: 'no milestones, missing report but suspended',
        given: longTerm({ today: day(56), approved: report(20, 'suspended'), missingReportDueDate: day(40) }),
        then: { expected: null, actual: 20, gap: null, daysLate: 0, state: 'suspended', light: 'grey' },
      },
      {
        name: 'with milestones, judged by them: on track',
        given: longTerm({ today: day(30), milestones: longMilestones(20), approved: report(10) }),
        then: { expected: 10, actual: 10, gap: 0, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'with milestones, a missing report is ignored',
        given: longTerm({
          today: day(100),
          milestones: longMilestones(20),
          approved: report(10),
          missingReportDueDate: day(40),
        }),
        then: { expected: 10, actual: 10, gap: 0, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'with milestones, a late milestone is behind',
        given: longTerm({ today: day(40), milestones: longMilestones(null), approved: report(10) }),
        then: { expected: 10, actual: 10, gap: 0, daysLate: 20, state: 'behind', light: 'red' },
      },
      {
        name: 'with milestones, ahead',
        given: longTerm({ today: day(30), milestones: longMilestones(20), approved: report(20) }),
        then: { expected: 10, actual: 20, gap: -10, daysLate: 0, state: 'ahead', light: 'green' },
      },
      {
        name: 'with milestones, before the first one',
        given: longTerm({ today: day(10), milestones: longMilestones(null) }),
        then: { expected: 0, actual: 0, gap: 0, daysLate: 0, state: 'not_started', light: 'green' },
      },
      {
        name: 'never overdue, however late today is',
        given: longTerm({
          today: day(3000),
          milestones: longMilestones(20).map((m) => ({ ...m, doneDate: day(20) })),
          approved: report(100),
        }),
        then: { expected: 100, actual: 100, gap: 0, daysLate: 0, state: 'on_track', light: 'green' },
      },
    ])('$name', ({ given, then }) => {
      expect(computeScheduleStatus(given)).toEqual(then);
    });
  });

  describe('rounding to one decimal', () => {
    // a 3-day task: day 1 is 33.33…%, day 2 is 66.66…%
    const threeDays = (today: number, progress: number) =>
      input({ startDate: day(0), dueDate: day(3), today: day(today), approved: report(progress) });

    it.each<Case>([
      {
        name: 'expected is rounded down',
        given: threeDays(1, 33.3),
        then: { expected: 33.3, actual: 33.3, gap: 0, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'expected is rounded up',
        given: threeDays(2, 66.7),
        then: { expected: 66.7, actual: 66.7, gap: 0, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        // unrounded the gap would be 9.97, yet the displayed 66.7 − 56.7 = 10 decides
        name: 'the state follows the rounded expected value',
        given: threeDays(2, 56.7),
        then: { expected: 66.7, actual: 56.7, gap: 10, daysLate: 0, state: 'behind', light: 'yellow' },
      },
      {
        name: 'the gap is rounded: 9.94 shows and counts as 9.9',
        given: threeDays(2, 56.76),
        then: { expected: 66.7, actual: 56.76, gap: 9.9, daysLate: 0, state: 'on_track', light: 'green' },
      },
      {
        name: 'the gap is rounded: 9.96 shows and counts as 10',
        given: threeDays(2, 56.74),
        then: { expected: 66.7, actual: 56.74, gap: 10, daysLate: 0, state: 'behind', light: 'yellow' },
      },
      {
        name: 'a gap of −9.96 counts as −10',
        given: threeDays(2, 76.66),
        then: { expected: 66.7, actual: 76.66, gap: -10, daysLate: 0, state: 'ahead', light: 'green' },
      },
      {
        // 1 day of 2500 is 0.04%, shown as 0: nothing reported is then not started
        name: 'a tiny expected value rounds to 0',
        given: input({ startDate: day(0), dueDate: day(2500), today: day(1) }),
        then: { expected: 0, actual: 0, gap: 0, daysLate: 0, state: 'not_started', light: 'green' },
      },
      {
        name: 'milestone share is rounded',
        given: input({
          today: day(30),
          milestones: [milestone(20, 1, 20), milestone(40, 1), milestone(60, 1)],
          approved: report(33.3),
        }),
        then: { expected: 33.3, actual: 33.3, gap: 0, daysLate: 0, state: 'on_track', light: 'green' },
      },
    ])('$name', ({ given, then }) => {
      expect(computeScheduleStatus(given)).toEqual(then);
    });

    it('never returns a negative zero gap', () => {
      const { gap } = computeScheduleStatus(threeDays(1, 33.33));
      expect(Object.is(gap, 0)).toBe(true);
    });
  });

  it('covers every schedule state', () => {
    const states = new Set<ScheduleState>([
      computeScheduleStatus(input({ today: day(0) })).state,
      computeScheduleStatus(input({ approved: report(60) })).state,
      computeScheduleStatus(input({ approved: report(50) })).state,
      computeScheduleStatus(input({ approved: report(40) })).state,
      computeScheduleStatus(input({ today: day(101) })).state,
      computeScheduleStatus(input({ approved: report(100, 'completed') })).state,
      computeScheduleStatus(input({ approved: report(50, 'suspended') })).state,
    ]);
    expect([...states].sort()).toEqual([...SCHEDULE_STATES].sort());
  });

  it('accepts frozen input', () => {
    const given = input({ milestones: Object.freeze(weighted([20, null, null])) });
    expect(() => computeScheduleStatus(Object.freeze(given))).not.toThrow();
  });

  it.each<[string, ScheduleInput]>([
    ['an invalid today', input({ today: '2026-02-30' })],
    ['an invalid start date', input({ startDate: '2026-1-1' })],
    ['an invalid due date', input({ dueDate: '2026-13-01' })],
    ['a due date before the start date', input({ startDate: day(10), dueDate: day(9) })],
    [
      'an invalid milestone due date',
      input({ milestones: [{ dueDate: 'soon', weight: 1, doneDate: null }] }),
    ],
    [
      'an invalid milestone done date',
      input({ milestones: [{ dueDate: day(20), weight: 1, doneDate: '' }] }),
    ],
    ['a negative weight', input({ milestones: [milestone(20, -1)] })],
    ['a non-finite weight', input({ milestones: [milestone(20, Number.POSITIVE_INFINITY)] })],
    ['a NaN weight', input({ milestones: [milestone(20, Number.NaN)] })],
    ['progress above 100', input({ approved: report(100.1) })],
    ['negative progress', input({ approved: report(-1) })],
    ['NaN progress', input({ approved: report(Number.NaN) })],
    ['an invalid missing-report due date', input({ dueDate: null, missingReportDueDate: '2026-02' })],
  ])('throws a RangeError for %s', (_label, given) => {
    expect(() => computeScheduleStatus(given)).toThrow(RangeError);
  });
});

describe(lightFor.name, () => {
  it.each<[ScheduleState, number, Light]>([
    ['completed', 0, 'green'],
    ['ahead', 0, 'green'],
    ['on_track', 0, 'green'],
    ['not_started', 0, 'green'],
    ['suspended', 0, 'grey'],
    ['behind', 0, 'yellow'],
    ['behind', 15, 'yellow'],
    ['behind', 16, 'red'],
    ['overdue', 1, 'red'],
  ])('%s with %i days late → %s', (state, daysLate, light) => {
    expect(lightFor(state, daysLate)).toBe(light);
  });
});

describe(isLagging.name, () => {
  it.each<[ScheduleState, boolean]>([
    ['behind', true],
    ['overdue', true],
    ['not_started', false],
    ['ahead', false],
    ['on_track', false],
    ['completed', false],
    ['suspended', false],
  ])('%s → %s', (state, lagging) => {
    expect(isLagging(state)).toBe(lagging);
  });
});

describe(round1.name, () => {
  it.each([
    [33.333, 33.3],
    [66.666, 66.7],
    [0.04, 0],
    [0.05, 0.1],
    [9.95, 10],
    [100, 100],
    [-0.04, 0],
    [-9.96, -10],
  ])('%p → %p', (x, expected) => {
    expect(round1(x)).toBe(expected);
  });

  it('normalises −0 to 0', () => {
    expect(Object.is(round1(-0.04), 0)).toBe(true);
  });
});
