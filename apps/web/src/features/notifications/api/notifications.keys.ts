export const notificationsKeys = {
  all: ['notifications'] as const,
  lists: () => [...notificationsKeys.all, 'list'] as const,
  list: () => [...notificationsKeys.lists(), 'mine'] as const,
};
