import { isIsoDate } from '@plan/contracts';
import type { QueryValue } from '../../../lib/api-client';

export type AuditFilters = {
  action: string;
  entity: string;
  entityId: string;
  actorId: string;
  from: string;
  to: string;
};

export const AUDIT_FILTER_KEYS: readonly (keyof AuditFilters)[] = [
  'action',
  'entity',
  'entityId',
  'actorId',
  'from',
  'to',
];

// The record types the API writes events for (from the contracts); the filter offers these.
export { AUDIT_ENTITIES } from '@plan/contracts';

export const emptyAuditFilters = (): AuditFilters => ({
  action: '',
  entity: '',
  entityId: '',
  actorId: '',
  from: '',
  to: '',
});

// Filters live in the URL so a link reproduces the view; anything malformed is dropped, not sent.
export const auditFiltersFromParams = (params: URLSearchParams): AuditFilters => {
  const get = (key: keyof AuditFilters) => params.get(key)?.trim() ?? '';
  const date = (key: 'from' | 'to') => (isIsoDate(get(key)) ? get(key) : '');
  return {
    action: /^[a-z_]+(\.[a-z_]*)?$/.test(get('action')) ? get('action') : '',
    entity: /^[a-z_]+$/.test(get('entity')) ? get('entity') : '',
    entityId: /^[A-Za-z0-9-]{1,64}$/.test(get('entityId')) ? get('entityId') : '',
    actorId: /^[0-9a-f-]{36}$/i.test(get('actorId')) ? get('actorId') : '',
    from: date('from'),
    to: date('to'),
  };
};

export const auditFiltersToParams = (filters: AuditFilters): URLSearchParams => {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  return params;
};

export const toAuditQuery = (filters: AuditFilters): Record<string, QueryValue> => {
  const query: Record<string, QueryValue> = {};
  for (const key of AUDIT_FILTER_KEYS) if (filters[key]) query[key] = filters[key];
  return query;
};

export const hasAuditFilters = (filters: AuditFilters) => AUDIT_FILTER_KEYS.some((key) => filters[key]);
