import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorState, LoadingState } from '../../../components/ui/PageStatus';
import { useMe } from '../api/use-auth';
import type { Me } from '../api/types';

export type LoginRedirectState = { from?: string };

type RequireAuthProps = {
  children: (me: Me) => ReactNode;
};

export const RequireAuth = ({ children }: RequireAuthProps) => {
  const me = useMe();
  const location = useLocation();
  const { i18n } = useTranslation();
  const locale = me.data?.locale;

  // The profile's language wins over whatever this browser remembered.
  useEffect(() => {
    if (locale && i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [locale, i18n]);

  if (me.isPending) {
    return (
      <main className="page page--centered" id="main">
        <LoadingState />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main className="page page--centered" id="main">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (!me.data) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return <>{children(me.data)}</>;
};
