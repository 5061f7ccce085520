import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type {
  AdminPerson,
  AdminUnit,
  AuditListResponse,
  Cadence,
  CreatedWorkspace,
  Role,
  UnitLevel,
  WorkspaceSettingsView,
} from '@plan/contracts';
import { apiRequest } from '../../../lib/api-client';
import { toAuditQuery, type AuditFilters } from '../utils/audit-filters';
import { adminKeys } from './admin.keys';

export type CreateUnitBody = {
  code?: string;
  nameZh: string;
  nameEn: string;
  regionCode: string;
  level: UnitLevel;
  active?: boolean;
};
export type UpdateUnitBody = Partial<Omit<CreateUnitBody, 'code'>> & { version: number };

export type CreatePersonBody = {
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  regionScope?: string | null;
  password: string;
};
export type UpdatePersonBody = Partial<Omit<CreatePersonBody, 'username' | 'password'>> & {
  active?: boolean;
  version: number;
};

export type UpdateWorkspaceBody = {
  name?: string;
  cadence?: Cadence;
  dueDay?: number;
  timezone?: string;
  version: number;
};

export type CreateWorkspaceBody = {
  code: string;
  name: string;
  unit: { nameZh: string; nameEn: string; regionCode: string; level: UnitLevel };
  admin: { username: string; displayName: string; password: string };
};

const AUDIT_PAGE_SIZE = 50;

const id = (value: string) => encodeURIComponent(value);

export const fetchAdminUnits = (signal?: AbortSignal) => apiRequest<AdminUnit[]>('/units', { signal });
export const fetchAdminPeople = (signal?: AbortSignal) => apiRequest<AdminPerson[]>('/people', { signal });
export const fetchWorkspace = (signal?: AbortSignal) =>
  apiRequest<WorkspaceSettingsView>('/workspace', { signal });
export const fetchAudit = (filters: AuditFilters, cursor: string | null, signal?: AbortSignal) =>
  apiRequest<AuditListResponse>('/audit', {
    query: { ...toAuditQuery(filters), cursor, limit: AUDIT_PAGE_SIZE },
    signal,
  });

export const createUnit = (body: CreateUnitBody) => apiRequest<AdminUnit>('/units', { method: 'POST', body });
export const updateUnit = (unitId: string, body: UpdateUnitBody) =>
  apiRequest<AdminUnit>(`/units/${id(unitId)}`, { method: 'PATCH', body });
export const createPerson = (body: CreatePersonBody) =>
  apiRequest<AdminPerson>('/people', { method: 'POST', body });
export const updatePerson = (personId: string, body: UpdatePersonBody) =>
  apiRequest<AdminPerson>(`/people/${id(personId)}`, { method: 'PATCH', body });
export const resetPassword = (personId: string, password: string) =>
  apiRequest<void>(`/people/${id(personId)}/reset-password`, { method: 'POST', body: { password } });
export const updateWorkspace = (body: UpdateWorkspaceBody) =>
  apiRequest<WorkspaceSettingsView>('/workspace', { method: 'PATCH', body });

export const createWorkspace = (body: CreateWorkspaceBody) =>
  apiRequest<CreatedWorkspace>('/workspaces', { method: 'POST', body });

export const adminUnitsQueryOptions = () =>
  queryOptions({ queryKey: adminKeys.units(), queryFn: ({ signal }) => fetchAdminUnits(signal) });

export const adminPeopleQueryOptions = () =>
  queryOptions({ queryKey: adminKeys.people(), queryFn: ({ signal }) => fetchAdminPeople(signal) });

export const workspaceQueryOptions = () =>
  queryOptions({ queryKey: adminKeys.workspace(), queryFn: ({ signal }) => fetchWorkspace(signal) });

export const auditQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: adminKeys.audit(filters),
    queryFn: ({ signal, pageParam }) => fetchAudit(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
