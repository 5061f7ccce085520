import type { TaskListItem } from '@plan/contracts';
import { toLaggingRows, toUpcomingRows } from './to-watchlist-series';

const milestone = {
  id: 'm1',
  title: '发布职业标准征求意见稿',
  dueDate: '2026-11-30',
  daysLeft: 1,
  task: { id: 't1', code: 'TAL-020', title: '建设人工智能产教融合平台' },
  leadUnit: { id: 'u1', nameZh: '广东省发展改革委', nameEn: 'Guangdong DRC' },
};

const task = {
  id: 't2',
  code: 'TAL-026',
  title: '完善人工智能人才服务保障制度',
  measure: { code: 'talent', nameZh: '人才', nameEn: 'Talent' },
  region: { code: '330000', nameZh: '浙江省', nameEn: 'Zhejiang' },
  leadUnit: { id: 'u2', nameZh: '浙江省发展改革委', nameEn: 'Zhejiang DRC' },
  progress: 0,
  status: { expected: 50, actual: 0, gap: 50, daysLate: 241, state: 'behind', light: 'red' },
} as unknown as TaskListItem;

describe('watch lists', () => {
  it('flattens upcoming milestones with the lead unit in the UI language', () => {
    expect(toUpcomingRows([milestone], 'en')).toEqual([
      {
        id: 'm1',
        title: '发布职业标准征求意见稿',
        dueDate: '2026-11-30',
        daysLeft: 1,
        taskId: 't1',
        taskCode: 'TAL-020',
        taskTitle: '建设人工智能产教融合平台',
        leadUnit: 'Guangdong DRC',
      },
    ]);
  });

  it('flattens lagging tasks with days late, state and light', () => {
    expect(toLaggingRows([task], 'zh-CN')).toEqual([
      {
        id: 't2',
        code: 'TAL-026',
        title: '完善人工智能人才服务保障制度',
        leadUnit: '浙江省发展改革委',
        region: '浙江省',
        daysLate: 241,
        progress: 0,
        expected: 50,
        state: 'behind',
        light: 'red',
      },
    ]);
  });

  it('is empty without data', () => {
    expect(toUpcomingRows(undefined, 'en')).toEqual([]);
    expect(toLaggingRows(undefined, 'en')).toEqual([]);
  });
});
