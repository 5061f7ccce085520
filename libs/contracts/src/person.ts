export const ROLES = ['admin', 'leader', 'unit_head', 'staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  locale: Locale;
  regionScope: string | null;
  unit: { id: string; nameZh: string; nameEn: string } | null;
  workspace: { id: string; name: string };
  // Send back in the X-CSRF-Token header of every write (POST, PUT, PATCH, DELETE).
  csrfToken: string;
};
