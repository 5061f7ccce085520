import type {
  MyTaskRow,
  MyTasksResponse,
  NotificationView,
  ProgressReportView,
  SubmissionMatrix,
  TaskDetail,
  TaskListItem,
} from '@plan/contracts';

export const buildListTask = (overrides: Partial<TaskListItem> = {}): TaskListItem => ({
  id: 't1',
  code: 'PIL-001',
  title: '开展“人工智能+”制造业试点',
  measure: { code: 'pilots', nameZh: '开展试点示范', nameEn: 'Pilots' },
  region: { code: '000000', nameZh: '全国', nameEn: 'National' },
  sectors: ['manufacturing'],
  leadUnit: { id: 'miit', nameZh: '工业和信息化部', nameEn: 'MIIT' },
  responsiblePerson: { id: 'p1', displayName: '王晓燕' },
  startDate: '2025-09-01',
  dueDate: '2027-06-30',
  progress: 40,
  reportedState: 'in_progress',
  suspendedReason: null,
  status: { expected: 45, actual: 40, gap: 5, daysLate: 0, state: 'on_track', light: 'green' },
  sourceMeetingId: null,
  version: 3,
  archivedAt: null,
  createdAt: '2025-08-20T08:00:00.000Z',
  updatedAt: '2026-10-20T08:00:00.000Z',
  ...overrides,
});

export const buildTaskDetail = (overrides: Partial<TaskDetail> = {}): TaskDetail => ({
  ...buildListTask(),
  requirement: '在重点行业开展试点。',
  cooperatingUnits: [],
  milestones: [],
  latestApprovedReport: null,
  createdBy: null,
  updatedBy: null,
  ...overrides,
});

export const buildReport = (overrides: Partial<ProgressReportView> = {}): ProgressReportView => ({
  id: 'r1',
  taskId: 't1',
  period: '2026-11',
  reportedState: 'in_progress',
  progress: 50,
  achievements: '完成试点遴选。',
  problems: '',
  nextSteps: '组织评估。',
  suspendedReason: null,
  status: 'draft',
  author: { id: 'u-staff', displayName: '王晓燕' },
  submittedAt: null,
  reviewedBy: null,
  reviewedAt: null,
  reviewComment: null,
  attachments: [],
  version: 1,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  ...overrides,
});

export const buildMyTasks = (rows: MyTaskRow[], period = '2026-11'): MyTasksResponse => {
  const counts = { none: 0, draft: 0, submitted: 0, approved: 0, returned: 0, total: rows.length };
  for (const row of rows) counts[row.status] += 1;
  return { period, dueDate: '2026-12-05', counts, items: rows };
};

export const buildMatrix = (): SubmissionMatrix => ({
  periods: ['2026-10', '2026-11'],
  units: [
    {
      unit: { id: 'unit-a', regionCode: '000000', nameZh: '工业和信息化部', nameEn: 'MIIT' },
      cells: [
        {
          period: '2026-10',
          owed: 4,
          onTime: 2,
          late: 1,
          missing: 1,
          returned: 0,
          pending: 0,
          state: 'missing',
        },
        {
          period: '2026-11',
          owed: 4,
          onTime: 0,
          late: 0,
          missing: 0,
          returned: 0,
          pending: 4,
          state: 'pending',
        },
      ],
    },
    {
      unit: { id: 'unit-b', regionCode: '440000', nameZh: '广东省工业和信息化厅', nameEn: 'Guangdong DIIT' },
      cells: [
        {
          period: '2026-10',
          owed: 2,
          onTime: 2,
          late: 0,
          missing: 0,
          returned: 0,
          pending: 0,
          state: 'on_time',
        },
        {
          period: '2026-11',
          owed: 0,
          onTime: 0,
          late: 0,
          missing: 0,
          returned: 0,
          pending: 0,
          state: 'none',
        },
      ],
    },
  ],
});

export const buildNotification = (overrides: Partial<NotificationView> = {}): NotificationView => ({
  id: 'n1',
  kind: 'report_returned',
  params: {
    period: '2026-11',
    taskCode: 'PIL-001',
    taskTitle: '制造业试点',
    fromName: '李明华',
    comment: '请补充数据',
  },
  link: '/reporting/tasks/t1?period=2026-11',
  createdAt: '2026-11-29T02:00:00.000Z',
  readAt: null,
  ...overrides,
});
