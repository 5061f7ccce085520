import type { Locale } from '../../../lib/locale';

// Local copies until @plan/contracts exports them.
export const ROLES = ['admin', 'leader', 'unit_head', 'staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  locale: Locale;
  unit: { id: string; nameZh: string; nameEn: string } | null;
  workspace: { id: string; name: string };
};

export type LoginRequest = { username: string; password: string };
