import type { Cadence } from './period';
import type { Role } from './person';

export const UNIT_LEVELS = ['central', 'provincial', 'local'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

// What GET /api/units and /api/people list and the admin writes answer; passwords never leave the server.
export type AdminUnit = {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  regionCode: string;
  level: UnitLevel;
  active: boolean;
  version: number;
};

export type AdminPerson = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  regionScope: string | null;
  active: boolean;
  version: number;
};

export type WorkspaceSettingsView = {
  id: string;
  code: string;
  name: string;
  timezone: string;
  cadence: Cadence;
  dueDay: number;
  version: number;
  updatedAt: string;
};

export type CreatedWorkspace = {
  workspace: WorkspaceSettingsView;
  unitId: string;
  adminId: string;
  measureCount: number;
};

export type AuditEventView = {
  id: string;
  at: string;
  action: string;
  entity: string;
  entityId: string | null;
  actor: { id: string; username: string; displayName: string } | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
};

export type AuditListResponse = { items: AuditEventView[]; nextCursor: string | null };

export const AUDIT_LIST_DEFAULT_LIMIT = 50;
export const AUDIT_LIST_MAX_LIMIT = 200;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const REPORT_DUE_DAY_MAX = 28;
// Lower-case letters, digits, dot, dash and underscore; starts with a letter or digit.
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

// The record types audit events are written for (the API's AuditService takes only these).
export const AUDIT_ENTITIES = [
  'task',
  'milestone',
  'progress_report',
  'report_attachment',
  'reporting_period',
  'meeting',
  'notification',
  'unit',
  'person',
  'workspace',
  'session',
  'import',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
