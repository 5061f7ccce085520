export const meetingsKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingsKeys.all, 'list'] as const,
  list: () => [...meetingsKeys.lists()] as const,
  details: () => [...meetingsKeys.all, 'detail'] as const,
  detail: (id: string) => [...meetingsKeys.details(), id] as const,
  // `to` is a meeting id, or null for "now"; `since` null means the API's default.
  changes: (to: string | null, since: string | null) =>
    [...meetingsKeys.all, 'changes', to ?? 'now', since ?? 'default'] as const,
  decisions: (id: string) => [...meetingsKeys.all, 'decisions', id] as const,
};
