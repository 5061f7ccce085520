// The app's meeting URLs; "changes" without a meeting compares with now.
export const MEETINGS_PATH = '/meetings';
export const LIVE_CHANGES_PATH = '/meetings/changes';

const withSince = (path: string, since?: string | null) =>
  since ? `${path}?${new URLSearchParams({ since }).toString()}` : path;

export const meetingHref = (id: string) => `${MEETINGS_PATH}/${encodeURIComponent(id)}`;

export const meetingChangesHref = (id: string, since?: string | null) =>
  withSince(`${meetingHref(id)}/changes`, since);

export const liveChangesHref = (since?: string | null) => withSince(LIVE_CHANGES_PATH, since);

export const taskHref = (id: string) => `/tasks/${encodeURIComponent(id)}`;
