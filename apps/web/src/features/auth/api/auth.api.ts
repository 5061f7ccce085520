import { queryOptions } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../../lib/api-client';
import type { Locale } from '../../../lib/locale';
import { authKeys } from './auth.keys';
import type { LoginRequest, Me } from './types';

// "Not logged in" is an answer, not an error: it resolves to null.
export const fetchMe = async (signal?: AbortSignal): Promise<Me | null> => {
  try {
    return await apiRequest<Me>('/auth/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
};

export const login = (body: LoginRequest): Promise<Me> =>
  apiRequest<Me>('/auth/login', { method: 'POST', body });

export const logout = (): Promise<void> => apiRequest<void>('/auth/logout', { method: 'POST' });

export const changePassword = (body: { currentPassword: string; newPassword: string }): Promise<void> =>
  apiRequest<void>('/auth/password', { method: 'POST', body });

export const logoutEverywhere = (): Promise<{ sessionsEnded: number }> =>
  apiRequest<{ sessionsEnded: number }>('/auth/logout-everywhere', { method: 'POST' });

export const updateMyLocale = (locale: Locale): Promise<Me> =>
  apiRequest<Me>('/auth/me', { method: 'PATCH', body: { locale } });

export const meQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
  });
