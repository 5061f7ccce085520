import type { Light, ScheduleState } from './task';

// The task ledger 台账 (domain README §4): its columns in order, shared by the .xlsx and .csv exports and
// recognised again by the import.
export const LEDGER_COLUMNS = [
  { key: 'code', zh: '任务编号', en: 'Code' },
  { key: 'measure', zh: '所属措施', en: 'Measure' },
  { key: 'title', zh: '任务名称', en: 'Title' },
  { key: 'leadUnit', zh: '牵头单位', en: 'Lead unit' },
  { key: 'cooperatingUnits', zh: '配合单位', en: 'Cooperating units' },
  { key: 'responsible', zh: '责任人', en: 'Responsible person' },
  { key: 'dueDate', zh: '完成时限', en: 'Due date' },
  { key: 'region', zh: '地区', en: 'Region' },
  { key: 'sectors', zh: '领域', en: 'Sectors' },
  { key: 'expected', zh: '序时进度', en: 'Expected progress %' },
  { key: 'progress', zh: '实际进度', en: 'Actual progress %' },
  { key: 'gap', zh: '偏差', en: 'Gap (points)' },
  { key: 'daysLate', zh: '滞后天数', en: 'Days late' },
  { key: 'state', zh: '序时状态', en: 'Schedule state' },
  { key: 'light', zh: '亮灯', en: 'Light' },
  { key: 'achievements', zh: '最新进展', en: 'Latest progress' },
  { key: 'problems', zh: '存在问题', en: 'Problems' },
  { key: 'nextSteps', zh: '下步打算', en: 'Next steps' },
  { key: 'period', zh: '报送期', en: 'Reporting period' },
] as const;
export type LedgerColumnKey = (typeof LEDGER_COLUMNS)[number]['key'];

export const SCHEDULE_STATE_ZH: Record<ScheduleState, string> = {
  not_started: '未启动',
  ahead: '超序时',
  on_track: '按序时',
  behind: '慢序时',
  overdue: '逾期',
  completed: '已完成',
  suspended: '暂缓',
};

export const LIGHT_ZH: Record<Light, string> = {
  green: '绿灯',
  yellow: '黄灯',
  red: '红灯',
  grey: '灰灯',
};

// A long-term task 长期/持续推进 has no due date.
export const LONG_TERM_ZH = '长期';
export const LONG_TERM_WORDS = ['长期', '持续', '持续推进', '长期推进', '长期坚持'] as const;

// "人工智能+行动任务台账_2026-11-29.xlsx": the date is the as-of date (a meeting's, or today).
export const ledgerFileName = (asOf: string, ext: 'xlsx' | 'csv') => `人工智能+行动任务台账_${asOf}.${ext}`;
