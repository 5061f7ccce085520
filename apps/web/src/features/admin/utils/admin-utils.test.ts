import type { AdminPerson, AdminUnit, WorkspaceSettingsView } from '@plan/contracts';
import { auditDiff, changedOnly } from './audit-diff';
import {
  auditFiltersFromParams,
  auditFiltersToParams,
  emptyAuditFilters,
  toAuditQuery,
} from './audit-filters';
import { filterPeople } from './people-filter';
import {
  emptyPersonForm,
  personToForm,
  toCreatePersonBody,
  toUpdatePersonBody,
  validatePersonForm,
} from './person-form';
import {
  settingsToForm,
  timeZoneOptions,
  toUpdateWorkspaceBody,
  utcOffsetLabel,
  validateSettingsForm,
} from './settings-form';
import { emptyUnitForm, toCreateUnitBody, toUpdateUnitBody, unitToForm, validateUnitForm } from './unit-form';
import { emptyWorkspaceForm, toCreateWorkspaceBody, validateWorkspaceForm } from './workspace-form';

const unit: AdminUnit = {
  id: 'u1',
  code: 'gd-miit',
  nameZh: '广东省工业和信息化厅',
  nameEn: 'Guangdong DIIT',
  regionCode: '440000',
  level: 'provincial',
  active: true,
  version: 3,
};

const person: AdminPerson = {
  id: 'p1',
  username: 'zhang.wei',
  displayName: '张伟',
  role: 'viewer',
  unitId: 'u1',
  regionScope: '440000',
  active: true,
  version: 2,
};

describe('unit form', () => {
  it('needs both names and a region, and a well-formed code only when creating', () => {
    expect(validateUnitForm(emptyUnitForm(), true)).toEqual({
      nameZh: 'required',
      nameEn: 'required',
      regionCode: 'required',
    });
    const values = { ...unitToForm(unit), code: '坏 code' };
    expect(validateUnitForm(values, true)).toEqual({ code: 'code' });
    expect(validateUnitForm(values, false)).toEqual({});
    expect(validateUnitForm({ ...unitToForm(unit), nameZh: 'x'.repeat(201) }, false)).toEqual({
      nameZh: 'tooLong',
    });
  });

  it('trims, leaves an empty code out, and sends only changed fields with the version', () => {
    expect(
      toCreateUnitBody({ ...emptyUnitForm(), nameZh: ' 甲 ', nameEn: ' A ', regionCode: '000000' }),
    ).toEqual({
      nameZh: '甲',
      nameEn: 'A',
      regionCode: '000000',
      level: 'provincial',
      active: true,
    });
    expect(toUpdateUnitBody({ ...unitToForm(unit), nameZh: '广东省工信厅 ', active: false }, unit)).toEqual({
      version: 3,
      nameZh: '广东省工信厅',
      active: false,
    });
    expect(toUpdateUnitBody(unitToForm(unit), unit)).toEqual({ version: 3 });
  });
});

describe('person form', () => {
  it('checks username and password only when creating', () => {
    const values = {
      ...emptyPersonForm(),
      username: 'A b',
      displayName: '张三',
      unitId: 'u1',
      password: 'short',
    };
    expect(validatePersonForm(values, true)).toEqual({ username: 'username', password: 'passwordShort' });
    expect(validatePersonForm(values, false)).toEqual({});
    expect(validatePersonForm({ ...values, username: 'Zhang.San', password: '0123456789' }, true)).toEqual(
      {},
    );
    expect(validatePersonForm(emptyPersonForm(), true)).toMatchObject({
      displayName: 'required',
      unitId: 'required',
    });
  });

  it('lower-cases the username and sends a region limit only for viewers', () => {
    const values = {
      ...emptyPersonForm(),
      username: ' Zhang.San ',
      displayName: '张三',
      unitId: 'u1',
      regionScope: '440000',
      password: '0123456789',
    };
    expect(toCreatePersonBody(values)).toMatchObject({
      username: 'zhang.san',
      role: 'staff',
      regionScope: null,
    });
    expect(toCreatePersonBody({ ...values, role: 'viewer' })).toMatchObject({ regionScope: '440000' });
  });

  it('clears the region limit when a viewer becomes staff, and sends only changes', () => {
    expect(toUpdatePersonBody({ ...personToForm(person), role: 'staff' }, person)).toEqual({
      version: 2,
      role: 'staff',
      regionScope: null,
    });
    expect(toUpdatePersonBody(personToForm(person), person)).toEqual({ version: 2 });
  });

  it('filters by text, role, unit and status', () => {
    const people = [
      person,
      { ...person, id: 'p2', username: 'li', displayName: '李四', role: 'staff' as const, active: false },
    ];
    expect(filterPeople(people, { q: '张', role: '', unitId: '', status: '' }).map((p) => p.id)).toEqual([
      'p1',
    ]);
    expect(filterPeople(people, { q: 'LI', role: '', unitId: '', status: '' }).map((p) => p.id)).toEqual([
      'p2',
    ]);
    expect(
      filterPeople(people, { q: '', role: 'staff', unitId: 'u1', status: 'inactive' }).map((p) => p.id),
    ).toEqual(['p2']);
    expect(filterPeople(people, { q: '', role: '', unitId: 'u9', status: '' })).toEqual([]);
  });
});

describe('settings form', () => {
  const settings: WorkspaceSettingsView = {
    id: 'w1',
    code: 'demo',
    name: '专班',
    timezone: 'Asia/Shanghai',
    cadence: 'month',
    dueDay: 5,
    version: 4,
    updatedAt: '2026-11-29T00:00:00.000Z',
  };

  it('takes a due day of 1 to 28 only', () => {
    const values = settingsToForm(settings);
    expect(validateSettingsForm(values)).toEqual({});
    for (const dueDay of ['0', '29', '5.5', 'x'])
      expect(validateSettingsForm({ ...values, dueDay })).toEqual({ dueDay: 'dueDay' });
    expect(validateSettingsForm({ ...values, dueDay: '', name: ' ' })).toEqual({
      dueDay: 'required',
      name: 'required',
    });
  });

  it('sends the changed fields with the version', () => {
    const same = { name: '专班 ', cadence: 'quarter' as const, dueDay: '10', timezone: 'Asia/Shanghai' };
    expect(toUpdateWorkspaceBody(same, settings)).toEqual({ version: 4, cadence: 'quarter', dueDay: 10 });
    expect(toUpdateWorkspaceBody({ ...same, timezone: 'Asia/Urumqi' }, settings)).toEqual({
      version: 4,
      cadence: 'quarter',
      dueDay: 10,
      timezone: 'Asia/Urumqi',
    });
  });

  it('offers the zones of China first, every other zone after, and always the current one', () => {
    const zones = timeZoneOptions('Etc/GMT-8');
    expect(zones.slice(0, 5)).toEqual([
      'Asia/Shanghai',
      'Asia/Urumqi',
      'Asia/Hong_Kong',
      'Asia/Macau',
      'Asia/Taipei',
    ]);
    expect(zones).toContain('Etc/GMT-8');
    expect(zones).toContain('Europe/Berlin');
    expect(new Set(zones).size).toBe(zones.length);
    expect(utcOffsetLabel('Asia/Shanghai')).toBe('UTC+08:00');
    expect(utcOffsetLabel('Asia/Kolkata')).toBe('UTC+05:30');
    expect(utcOffsetLabel('Etc/UTC')).toBe('UTC+00:00');
  });
});

describe('audit filters', () => {
  it('round-trips through the URL and drops malformed values', () => {
    const filters = { ...emptyAuditFilters(), action: 'person.', entity: 'person', from: '2026-11-01' };
    expect(auditFiltersFromParams(auditFiltersToParams(filters))).toEqual(filters);
    const bad = new URLSearchParams('action=DROP TABLE&from=2026-02-30&actorId=nope&entity=unit');
    expect(auditFiltersFromParams(bad)).toEqual({ ...emptyAuditFilters(), entity: 'unit' });
    expect(toAuditQuery(filters)).toEqual({ action: 'person.', entity: 'person', from: '2026-11-01' });
  });
});

describe('audit diff', () => {
  it('puts changed fields first and marks added and removed ones', () => {
    const rows = auditDiff(
      { name: '甲', level: 'central', tags: ['a'] },
      { name: '乙', level: 'central', active: true },
    );
    expect(rows).toEqual([
      { field: 'name', before: '甲', after: '乙', change: 'changed' },
      { field: 'active', before: null, after: 'true', change: 'added' },
      { field: 'tags', before: '["a"]', after: null, change: 'removed' },
      { field: 'level', before: 'central', after: 'central', change: 'same' },
    ]);
    expect(changedOnly(rows)).toHaveLength(3);
  });

  it('treats a creation as all fields added and handles empty events', () => {
    expect(auditDiff(null, { a: 1 })).toEqual([{ field: 'a', before: null, after: '1', change: 'added' }]);
    expect(auditDiff(null, null)).toEqual([]);
    expect(auditDiff(null, 'x')).toEqual([{ field: '', before: null, after: 'x', change: 'added' }]);
  });
});

describe('new workspace form', () => {
  it('needs a code, names, a region and a first admin with a long enough password', () => {
    expect(validateWorkspaceForm(emptyWorkspaceForm())).toEqual({
      code: 'required',
      name: 'required',
      unitNameZh: 'required',
      unitNameEn: 'required',
      unitRegion: 'required',
      adminUsername: 'required',
      adminName: 'required',
      adminPassword: 'required',
    });
    const values = {
      ...emptyWorkspaceForm(),
      code: 'Guang Dong',
      name: '广东',
      unitNameZh: '广东专班',
      unitNameEn: 'GD office',
      unitRegion: '440000',
      adminUsername: 'GD-Admin',
      adminName: '管理员',
      adminPassword: 'short',
    };
    expect(validateWorkspaceForm(values)).toEqual({ code: 'workspaceCode', adminPassword: 'passwordShort' });
    const good = { ...values, code: ' GuangDong ', adminPassword: 'long-enough-1' };
    expect(validateWorkspaceForm(good)).toEqual({});
    expect(toCreateWorkspaceBody(good)).toEqual({
      code: 'guangdong',
      name: '广东',
      unit: { nameZh: '广东专班', nameEn: 'GD office', regionCode: '440000', level: 'provincial' },
      admin: { username: 'gd-admin', displayName: '管理员', password: 'long-enough-1' },
    });
  });
});
