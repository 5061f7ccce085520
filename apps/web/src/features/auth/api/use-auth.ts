import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../lib/locale';
import { changePassword, login, logout, logoutEverywhere, meQueryOptions, updateMyLocale } from './auth.api';
import { authKeys } from './auth.keys';
import type { LoginRequest, Me } from './types';

export const useMe = () => useQuery(meQueryOptions());

export const useLogin = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => login(body),
    onSuccess: (me) => {
      // Data cached for a previous session must not leak into this one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.me(), me);
    },
  });
};

export const useLogout = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.me(), null);
    },
  });
};

export const useChangePassword = () => useMutation({ mutationFn: changePassword });

export const useLogoutEverywhere = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logoutEverywhere,
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.me(), null);
    },
  });
};

// Switches the UI at once; the profile is saved in the background so the next login keeps the choice.
export const useSwitchLocale = () => {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: async (locale: Locale): Promise<Me | null> => {
      await i18n.changeLanguage(locale);
      const me = queryClient.getQueryData<Me | null>(authKeys.me());
      return me ? updateMyLocale(locale) : null;
    },
    onSuccess: (me) => {
      if (me) queryClient.setQueryData(authKeys.me(), me);
    },
  });
};
