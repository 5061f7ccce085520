import { toMilestoneBody, toMilestonePatch, validateMilestoneForm } from './milestone-form';

const task = { startDate: '2026-01-01', dueDate: '2026-12-31' };

describe(validateMilestoneForm.name, () => {
  it('accepts a milestone inside the task dates', () => {
    expect(validateMilestoneForm({ title: '印发方案', dueDate: '2026-06-30', weight: '2.5' }, task)).toEqual(
      {},
    );
  });

  it('mirrors the API rules', () => {
    expect(validateMilestoneForm({ title: ' ', dueDate: '', weight: '0' }, task)).toEqual({
      title: 'required',
      dueDate: 'required',
      weight: 'weightInvalid',
    });
    expect(
      validateMilestoneForm({ title: 'x'.repeat(301), dueDate: '2027-01-01', weight: '1.234' }, task),
    ).toEqual({
      title: 'tooLong',
      dueDate: 'outsideTask',
      weight: 'weightInvalid',
    });
    expect(validateMilestoneForm({ title: 'a', dueDate: '2025-12-31', weight: '10000' }, task)).toEqual({
      dueDate: 'outsideTask',
      weight: 'weightInvalid',
    });
    expect(
      validateMilestoneForm({ title: 'a', dueDate: '2030-01-01', weight: '1' }, { ...task, dueDate: null }),
    ).toEqual({});
  });
});

describe('milestone bodies', () => {
  const milestone = {
    id: 'm1',
    title: '印发方案',
    dueDate: '2026-06-30',
    weight: 1,
    doneDate: null,
    version: 4,
  };

  it('trims and converts the fields', () => {
    expect(toMilestoneBody({ title: ' 印发方案 ', dueDate: '2026-06-30', weight: ' 2 ' })).toEqual({
      title: '印发方案',
      dueDate: '2026-06-30',
      weight: 2,
    });
  });

  it('patches only what changed, with the version read', () => {
    expect(toMilestonePatch(milestone, { title: '印发方案', dueDate: '2026-07-31', weight: '1' })).toEqual({
      version: 4,
      dueDate: '2026-07-31',
    });
  });
});
