import {
  LEDGER_COLUMNS,
  LIGHT_ZH,
  LONG_TERM_ZH,
  neutralizeCell,
  SCHEDULE_STATE_ZH,
  type LedgerColumnKey,
  type TaskSnapshotRow,
} from '@plan/contracts';

// What the ledger shows of a task and what its summary counts: a narrow copy of the row, so a measure's
// rows held for merging (see slicedRows) cost a third of the full rows.
export type LedgerRow = Pick<
  TaskSnapshotRow,
  | 'code'
  | 'title'
  | 'measureCode'
  | 'measureNameZh'
  | 'measureNameEn'
  | 'regionCode'
  | 'regionNameZh'
  | 'regionNameEn'
  | 'sectors'
  | 'leadUnitNameZh'
  | 'cooperatingUnitsZh'
  | 'responsibleName'
  | 'dueDate'
  | 'progress'
  | 'state'
  | 'light'
  | 'expected'
  | 'gap'
  | 'daysLate'
  | 'reportMissing'
  | 'latestPeriod'
  | 'achievements'
  | 'problems'
  | 'nextSteps'
>;

export const toLedgerRow = (r: TaskSnapshotRow): LedgerRow => ({
  code: r.code,
  title: r.title,
  measureCode: r.measureCode,
  measureNameZh: r.measureNameZh,
  measureNameEn: r.measureNameEn,
  regionCode: r.regionCode,
  regionNameZh: r.regionNameZh,
  regionNameEn: r.regionNameEn,
  sectors: r.sectors,
  leadUnitNameZh: r.leadUnitNameZh,
  cooperatingUnitsZh: r.cooperatingUnitsZh,
  responsibleName: r.responsibleName,
  dueDate: r.dueDate,
  progress: r.progress,
  state: r.state,
  light: r.light,
  expected: r.expected,
  gap: r.gap,
  daysLate: r.daysLate,
  reportMissing: r.reportMissing,
  latestPeriod: r.latestPeriod,
  achievements: r.achievements,
  problems: r.problems,
  nextSteps: r.nextSteps,
});

// How a ledger cell is shown: wrapped text, short centred text, a percentage, a number, a date, a light.
export type CellKind = 'text' | 'short' | 'percent' | 'number' | 'integer' | 'date' | 'light';

export type LedgerValue = string | number | null;

export type LedgerColumn = {
  key: LedgerColumnKey;
  header: string;
  width: number;
  kind: CellKind;
  value: (r: LedgerRow, sectorNames: ReadonlyMap<string, string>) => LedgerValue;
};

const SPEC: Record<LedgerColumnKey, Omit<LedgerColumn, 'key' | 'header'>> = {
  code: { width: 11, kind: 'short', value: (r) => r.code },
  measure: { width: 16, kind: 'text', value: (r) => r.measureNameZh },
  title: { width: 36, kind: 'text', value: (r) => r.title },
  leadUnit: { width: 20, kind: 'text', value: (r) => r.leadUnitNameZh },
  cooperatingUnits: { width: 24, kind: 'text', value: (r) => r.cooperatingUnitsZh },
  responsible: { width: 10, kind: 'short', value: (r) => r.responsibleName },
  dueDate: { width: 12, kind: 'date', value: (r) => r.dueDate ?? LONG_TERM_ZH },
  region: { width: 10, kind: 'short', value: (r) => r.regionNameZh },
  sectors: {
    width: 16,
    kind: 'text',
    value: (r, names) => r.sectors.map((s) => names.get(s) ?? s).join('、'),
  },
  expected: { width: 10, kind: 'percent', value: (r) => r.expected },
  progress: { width: 10, kind: 'percent', value: (r) => r.progress },
  gap: { width: 7, kind: 'number', value: (r) => r.gap },
  daysLate: { width: 10, kind: 'integer', value: (r) => r.daysLate },
  state: { width: 10, kind: 'short', value: (r) => SCHEDULE_STATE_ZH[r.state] },
  light: { width: 7, kind: 'light', value: (r) => LIGHT_ZH[r.light] },
  achievements: { width: 44, kind: 'text', value: (r) => r.achievements },
  problems: { width: 32, kind: 'text', value: (r) => r.problems },
  nextSteps: { width: 32, kind: 'text', value: (r) => r.nextSteps },
  period: { width: 10, kind: 'short', value: (r) => r.latestPeriod },
};

export const LEDGER: readonly LedgerColumn[] = LEDGER_COLUMNS.map((c) => ({
  key: c.key,
  header: c.zh,
  ...SPEC[c.key],
}));

// Every text of every export goes through here: user text that looks like a formula is neutralized.
export const safeValue = (v: LedgerValue): LedgerValue => (typeof v === 'string' ? neutralizeCell(v) : v);

export function ledgerValues(r: LedgerRow, sectorNames: ReadonlyMap<string, string>): LedgerValue[] {
  return LEDGER.map((c) => safeValue(c.value(r, sectorNames)));
}
