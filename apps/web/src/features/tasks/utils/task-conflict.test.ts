import { buildTaskDetail } from '../../../../test/task-fixtures';
import { diffTaskEdit, pendingTaskFields, rebaseTaskEdit } from './task-conflict';
import { toTaskFormValues, toTaskPatchBody } from './task-form';

// The version both people opened, what I typed, and what the other person saved meanwhile.
const base = toTaskFormValues(buildTaskDetail());
const mine = { ...base, requirement: '我补充的要求', cooperatingUnitIds: ['miit', 'mof'] };
const theirs = { ...base, title: '对方改的标题', cooperatingUnitIds: ['miit', 'most'] };

describe(diffTaskEdit.name, () => {
  it('lists, field by field, who changed what and leaves untouched fields out', () => {
    expect(diffTaskEdit(base, mine, theirs)).toEqual([
      { field: 'title', change: 'theirs' },
      { field: 'requirement', change: 'mine' },
      { field: 'cooperatingUnitIds', change: 'both' },
    ]);
  });

  it('recognises the same change made by both', () => {
    const same = { ...base, title: '对方改的标题', requirement: '我补充的要求' };
    expect(diffTaskEdit(base, { ...base, requirement: '我补充的要求' }, same)).toEqual([
      { field: 'title', change: 'theirs' },
      { field: 'requirement', change: 'same' },
    ]);
  });

  it('compares the due date and the 长期 box as one field', () => {
    const ongoing = { ...base, ongoing: true };
    expect(diffTaskEdit(base, ongoing, base)).toEqual([{ field: 'dueDate', change: 'mine' }]);
    // A date typed and then made ongoing is still just "ongoing".
    expect(diffTaskEdit(base, { ...ongoing, dueDate: '2027-01-01' }, ongoing)).toEqual([
      { field: 'dueDate', change: 'same' },
    ]);
  });
});

describe(rebaseTaskEdit.name, () => {
  it('puts my changes on the current version and keeps theirs everywhere else', () => {
    const merged = rebaseTaskEdit(base, mine, theirs);
    expect(merged).toEqual({
      ...base,
      title: '对方改的标题',
      requirement: '我补充的要求',
      cooperatingUnitIds: ['miit', 'mof'],
    });
    // Nothing I typed is lost, and none of their other changes is undone.
    expect(
      toTaskPatchBody(toTaskFormValues({ ...buildTaskDetail(), title: '对方改的标题' }), merged, 2),
    ).toEqual({
      version: 2,
      requirement: '我补充的要求',
      cooperatingUnitIds: ['miit', 'mof'],
    });
  });

  it('moves the due date together with the 长期 box', () => {
    const merged = rebaseTaskEdit(base, { ...base, ongoing: true }, { ...base, dueDate: '2027-06-30' });
    expect(merged.ongoing).toBe(true);
    expect(toTaskPatchBody({ ...base, dueDate: '2027-06-30' }, merged, 2)).toEqual({
      version: 2,
      dueDate: null,
    });
  });

  it('does not share arrays with the inputs', () => {
    const merged = rebaseTaskEdit(base, base, theirs);
    merged.cooperatingUnitIds.push('x');
    expect(theirs.cooperatingUnitIds).toEqual(['miit', 'most']);
  });
});

describe(pendingTaskFields.name, () => {
  it('names the fields my re-applied edit still changes', () => {
    expect(pendingTaskFields(base, mine, theirs)).toEqual(['requirement', 'cooperatingUnitIds']);
    expect(pendingTaskFields(base, mine, { ...theirs, ...mine })).toEqual([]);
    expect(pendingTaskFields(base, base, theirs)).toEqual([]);
  });
});
