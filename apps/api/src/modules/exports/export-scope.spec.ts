import { describeScope, type ScopeNames } from './export-scope';

const n: ScopeNames = {
  measures: new Map([['policy', '强化政策引导与扶持']]),
  regions: new Map([['440000', '广东省']]),
  sectors: new Map([['energy', '能源']]),
  units: new Map([['u1', '工业和信息化部']]),
};

describe(describeScope.name, () => {
  it('says 全部任务 without filters', () => {
    expect(describeScope({}, n)).toBe('全部任务');
  });

  it('names every filter in Chinese, unknown codes as they are', () => {
    expect(
      describeScope(
        {
          measure: ['policy'],
          region: ['440000', '990000'],
          sector: ['energy'],
          leadUnit: ['u1'],
          state: ['behind', 'overdue'],
          light: ['red'],
          dueFrom: '2026-01-01',
          q: '算力',
          archived: 'include',
        },
        n,
      ),
    ).toBe(
      '措施：强化政策引导与扶持；地区：广东省、990000；领域：能源；牵头单位：工业和信息化部；序时状态：慢序时、逾期；亮灯：红灯；完成时限：2026-01-01 至 …；关键词：算力；含已归档',
    );
  });
});
