import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../components/ui/LanguageSwitch';
import { LoadingState } from '../components/ui/PageStatus';
import { useMe, useSwitchLocale } from '../features/auth/api/use-auth';
import { LoginForm } from '../features/auth/components/LoginForm';
import type { LoginRedirectState } from '../features/auth/components/RequireAuth';
import { useDocumentTitle } from '../lib/use-document-title';

const DEFAULT_TARGET = '/';

// Only same-app paths: a crafted state must not send the user to another site or back to /login.
const safeTarget = (state: unknown): string => {
  const from = (state as LoginRedirectState | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return DEFAULT_TARGET;
  if (from === '/login' || from.startsWith('/login?')) return DEFAULT_TARGET;
  return from;
};

export const LoginPage = () => {
  const { t, i18n } = useTranslation(['auth', 'common']);
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const switchLocale = useSwitchLocale();
  const target = safeTarget(location.state);
  useDocumentTitle(t('auth:login.title'));

  if (me.data) return <Navigate to={target} replace />;

  return (
    <div className="login-layout">
      <header className="login-layout__header">
        <p className="brand">
          <span className="brand__name">{t('common:appName')}</span>
          <span className="brand__tagline">{t('common:appTagline')}</span>
        </p>
        <LanguageSwitch value={i18n.language} onChange={(locale) => switchLocale.mutate(locale)} />
      </header>
      <main id="main" className="login-layout__main">
        <section className="login-card" aria-labelledby="login-title">
          <h1 id="login-title">{t('auth:login.title')}</h1>
          <p className="muted">{t('auth:login.intro')}</p>
          {me.isPending ? (
            <LoadingState />
          ) : (
            <LoginForm onSuccess={() => navigate(target, { replace: true })} />
          )}
        </section>
      </main>
    </div>
  );
};
