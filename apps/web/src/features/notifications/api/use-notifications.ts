import type { NotificationsResponse } from '@plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  markAllNotificationsRead,
  markNotificationRead,
  notificationsQueryOptions,
} from './notifications.api';
import { notificationsKeys } from './notifications.keys';

export const useNotifications = (enabled = true) => useQuery({ ...notificationsQueryOptions(), enabled });

// Marked read at once in the cache, so the count drops on click; the server answer then confirms it.
export const useMarkNotificationRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markNotificationRead(id),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: notificationsKeys.lists() });
      const before = queryClient.getQueryData<NotificationsResponse>(notificationsKeys.list());
      if (before) {
        const target = before.items.find((n) => n.id === id);
        if (target && !target.readAt) {
          queryClient.setQueryData<NotificationsResponse>(notificationsKeys.list(), {
            items: before.items.map((n) => (n.id === id ? { ...n, readAt: new Date().toISOString() } : n)),
            unread: Math.max(0, before.unread - 1),
          });
        }
      }
      return { before };
    },
    onError: (_error, _id, context) => {
      if (context?.before) queryClient.setQueryData(notificationsKeys.list(), context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKeys.lists() }),
  });
};

export const useMarkAllNotificationsRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => {
      const before = queryClient.getQueryData<NotificationsResponse>(notificationsKeys.list());
      if (before) {
        const now = new Date().toISOString();
        queryClient.setQueryData<NotificationsResponse>(notificationsKeys.list(), {
          items: before.items.map((n) => (n.readAt ? n : { ...n, readAt: now })),
          unread: 0,
        });
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKeys.lists() }),
  });
};
