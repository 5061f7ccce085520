import type { Role } from '../../auth/api/types';

// The secretariat's work: freezing a meeting and recording its decisions (PRODUCT.md "Roles").
// The API does not check roles for meetings yet; the UI offers the actions to these roles only.
const MEETING_WRITERS: readonly Role[] = ['admin', 'leader'];

export const canManageMeetings = (role: Role | undefined): boolean =>
  role !== undefined && MEETING_WRITERS.includes(role);
