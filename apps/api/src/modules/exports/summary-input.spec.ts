import { LIGHTS, SCHEDULE_STATES, summarizeRows, type TaskSnapshotRow } from '@plan/contracts';
import { SummaryInput } from './summary-input';

const row = (i: number): TaskSnapshotRow => ({
  taskId: `t${i}`,
  code: `C-${i}`,
  title: `任务 ${i}`,
  requirement: '要求',
  measureCode: ['policy', 'talent', 'security'][i % 3],
  measureNameZh: ['政策', '人才', '安全'][i % 3],
  measureNameEn: ['Policy', 'Talent', 'Security'][i % 3],
  regionCode: ['000000', '440000', '110000', '310000'][i % 4],
  regionNameZh: ['全国', '广东省', '北京市', '上海市'][i % 4],
  regionNameEn: ['National', 'Guangdong', 'Beijing', 'Shanghai'][i % 4],
  sectors: [['energy'], ['energy', 'manufacturing'], ['education']][i % 3 === 0 ? 0 : (i >> 1) % 3],
  leadUnitId: 'u',
  leadUnitNameZh: '单位',
  leadUnitNameEn: 'Unit',
  cooperatingUnitIds: ['a', 'b'],
  cooperatingUnitsZh: '甲、乙',
  cooperatingUnitsEn: 'A; B',
  responsibleName: '张三',
  startDate: '2026-01-01',
  dueDate: i % 5 ? '2026-12-31' : null,
  progress: (i * 37) % 101,
  reportedState: 'in_progress',
  suspendedReason: null,
  state: SCHEDULE_STATES[(i * 7) % SCHEDULE_STATES.length],
  light: LIGHTS[(i * 3) % LIGHTS.length],
  expected: 50,
  gap: 0,
  daysLate: 0,
  reportMissing: i % 6 === 1,
  latestPeriod: '2026-10',
  achievements: '进展',
  problems: '问题',
  nextSteps: '打算',
  sourceMeetingId: null,
});

describe(SummaryInput.name, () => {
  it('summarizes exactly like summarizeRows over the full rows', () => {
    const rows = Array.from({ length: 997 }, (_, i) => row(i));
    const input = new SummaryInput();
    for (const r of rows) input.add(r);
    expect(input.size).toBe(997);
    expect(input.summarize()).toEqual(summarizeRows(rows));
  });

  it('keeps every state, light, 0 and 100 per cent, and nothing at all', () => {
    const rows = [
      ...SCHEDULE_STATES.map((state, i) => ({ ...row(i), state, progress: 100 })),
      ...LIGHTS.map((light, i) => ({ ...row(i), light, progress: 0 })),
    ];
    const input = new SummaryInput();
    rows.forEach((r) => input.add(r));
    expect(input.summarize()).toEqual(summarizeRows(rows));
    expect(new SummaryInput().summarize()).toEqual(summarizeRows([]));
  });
});
