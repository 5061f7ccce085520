import type { MeetingView } from '@plan/contracts';

// The API lists meetings newest first (held on, then frozen at); "earlier" follows that order.
export const earlierMeetings = (meetings: readonly MeetingView[], currentId: string): MeetingView[] => {
  const index = meetings.findIndex((meeting) => meeting.id === currentId);
  return index < 0 ? [] : meetings.slice(index + 1);
};

// What "since" compares with when the URL names nothing: the previous meeting, or for "now" the latest.
export const defaultSince = (
  meetings: readonly MeetingView[],
  currentId: string | null,
): MeetingView | undefined => (currentId ? earlierMeetings(meetings, currentId)[0] : meetings[0]);

// A ?since= that is not one of the choices (a stale or hand-edited link) is ignored.
export const validSince = (
  choices: readonly MeetingView[],
  since: string | null | undefined,
): string | null => (since && choices.some((meeting) => meeting.id === since) ? since : null);
