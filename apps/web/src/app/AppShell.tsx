import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';
import { LanguageSwitch } from '../components/ui/LanguageSwitch';
import { LoadingState } from '../components/ui/PageStatus';
import { useSwitchLocale } from '../features/auth/api/use-auth';
import type { Me, Role } from '../features/auth/api/types';
import { UserMenu } from '../features/auth/components/UserMenu';
import { NotificationBell } from '../features/notifications/components/NotificationBell';

const ALL_ROLES: readonly Role[] = ['admin', 'leader', 'unit_head', 'staff', 'viewer'];

// Each role sees only what it may use; the API enforces the same rules.
export const NAV_ITEMS: readonly { to: string; key: NavKey; end: boolean; roles: readonly Role[] }[] = [
  { to: '/', key: 'dashboard', end: true, roles: ALL_ROLES },
  { to: '/tasks', key: 'tasks', end: false, roles: ALL_ROLES },
  { to: '/reporting', key: 'reporting', end: false, roles: ['admin', 'leader', 'unit_head', 'staff'] },
  { to: '/meetings', key: 'meetings', end: false, roles: ['admin', 'leader'] },
  { to: '/admin', key: 'admin', end: false, roles: ['admin'] },
];

type NavKey = 'dashboard' | 'tasks' | 'reporting' | 'meetings' | 'admin';

export const navItemsFor = (role: Role) => NAV_ITEMS.filter((item) => item.roles.includes(role));

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
            {navItemsFor(me.role).map((item) => (
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
          {/* Its texts load with the shell; the rest of the header does not wait for them. */}
          <Suspense fallback={null}>
            <NotificationBell />
          </Suspense>
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
