import { queryOptions } from '@tanstack/react-query';
import type {
  MeetingChanges,
  MeetingDetail,
  MeetingView,
  TaskDetail,
  TaskListResponse,
} from '@plan/contracts';
import { apiRequest } from '../../../lib/api-client';
import type { TaskWriteBody } from '../../tasks/api/types';
import { meetingsKeys } from './meetings.keys';

export type CreateMeetingBody = { title: string; heldOn?: string };

// The decisions list looks among the most recently changed tasks: the task list has no
// "source meeting" filter, and a decision is a task created (so changed) after its meeting.
export const DECISION_SCAN_LIMIT = 200;

const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

export const fetchMeetings = (signal?: AbortSignal) => apiRequest<MeetingView[]>('/meetings', { signal });

export const fetchMeeting = (id: string, signal?: AbortSignal) =>
  apiRequest<MeetingDetail>(meetingPath(id), { signal });

export const fetchMeetingChanges = (to: string | null, since: string | null, signal?: AbortSignal) =>
  apiRequest<MeetingChanges>(to ? `${meetingPath(to)}/changes` : '/meetings/live/changes', {
    query: { since },
    signal,
  });

export const fetchRecentTasks = (signal?: AbortSignal) =>
  apiRequest<TaskListResponse>('/tasks', {
    query: { sort: '-updatedAt', limit: DECISION_SCAN_LIMIT, archived: 'include' },
    signal,
  });

export const createMeeting = (body: CreateMeetingBody) =>
  apiRequest<MeetingDetail>('/meetings', { method: 'POST', body });

// Through the task writer so a 400 keeps its per-field details for the form.
export const recordDecision = (meetingId: string, body: TaskWriteBody) =>
  apiRequest<TaskDetail>(`${meetingPath(meetingId)}/decisions`, { method: 'POST', body });

export const meetingsQueryOptions = () =>
  queryOptions({ queryKey: meetingsKeys.list(), queryFn: ({ signal }) => fetchMeetings(signal) });

// A meeting's snapshot never changes once frozen; only its decision count grows.
export const meetingQueryOptions = (id: string) =>
  queryOptions({
    queryKey: meetingsKeys.detail(id),
    queryFn: ({ signal }) => fetchMeeting(id, signal),
  });

export const meetingChangesQueryOptions = (to: string | null, since: string | null) =>
  queryOptions({
    queryKey: meetingsKeys.changes(to, since),
    queryFn: ({ signal }) => fetchMeetingChanges(to, since, signal),
  });

export const meetingDecisionsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: meetingsKeys.decisions(id),
    queryFn: ({ signal }) => fetchRecentTasks(signal),
  });
