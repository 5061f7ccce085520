import type { AdminPerson, AdminUnit, AuditEventView, WorkspaceSettingsView } from '@plan/contracts';

export const buildUnit = (overrides: Partial<AdminUnit> = {}): AdminUnit => ({
  id: 'u-miit',
  code: 'miit',
  nameZh: '工业和信息化部',
  nameEn: 'MIIT',
  regionCode: '000000',
  level: 'central',
  active: true,
  version: 1,
  ...overrides,
});

export const buildPerson = (overrides: Partial<AdminPerson> = {}): AdminPerson => ({
  id: 'p-staff',
  username: 'staff',
  displayName: '王经办',
  role: 'staff',
  unitId: 'u-miit',
  regionScope: null,
  active: true,
  version: 1,
  ...overrides,
});

export const buildSettings = (overrides: Partial<WorkspaceSettingsView> = {}): WorkspaceSettingsView => ({
  id: 'w1',
  code: 'demo',
  name: '国家人工智能+行动专班',
  timezone: 'Asia/Shanghai',
  cadence: 'month',
  dueDay: 5,
  version: 1,
  updatedAt: '2026-11-29T00:00:00.000Z',
  ...overrides,
});

export const buildAuditEvent = (overrides: Partial<AuditEventView> = {}): AuditEventView => ({
  id: '10',
  at: '2026-11-29T02:30:00.000Z',
  action: 'person.update',
  entity: 'person',
  entityId: 'p-staff',
  actor: { id: 'p-admin', username: 'admin', displayName: '系统管理员' },
  before: { displayName: '王经办', role: 'staff' },
  after: { displayName: '王小明', role: 'staff' },
  requestId: 'req-1',
  ip: '10.0.0.1',
  ...overrides,
});

export const adminReferenceRoutes = {
  'GET /api/regions': [
    { code: '000000', nameZh: '全国', nameEn: 'National', short: 'CN', abbrZh: '全国', type: 'national' },
    { code: '440000', nameZh: '广东省', nameEn: 'Guangdong', short: 'GD', abbrZh: '粤', type: 'province' },
  ],
};
