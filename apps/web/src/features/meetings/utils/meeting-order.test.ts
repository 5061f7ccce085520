import { buildMeetingView } from '../testing/meeting-fixtures';
import { defaultSince, earlierMeetings, validSince } from './meeting-order';

const third = buildMeetingView({ id: 'm3', heldOn: '2026-12-20' });
const second = buildMeetingView({ id: 'm2', heldOn: '2026-11-29' });
const first = buildMeetingView({ id: 'm1', heldOn: '2026-10-30' });
const newestFirst = [third, second, first];

describe(earlierMeetings.name, () => {
  it('lists the meetings before the given one, newest first', () => {
    expect(earlierMeetings(newestFirst, 'm3').map((m) => m.id)).toEqual(['m2', 'm1']);
    expect(earlierMeetings(newestFirst, 'm1')).toEqual([]);
    expect(earlierMeetings(newestFirst, 'unknown')).toEqual([]);
  });
});

describe(defaultSince.name, () => {
  it('is the previous meeting, or for "now" the latest', () => {
    expect(defaultSince(newestFirst, 'm3')?.id).toBe('m2');
    expect(defaultSince(newestFirst, null)?.id).toBe('m3');
    expect(defaultSince([], null)).toBeUndefined();
  });
});

describe(validSince.name, () => {
  it('keeps only one of the choices', () => {
    expect(validSince([second, first], 'm1')).toBe('m1');
    expect(validSince([second, first], 'm3')).toBeNull();
    expect(validSince([second, first], null)).toBeNull();
  });
});
