import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';
import { LanguageSwitch } from '../components/ui/LanguageSwitch';
import { LoadingState } from '../components/ui/PageStatus';
import { useSwitchLocale } from '../features/auth/api/use-auth';
import type { Me } from '../features/auth/api/types';
import { UserMenu } from '../features/auth/components/UserMenu';

const NAV_ITEMS = [
  { to: '/', key: 'dashboard', end: true },
  { to: '/tasks', key: 'tasks', end: false },
  { to: '/reporting', key: 'reporting', end: false },
  { to: '/meetings', key: 'meetings', end: false },
  { to: '/admin', key: 'admin', end: false },
] as const;

type AppShellProps = {
  me: Me;
};

export const AppShell = ({ me }: AppShellProps) => {
  const { t, i18n } = useTranslation('common');
  const switchLocale = useSwitchLocale();

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <span className="brand__name">{t('appName')}</span>
          <span className="shell__workspace">{me.workspace.name}</span>
        </div>
        <nav className="shell__nav" aria-label={t('nav.label')}>
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.key}>
                <NavLink to={item.to} end={item.end} className="shell__nav-link">
                  {t(`nav.${item.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell__tools">
          <LanguageSwitch value={i18n.language} onChange={(locale) => switchLocale.mutate(locale)} />
          <UserMenu me={me} />
        </div>
      </header>
      {switchLocale.isError ? (
        <p className="shell__notice" role="status">
          {t('language.saveFailed')}
        </p>
      ) : null}
      <main id="main" className="shell__main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
};
