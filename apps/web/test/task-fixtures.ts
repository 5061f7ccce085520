import type { Me } from '../src/features/auth/api/types';
import type { TaskDetail, TaskListItem } from '../src/features/tasks/api/types';

export const buildMe = (overrides: Partial<Me> = {}): Me => ({
  id: 'u1',
  username: 'zhang.san',
  displayName: '张三',
  role: 'staff',
  locale: 'zh-CN',
  unit: { id: 'unit-1', nameZh: '广东省工业和信息化厅', nameEn: 'Guangdong Department of Industry and IT' },
  workspace: { id: 'w1', name: '国家人工智能+专班' },
  ...overrides,
});

export const buildTask = (overrides: Partial<TaskListItem> = {}): TaskListItem => ({
  id: 't1',
  code: 'POL-001',
  title: '加快完善制定各领域“人工智能+”专项政策',
  measure: { code: 'policy', nameZh: '强化政策引导与扶持', nameEn: 'Strengthen policy guidance and support' },
  region: { code: '000000', nameZh: '全国', nameEn: 'National' },
  sectors: ['manufacturing'],
  leadUnit: { id: 'ndrc', nameZh: '国家发展改革委', nameEn: 'NDRC' },
  responsiblePerson: { id: 'p1', displayName: '李四' },
  startDate: '2025-09-01',
  dueDate: '2026-11-29',
  progress: 45,
  reportedState: 'in_progress',
  status: { expected: 60, actual: 45, gap: 15, daysLate: 12, state: 'behind', light: 'yellow' },
  version: 1,
  archivedAt: null,
  updatedAt: '2026-03-01T08:00:00.000Z',
  ...overrides,
});

export const buildTaskDetail = (overrides: Partial<TaskDetail> = {}): TaskDetail => ({
  ...buildTask(),
  requirement: '在《意见》总体框架下完善各领域专项政策。',
  cooperatingUnits: [{ id: 'miit', nameZh: '工业和信息化部', nameEn: 'MIIT' }],
  milestones: [
    {
      id: 'm1',
      title: '形成政策初稿',
      dueDate: '2026-01-31',
      weight: 40,
      doneDate: '2026-01-20',
      version: 1,
    },
    { id: 'm2', title: '印发实施', dueDate: '2026-06-30', weight: 60, doneDate: null, version: 1 },
  ],
  latestApprovedReport: null,
  ...overrides,
});
