import {
  LIGHTS,
  SCHEDULE_STATES,
  summarizeRows,
  type SnapshotSummary,
  type TaskSnapshotRow,
} from '@plan/contracts';
import type { LedgerRow } from './ledger-columns';

type Named = { code: string; nameZh: string; nameEn: string };

// What summarizeRows() reads of each row, kept as four small integers per task (names and sector
// lists shared), so the summary of 100k tasks costs a few MB while the rows themselves stream away.
// summarize() feeds summarizeRows() rows rebuilt one at a time: the figures are the dashboard's.
export class SummaryInput {
  private readonly packed: number[] = [];
  private readonly measures: Named[] = [];
  private readonly regions: Named[] = [];
  private readonly sectorLists: string[][] = [];
  private readonly index = new Map<string, number>();

  add(r: LedgerRow): void {
    const flags =
      SCHEDULE_STATES.indexOf(r.state) |
      (LIGHTS.indexOf(r.light) << 3) |
      (r.reportMissing ? 1 << 5 : 0) |
      (r.progress << 6);
    this.packed.push(
      flags,
      this.id('m', r.measureCode, this.measures, () => ({
        code: r.measureCode,
        nameZh: r.measureNameZh,
        nameEn: r.measureNameEn,
      })),
      this.id('r', r.regionCode, this.regions, () => ({
        code: r.regionCode,
        nameZh: r.regionNameZh,
        nameEn: r.regionNameEn,
      })),
      this.id('s', r.sectors.join(','), this.sectorLists, () => [...r.sectors]),
    );
  }

  get size(): number {
    return this.packed.length / 4;
  }

  summarize(): SnapshotSummary {
    return summarizeRows(this.rows());
  }

  private *rows(): Generator<TaskSnapshotRow> {
    for (let i = 0; i < this.packed.length; i += 4) {
      const flags = this.packed[i];
      const m = this.measures[this.packed[i + 1]];
      const g = this.regions[this.packed[i + 2]];
      yield {
        ...BLANK,
        state: SCHEDULE_STATES[flags & 7],
        light: LIGHTS[(flags >> 3) & 3],
        reportMissing: ((flags >> 5) & 1) === 1,
        progress: flags >> 6,
        measureCode: m.code,
        measureNameZh: m.nameZh,
        measureNameEn: m.nameEn,
        regionCode: g.code,
        regionNameZh: g.nameZh,
        regionNameEn: g.nameEn,
        sectors: this.sectorLists[this.packed[i + 3]],
      };
    }
  }

  // The first row to name a measure or region gives its names, as in summarizeRows().
  private id<T>(kind: string, key: string, list: T[], make: () => T): number {
    const k = `${kind}:${key}`;
    let n = this.index.get(k);
    if (n === undefined) {
      n = list.push(make()) - 1;
      this.index.set(k, n);
    }
    return n;
  }
}

const BLANK: TaskSnapshotRow = {
  taskId: '',
  code: '',
  title: '',
  requirement: '',
  measureCode: '',
  measureNameZh: '',
  measureNameEn: '',
  regionCode: '',
  regionNameZh: '',
  regionNameEn: '',
  sectors: [],
  leadUnitId: '',
  leadUnitNameZh: '',
  leadUnitNameEn: '',
  cooperatingUnitIds: [],
  cooperatingUnitsZh: '',
  cooperatingUnitsEn: '',
  responsibleName: '',
  startDate: '',
  dueDate: null,
  progress: 0,
  reportedState: 'not_started',
  suspendedReason: null,
  state: 'not_started',
  light: 'green',
  expected: null,
  gap: null,
  daysLate: 0,
  reportMissing: false,
  latestPeriod: null,
  achievements: '',
  problems: '',
  nextSteps: '',
  sourceMeetingId: null,
};
