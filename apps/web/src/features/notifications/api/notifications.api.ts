import type { NotificationsResponse } from '@plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { notificationsKeys } from './notifications.keys';

export const NOTIFICATIONS_POLL_MS = 60_000;

export const fetchNotifications = (signal?: AbortSignal) =>
  apiRequest<NotificationsResponse>('/notifications', { signal });

export const markNotificationRead = (id: string) =>
  apiRequest<void>(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });

export const markAllNotificationsRead = () => apiRequest<void>('/notifications/read-all', { method: 'POST' });

export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: notificationsKeys.list(),
    queryFn: ({ signal }) => fetchNotifications(signal),
    // The bell polls while the tab is visible, and looks again when the user comes back to it.
    refetchInterval: NOTIFICATIONS_POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: 'always',
    staleTime: 15_000,
    retry: false,
  });
