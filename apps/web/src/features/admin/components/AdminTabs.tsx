import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

export const ADMIN_VIEWS = ['units', 'people', 'settings', 'audit', 'import'] as const;
export type AdminView = (typeof ADMIN_VIEWS)[number];

// Sub-pages of 管理 as links (each has its own URL), marked like the main navigation.
export const AdminTabs = () => {
  const { t } = useTranslation('admin');
  return (
    <nav className="adm-tabs" aria-label={t('tabs.label')}>
      <ul>
        {ADMIN_VIEWS.map((view) => (
          <li key={view}>
            <NavLink to={`/admin/${view}`} className="adm-tabs__link">
              {t(`tabs.${view}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
};
