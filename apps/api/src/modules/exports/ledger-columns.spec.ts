import type { TaskSnapshotRow } from '@plan/contracts';
import { LEDGER, ledgerValues, toLedgerRow } from './ledger-columns';

const row = {
  taskId: 't',
  code: 'POL-001',
  title: '=HYPERLINK("http://x","y")',
  requirement: '要求',
  measureCode: 'policy',
  measureNameZh: '强化政策引导与扶持',
  measureNameEn: 'Policy',
  regionCode: '440000',
  regionNameZh: '广东省',
  regionNameEn: 'Guangdong',
  sectors: ['energy', 'manufacturing'],
  leadUnitId: 'u',
  leadUnitNameZh: '广东省工业和信息化厅',
  leadUnitNameEn: 'x',
  cooperatingUnitIds: [],
  cooperatingUnitsZh: '',
  cooperatingUnitsEn: '',
  responsibleName: '@王晓燕',
  startDate: '2026-01-01',
  dueDate: null,
  progress: 40,
  reportedState: 'in_progress',
  suspendedReason: null,
  state: 'behind',
  light: 'yellow',
  expected: 55.5,
  gap: 15.5,
  daysLate: 12,
  reportMissing: false,
  latestPeriod: '2026-10',
  achievements: '-完成调研',
  problems: '+资金',
  nextSteps: '\t下一步',
  sourceMeetingId: null,
} satisfies TaskSnapshotRow;

describe(ledgerValues.name, () => {
  it('gives the ledger columns in order, labels in Chinese, user text neutralized', () => {
    const names = new Map([
      ['energy', '能源'],
      ['manufacturing', '制造业'],
    ]);
    const values = Object.fromEntries(
      LEDGER.map((c, i) => [c.header, ledgerValues(toLedgerRow(row), names)[i]]),
    );
    expect(values).toEqual({
      任务编号: 'POL-001',
      所属措施: '强化政策引导与扶持',
      任务名称: `'=HYPERLINK("http://x","y")`,
      牵头单位: '广东省工业和信息化厅',
      配合单位: '',
      责任人: `'@王晓燕`,
      完成时限: '长期',
      地区: '广东省',
      领域: '能源、制造业',
      序时进度: 55.5,
      实际进度: 40,
      偏差: 15.5,
      滞后天数: 12,
      序时状态: '慢序时',
      亮灯: '黄灯',
      最新进展: `'-完成调研`,
      存在问题: `'+资金`,
      下步打算: `'\t下一步`,
      报送期: '2026-10',
    });
  });

  it('shows a due date as it is and an unknown sector by its code', () => {
    const values = ledgerValues(
      { ...toLedgerRow(row), dueDate: '2026-12-31', sectors: ['space'] },
      new Map(),
    );
    expect(values[LEDGER.findIndex((c) => c.key === 'dueDate')]).toBe('2026-12-31');
    expect(values[LEDGER.findIndex((c) => c.key === 'sectors')]).toBe('space');
  });
});
