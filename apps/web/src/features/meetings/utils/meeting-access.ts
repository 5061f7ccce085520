import { reachOf } from '@plan/contracts';
import type { Role } from '../../auth/api/types';

// Freezing a meeting and recording its decisions: as the API's route policy allows (leaders).
export const canManageMeetings = (role: Role | undefined): boolean =>
  role !== undefined && reachOf(role, 'POST /api/meetings') !== null;
