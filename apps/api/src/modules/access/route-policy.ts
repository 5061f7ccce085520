// The table lives in the contracts so the web offers exactly what the API allows.
export { PUBLIC, ROUTE_POLICY, reachCovers, reachOf } from '@plan/contracts';
export type { Reach, ResourceKind, RouteRule } from '@plan/contracts';
