import { judge, scopeRegions, scopeUnits } from './policy';

describe('judge', () => {
  const staff = { role: 'staff' as const, unitId: 'u1', regionScope: null };
  const place = (leadUnitId: string | null, cooperating = false, regionCode: string | null = '000000') => ({
    leadUnitId,
    cooperating,
    regionCode,
  });

  it('hides rows that are not in the workspace', () => {
    expect(judge(staff, 'workspace', null)).toBe('not-found');
  });

  it('lets unit reach act on led and cooperating tasks, lead reach on led ones only', () => {
    expect(judge(staff, 'unit', place('u1'))).toBe('allow');
    expect(judge(staff, 'unit', place('u2', true))).toBe('allow');
    expect(judge(staff, 'unit', place('u2'))).toBe('forbidden');
    expect(judge(staff, 'lead', place('u2', true))).toBe('forbidden');
    expect(judge(staff, 'lead', place('u1'))).toBe('allow');
    // a row with no task (a meeting) is outside any unit's reach
    expect(judge(staff, 'unit', place(null))).toBe('forbidden');
  });

  it('hides other regions from a viewer limited to one', () => {
    const viewer = { role: 'viewer' as const, unitId: 'u1', regionScope: '440000' };
    expect(judge(viewer, 'workspace', place('u2', false, '440000'))).toBe('allow');
    expect(judge(viewer, 'workspace', place('u2', false, '000000'))).toBe('not-found');
    expect(judge(viewer, 'workspace', place(null, false, null))).toBe('allow');
  });
});

describe('scoped filters', () => {
  const viewer = { role: 'viewer' as const, regionScope: '440000' };
  it('narrows a regional viewer to its region, and to nothing when it asks for another', () => {
    expect(scopeRegions(viewer, undefined)).toEqual(['440000']);
    expect(scopeRegions(viewer, ['440000', '110000'])).toEqual(['440000']);
    expect(scopeRegions(viewer, ['110000'])).toEqual(['999999']);
    expect(scopeRegions({ role: 'leader', regionScope: null }, ['110000'])).toEqual(['110000']);
  });

  it('keeps a unit head to its own unit', () => {
    expect(scopeUnits({ role: 'unit_head', unitId: 'u1' }, ['u2'])).toEqual(['u1']);
    expect(scopeUnits({ role: 'leader', unitId: 'u1' }, ['u2'])).toEqual(['u2']);
  });
});
