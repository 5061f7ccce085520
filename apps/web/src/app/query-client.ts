import { QueryCache, QueryClient } from '@tanstack/react-query';
import { authKeys } from '../features/auth/api/auth.keys';
import { isApiError } from '../lib/api-client';

const MAX_RETRIES = 2;

// 4xx answers will not change on retry; only network trouble and 5xx are worth another try.
const shouldRetry = (failureCount: number, error: unknown): boolean => {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
};

export const createQueryClient = (): QueryClient => {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A 401 anywhere means the session ended: forget the user so the router sends them to /login.
      onError: (error) => {
        if (isApiError(error) && error.status === 401) client.setQueryData(authKeys.me(), null);
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
};
