import { buildListTask } from '../testing/meeting-fixtures';
import { meetingDecisions } from './decisions';

describe(meetingDecisions.name, () => {
  it('keeps the meeting’s own tasks, newest first, each once, the session copy winning', () => {
    const older = buildListTask({
      id: 'a',
      code: 'POL-030',
      sourceMeetingId: 'm1',
      createdAt: '2026-11-01T00:00:00Z',
    });
    const newer = buildListTask({
      id: 'b',
      code: 'POL-031',
      sourceMeetingId: 'm1',
      createdAt: '2026-11-29T00:00:00Z',
    });
    const other = buildListTask({ id: 'c', sourceMeetingId: 'm2' });
    const plain = buildListTask({ id: 'd', sourceMeetingId: null });
    const recorded = { ...newer, title: '刚记录的标题' };
    const rows = meetingDecisions('m1', [older, other, plain, newer], [recorded]);
    expect(rows.map((row) => row.id)).toEqual(['b', 'a']);
    expect(rows[0]!.title).toBe('刚记录的标题');
  });

  it('is empty without decisions', () => {
    expect(meetingDecisions('m1', [buildListTask()])).toEqual([]);
  });
});
