import { PASSWORD_MIN_LENGTH, USERNAME_PATTERN, type AdminPerson, type Role } from '@plan/contracts';
import type { CreatePersonBody, UpdatePersonBody } from '../api/admin.api';
import { checkText, type TextErrorKey } from './form-checks';

export type PersonFormValues = {
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  regionScope: string;
  password: string;
};
export type PersonFormField = keyof PersonFormValues;
export type PersonFormErrorKey = TextErrorKey | 'username' | 'passwordShort' | 'passwordMismatch';
export type PersonFormErrors = Partial<Record<PersonFormField, PersonFormErrorKey>>;

export const DISPLAY_NAME_MAX = 100;
export const PERSON_FIELDS: readonly PersonFormField[] = [
  'username',
  'displayName',
  'role',
  'unitId',
  'regionScope',
  'password',
];

export const emptyPersonForm = (): PersonFormValues => ({
  username: '',
  displayName: '',
  role: 'staff',
  unitId: '',
  regionScope: '',
  password: '',
});

export const personToForm = (person: AdminPerson): PersonFormValues => ({
  username: person.username,
  displayName: person.displayName,
  role: person.role,
  unitId: person.unitId,
  regionScope: person.regionScope ?? '',
  password: '',
});

export const checkPassword = (password: string): PersonFormErrorKey | undefined =>
  !password ? 'required' : password.length < PASSWORD_MIN_LENGTH ? 'passwordShort' : undefined;

export const validatePersonForm = (values: PersonFormValues, creating: boolean): PersonFormErrors => {
  const errors: PersonFormErrors = {};
  if (creating) {
    const username = values.username.trim().toLowerCase();
    if (!username) errors.username = 'required';
    else if (!USERNAME_PATTERN.test(username)) errors.username = 'username';
    const password = checkPassword(values.password);
    if (password) errors.password = password;
  }
  const name = checkText(values.displayName, DISPLAY_NAME_MAX);
  if (name) errors.displayName = name;
  if (!values.unitId) errors.unitId = 'required';
  return errors;
};

// A region limit exists only for viewers; any other role sends none.
const regionScopeOf = (values: PersonFormValues) =>
  values.role === 'viewer' && values.regionScope ? values.regionScope : null;

export const toCreatePersonBody = (values: PersonFormValues): CreatePersonBody => ({
  username: values.username.trim().toLowerCase(),
  displayName: values.displayName.trim(),
  role: values.role,
  unitId: values.unitId,
  regionScope: regionScopeOf(values),
  password: values.password,
});

export const toUpdatePersonBody = (values: PersonFormValues, person: AdminPerson): UpdatePersonBody => {
  const body: UpdatePersonBody = { version: person.version };
  if (values.displayName.trim() !== person.displayName) body.displayName = values.displayName.trim();
  if (values.role !== person.role) body.role = values.role;
  if (values.unitId !== person.unitId) body.unitId = values.unitId;
  const scope = regionScopeOf(values);
  if (scope !== person.regionScope) body.regionScope = scope;
  return body;
};
