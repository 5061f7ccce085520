import { PASSWORD_MIN_LENGTH, USERNAME_PATTERN, type UnitLevel } from '@plan/contracts';
import type { CreateWorkspaceBody } from '../api/admin.api';
import { checkText, type TextErrorKey } from './form-checks';
import { DISPLAY_NAME_MAX } from './person-form';
import { WORKSPACE_NAME_MAX } from './settings-form';
import { UNIT_NAME_EN_MAX, UNIT_NAME_ZH_MAX } from './unit-form';

export type WorkspaceFormValues = {
  code: string;
  name: string;
  unitNameZh: string;
  unitNameEn: string;
  unitRegion: string;
  unitLevel: UnitLevel;
  adminUsername: string;
  adminName: string;
  adminPassword: string;
};
export type WorkspaceFormField = keyof WorkspaceFormValues;
export type WorkspaceFormErrorKey = TextErrorKey | 'workspaceCode' | 'username' | 'passwordShort';
export type WorkspaceFormErrors = Partial<Record<WorkspaceFormField, WorkspaceFormErrorKey>>;

// Mirrors CreateWorkspaceDto in apps/api.
const CODE = /^[a-z0-9][a-z0-9-]{1,63}$/;
export const WORKSPACE_FIELDS: readonly WorkspaceFormField[] = [
  'code',
  'name',
  'unitNameZh',
  'unitNameEn',
  'unitRegion',
  'unitLevel',
  'adminUsername',
  'adminName',
  'adminPassword',
];
export const WORKSPACE_FIELD_MAX: Partial<Record<WorkspaceFormField, number>> = {
  name: WORKSPACE_NAME_MAX,
  unitNameZh: UNIT_NAME_ZH_MAX,
  unitNameEn: UNIT_NAME_EN_MAX,
  adminName: DISPLAY_NAME_MAX,
};

export const emptyWorkspaceForm = (): WorkspaceFormValues => ({
  code: '',
  name: '',
  unitNameZh: '',
  unitNameEn: '',
  unitRegion: '',
  unitLevel: 'provincial',
  adminUsername: '',
  adminName: '',
  adminPassword: '',
});

export const validateWorkspaceForm = (v: WorkspaceFormValues): WorkspaceFormErrors => {
  const errors: WorkspaceFormErrors = {};
  const code = v.code.trim().toLowerCase();
  if (!code) errors.code = 'required';
  else if (!CODE.test(code)) errors.code = 'workspaceCode';
  for (const field of ['name', 'unitNameZh', 'unitNameEn', 'adminName'] as const) {
    const error = checkText(v[field], WORKSPACE_FIELD_MAX[field] ?? 0);
    if (error) errors[field] = error;
  }
  if (!v.unitRegion) errors.unitRegion = 'required';
  const username = v.adminUsername.trim().toLowerCase();
  if (!username) errors.adminUsername = 'required';
  else if (!USERNAME_PATTERN.test(username)) errors.adminUsername = 'username';
  if (!v.adminPassword) errors.adminPassword = 'required';
  else if (v.adminPassword.length < PASSWORD_MIN_LENGTH) errors.adminPassword = 'passwordShort';
  return errors;
};

export const toCreateWorkspaceBody = (v: WorkspaceFormValues): CreateWorkspaceBody => ({
  code: v.code.trim().toLowerCase(),
  name: v.name.trim(),
  unit: {
    nameZh: v.unitNameZh.trim(),
    nameEn: v.unitNameEn.trim(),
    regionCode: v.unitRegion,
    level: v.unitLevel,
  },
  admin: {
    username: v.adminUsername.trim().toLowerCase(),
    displayName: v.adminName.trim(),
    password: v.adminPassword,
  },
});
