import type { AdminUnit, UnitLevel } from '@plan/contracts';
import type { CreateUnitBody, UpdateUnitBody } from '../api/admin.api';
import { checkText, type TextErrorKey } from './form-checks';

export type UnitFormValues = {
  code: string;
  nameZh: string;
  nameEn: string;
  regionCode: string;
  level: UnitLevel;
  active: boolean;
};
export type UnitFormField = 'code' | 'nameZh' | 'nameEn' | 'regionCode';
export type UnitFormErrorKey = TextErrorKey | 'code';
export type UnitFormErrors = Partial<Record<UnitFormField, UnitFormErrorKey>>;

// Mirrors CreateUnitDto in apps/api.
export const UNIT_NAME_ZH_MAX = 200;
export const UNIT_NAME_EN_MAX = 300;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const UNIT_FIELDS: readonly UnitFormField[] = ['code', 'nameZh', 'nameEn', 'regionCode'];

export const emptyUnitForm = (): UnitFormValues => ({
  code: '',
  nameZh: '',
  nameEn: '',
  regionCode: '',
  level: 'provincial',
  active: true,
});

export const unitToForm = (unit: AdminUnit): UnitFormValues => ({
  code: unit.code,
  nameZh: unit.nameZh,
  nameEn: unit.nameEn,
  regionCode: unit.regionCode,
  level: unit.level,
  active: unit.active,
});

export const validateUnitForm = (values: UnitFormValues, creating: boolean): UnitFormErrors => {
  const errors: UnitFormErrors = {};
  const code = values.code.trim();
  if (creating && code && !CODE.test(code)) errors.code = 'code';
  const zh = checkText(values.nameZh, UNIT_NAME_ZH_MAX);
  if (zh) errors.nameZh = zh;
  const en = checkText(values.nameEn, UNIT_NAME_EN_MAX);
  if (en) errors.nameEn = en;
  if (!values.regionCode) errors.regionCode = 'required';
  return errors;
};

export const toCreateUnitBody = (values: UnitFormValues): CreateUnitBody => ({
  ...(values.code.trim() ? { code: values.code.trim() } : {}),
  nameZh: values.nameZh.trim(),
  nameEn: values.nameEn.trim(),
  regionCode: values.regionCode,
  level: values.level,
  active: values.active,
});

// Only what changed travels, with the version that was read.
export const toUpdateUnitBody = (values: UnitFormValues, unit: AdminUnit): UpdateUnitBody => {
  const body: UpdateUnitBody = { version: unit.version };
  if (values.nameZh.trim() !== unit.nameZh) body.nameZh = values.nameZh.trim();
  if (values.nameEn.trim() !== unit.nameEn) body.nameEn = values.nameEn.trim();
  if (values.regionCode !== unit.regionCode) body.regionCode = values.regionCode;
  if (values.level !== unit.level) body.level = values.level;
  if (values.active !== unit.active) body.active = values.active;
  return body;
};
