import type { AuthUser } from '../../common/request-context';
import type { ResourcePlace } from './resource.repository';
import { reachCovers, type Reach } from './route-policy';

export type Verdict = 'allow' | 'not-found' | 'forbidden';

// May `user`, whose role reaches `reach`, act on the row at `place`? (null: not in the workspace)
export function judge(
  user: Pick<AuthUser, 'role' | 'unitId' | 'regionScope'>,
  reach: Reach,
  place: ResourcePlace | null,
): Verdict {
  if (!place) return 'not-found';
  if (!sees(user, place.regionCode)) return 'not-found';
  if (reach === 'workspace') return 'allow';
  // Unit reach needs a task to measure against; anything else is refused.
  if (place.leadUnitId === null) return 'forbidden';
  const task = { leadUnitId: place.leadUnitId, cooperatingUnitIds: place.cooperating ? [user.unitId] : [] };
  return reachCovers(reach, user.unitId, task) ? 'allow' : 'forbidden';
}

// A viewer limited to a region sees only that region's rows.
export function regionLimited(user: Pick<AuthUser, 'role' | 'regionScope'>): boolean {
  return user.role === 'viewer' && Boolean(user.regionScope);
}

export function sees(user: Pick<AuthUser, 'role' | 'regionScope'>, regionCode: string | null): boolean {
  if (!regionLimited(user) || regionCode === null) return true;
  return regionCode === user.regionScope;
}

// A region no task has: the filter a scoped viewer gets when asking for another region.
const NO_REGION = '999999';

// List filters narrowed to what the caller may see (a viewer limited to a region).
export function scopeRegions(
  user: Pick<AuthUser, 'role' | 'regionScope'>,
  region: string[] | undefined,
): string[] | undefined {
  if (user.role !== 'viewer' || !user.regionScope) return region;
  if (!region?.length) return [user.regionScope];
  return region.includes(user.regionScope) ? [user.regionScope] : [NO_REGION];
}

// The units a unit head's matrix and reminders are limited to (its own); others: as asked.
export function scopeUnits(
  user: Pick<AuthUser, 'role' | 'unitId'>,
  unitIds: string[] | undefined,
): string[] | undefined {
  return user.role === 'unit_head' ? [user.unitId] : unitIds;
}

// The task filters of a list, dashboard or export, narrowed to what the caller may see.
export function scopeFilters<T extends { region?: string[] }>(
  user: Pick<AuthUser, 'role' | 'regionScope'>,
  filters: T,
): T {
  // Same class as given (the validated query object), with the region narrowed.
  return Object.assign(Object.create(Object.getPrototypeOf(filters) as object) as T, filters, {
    region: scopeRegions(user, filters.region),
  });
}
