import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeetingDetail } from '@plan/contracts';
import { tasksKeys } from '../../tasks/api/tasks.keys';
import type { TaskWriteBody } from '../../tasks/api/types';
import {
  createMeeting,
  meetingChangesQueryOptions,
  meetingDecisionsQueryOptions,
  meetingQueryOptions,
  meetingsQueryOptions,
  recordDecision,
  type CreateMeetingBody,
} from './meetings.api';
import { meetingsKeys } from './meetings.keys';

export const useMeetings = () => useQuery(meetingsQueryOptions());

export const useMeeting = (id: string, enabled = true) => useQuery({ ...meetingQueryOptions(id), enabled });

export const useMeetingChanges = (to: string | null, since: string | null, enabled = true) =>
  useQuery({ ...meetingChangesQueryOptions(to, since), enabled });

export const useMeetingDecisionCandidates = (id: string) => useQuery(meetingDecisionsQueryOptions(id));

export const useCreateMeeting = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeetingBody) => createMeeting(body),
    onSuccess: (meeting: MeetingDetail) => {
      queryClient.setQueryData(meetingsKeys.detail(meeting.id), meeting);
      void queryClient.invalidateQueries({ queryKey: meetingsKeys.lists() });
      // "Changes to now" defaults to the latest meeting, which this now is.
      void queryClient.invalidateQueries({ queryKey: [...meetingsKeys.all, 'changes'] });
    },
  });
};

export const useRecordDecision = (meetingId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TaskWriteBody) => recordDecision(meetingId, body),
    onSuccess: () => {
      queryClient.setQueryData<MeetingDetail>(meetingsKeys.detail(meetingId), (meeting) =>
        meeting ? { ...meeting, decisionCount: meeting.decisionCount + 1 } : meeting,
      );
      void queryClient.invalidateQueries({ queryKey: meetingsKeys.detail(meetingId) });
      void queryClient.invalidateQueries({ queryKey: meetingsKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: meetingsKeys.decisions(meetingId) });
      void queryClient.invalidateQueries({ queryKey: tasksKeys.lists() });
    },
  });
};
