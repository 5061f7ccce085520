import type {
  DashboardSummary,
  MeetingChanges,
  MeetingDetail,
  MeetingView,
  TaskChange,
  TaskListItem,
} from '@plan/contracts';

export const buildMeetingView = (overrides: Partial<MeetingView> = {}): MeetingView => ({
  id: 'm2',
  title: '第二次调度会',
  heldOn: '2026-11-29',
  asOf: '2026-11-29',
  frozenAt: '2026-11-29T03:00:00.000Z',
  taskCount: 140,
  createdBy: { id: 'p-leader', displayName: '张卫东' },
  decisionCount: 0,
  ...overrides,
});

const counts = {
  tasks: 140,
  completed: 17,
  ahead: 15,
  onTrack: 54,
  behind: 28,
  overdue: 12,
  notStarted: 10,
  suspended: 4,
  reportsMissing: 16,
  averageProgress: 52.5,
};

export const buildListTask = (overrides: Partial<TaskListItem> = {}): TaskListItem => ({
  id: 't1',
  code: 'TAL-026',
  title: '完善人工智能人才服务保障制度',
  measure: { code: 'talent', nameZh: '构建多层次人才培养体系', nameEn: 'Talent' },
  region: { code: '330000', nameZh: '浙江省', nameEn: 'Zhejiang' },
  sectors: ['employment'],
  leadUnit: { id: 'u-zj', nameZh: '浙江省发展改革委', nameEn: 'Zhejiang DRC' },
  responsiblePerson: { id: 'p1', displayName: '曹磊丹' },
  startDate: '2025-09-23',
  dueDate: '2027-07-17',
  progress: 0,
  reportedState: 'not_started',
  suspendedReason: null,
  status: { expected: 50, actual: 0, gap: 50, daysLate: 241, state: 'behind', light: 'red' },
  sourceMeetingId: null,
  version: 1,
  archivedAt: null,
  createdAt: '2025-09-15T05:48:00.000Z',
  updatedAt: '2026-11-16T00:33:00.000Z',
  ...overrides,
});

export const buildSummary = (overrides: Partial<DashboardSummary> = {}): DashboardSummary => ({
  asOf: '2026-11-29',
  period: '2026-10',
  totals: { ...counts, completionRate: 12.1, lights: { green: 96, yellow: 14, red: 26, grey: 4 } },
  byMeasure: [
    { code: 'policy', nameZh: '强化政策引导与扶持', nameEn: 'Policy', ...counts, tasks: 28 },
    { code: 'talent', nameZh: '构建多层次人才培养体系', nameEn: 'Talent', ...counts, tasks: 112 },
  ],
  byRegion: [],
  bySector: [],
  bySectorMeasure: [],
  trend: [],
  upcomingMilestones: [],
  behind: [buildListTask()],
  ...overrides,
});

export const buildMeetingDetail = (overrides: Partial<MeetingDetail> = {}): MeetingDetail => ({
  ...buildMeetingView(),
  summary: buildSummary(),
  previousMeetingId: 'm1',
  ...overrides,
});

export const buildChange = (overrides: Partial<TaskChange> = {}): TaskChange => ({
  taskId: 't1',
  code: 'POL-003',
  title: '加大人工智能领域财政资金支持力度',
  leadUnitNameZh: '财政部',
  leadUnitNameEn: 'Ministry of Finance',
  before: { state: 'behind', light: 'yellow', progress: 40, problems: '' },
  after: { state: 'on_track', light: 'green', progress: 55, problems: '' },
  progressDelta: 15,
  ...overrides,
});

export const buildChanges = (overrides: Partial<MeetingChanges> = {}): MeetingChanges => ({
  from: { meetingId: 'm1', title: '第一次调度会', asOf: '2026-10-30' },
  to: { meetingId: 'm2', title: '第二次调度会', asOf: '2026-11-29' },
  stateChanged: [],
  lightChanged: [],
  newlyCompleted: [],
  newlyOverdue: [],
  largestProgress: [],
  newProblems: [],
  newTasks: [],
  ...overrides,
});
