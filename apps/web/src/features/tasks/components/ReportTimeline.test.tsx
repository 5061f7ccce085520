import type { ProgressReportView } from '@plan/contracts';
import { screen, within } from '@testing-library/react';
import { mockApi } from '../../../../test/mock-api';
import { renderWithProviders } from '../../../../test/render-with-providers';
import { ReportTimeline } from './ReportTimeline';

const report = (overrides: Partial<ProgressReportView>): ProgressReportView => ({
  id: 'r1',
  taskId: 't1',
  period: '2026-02',
  reportedState: 'in_progress',
  progress: 45,
  achievements: '完成政策初稿。',
  problems: '部门意见尚未统一。',
  nextSteps: '召开协调会。',
  suspendedReason: null,
  status: 'approved',
  author: { id: 'p1', displayName: '李四' },
  submittedAt: '2026-03-03T02:00:00.000Z',
  reviewedBy: { id: 'h1', displayName: '王主任' },
  reviewedAt: '2026-03-04T02:00:00.000Z',
  reviewComment: null,
  attachments: [],
  version: 1,
  createdAt: '2026-03-01T02:00:00.000Z',
  updatedAt: '2026-03-04T02:00:00.000Z',
  ...overrides,
});

describe(ReportTimeline.name, () => {
  it('lists every report with its review state, figures and texts, newest first', async () => {
    mockApi({
      'GET /api/tasks/t1/reports': [
        report({
          id: 'r3',
          period: '2026-03',
          status: 'returned',
          reviewComment: '请补充佐证材料。',
          progress: 50,
        }),
        report({
          id: 'r2',
          period: '2026-03',
          status: 'draft',
          submittedAt: null,
          reviewedBy: null,
          reviewedAt: null,
        }),
        report({ id: 'r1' }),
      ],
    });
    renderWithProviders(<ReportTimeline taskId="t1" basisReportId="r1" />);

    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(3);
    const [returned, draft, approved] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(returned).getByRole('heading', { name: '2026年3月报告' })).toBeTruthy();
    expect(within(returned).getByText('已退回')).toBeTruthy();
    expect(within(returned).getByText('退回意见')).toBeTruthy();
    expect(within(returned).getByText('请补充佐证材料。')).toBeTruthy();
    expect(within(returned).getByText('50%')).toBeTruthy();
    expect(within(draft).getByText('草稿')).toBeTruthy();
    expect(within(draft).getByText('未提交')).toBeTruthy();
    expect(within(approved).getByText('审核通过')).toBeTruthy();
    expect(within(approved).getByText('当前进度依据')).toBeTruthy();
    expect(within(approved).getByText('进展情况')).toBeTruthy();
    expect(within(approved).getByText('部门意见尚未统一。')).toBeTruthy();
    expect(within(approved).getByText('召开协调会。')).toBeTruthy();
    expect(within(approved).getByText('2026年3月3日')).toBeTruthy();
  });

  it('says so when there is nothing yet', async () => {
    mockApi({ 'GET /api/tasks/t1/reports': [] });
    renderWithProviders(<ReportTimeline taskId="t1" basisReportId={null} />);
    expect(await screen.findByText('暂无进展报告。')).toBeTruthy();
  });
});
