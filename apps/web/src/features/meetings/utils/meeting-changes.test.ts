import { MEETING_CHANGES_LIMIT } from '@plan/contracts';
import { buildChange, buildChanges } from '../testing/meeting-fixtures';
import { CHANGE_SECTIONS, countChanges, progressDirection, toChangeSections } from './meeting-changes';

describe(toChangeSections.name, () => {
  it('gives every section in the briefing order, and flags a list cut at the API limit', () => {
    const many = Array.from({ length: MEETING_CHANGES_LIMIT }, (_, i) => buildChange({ taskId: `t${i}` }));
    const sections = toChangeSections(buildChanges({ largestProgress: many, newTasks: [buildChange()] }));
    expect(sections.map((section) => section.key)).toEqual([...CHANGE_SECTIONS]);
    expect(sections.find((s) => s.key === 'largestProgress')).toMatchObject({ capped: true });
    expect(sections.find((s) => s.key === 'newTasks')).toMatchObject({ capped: false });
  });
});

describe(countChanges.name, () => {
  it('counts each task once, whatever the number of sections it is in', () => {
    const change = buildChange();
    expect(
      countChanges(
        buildChanges({
          stateChanged: [change],
          lightChanged: [change],
          largestProgress: [change, buildChange({ taskId: 't2' })],
        }),
      ),
    ).toBe(2);
  });
});

describe(progressDirection.name, () => {
  it('tells up, down and unchanged apart', () => {
    expect(progressDirection(15)).toBe('up');
    expect(progressDirection(-0.5)).toBe('down');
    expect(progressDirection(0)).toBe('same');
  });
});
