import type { AuditFilters } from '../utils/audit-filters';

export const adminKeys = {
  all: ['admin'] as const,
  units: () => [...adminKeys.all, 'units'] as const,
  people: () => [...adminKeys.all, 'people'] as const,
  workspace: () => [...adminKeys.all, 'workspace'] as const,
  audits: () => [...adminKeys.all, 'audit'] as const,
  audit: (filters: AuditFilters) => [...adminKeys.audits(), filters] as const,
};
