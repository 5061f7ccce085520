import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet } from 'react-router-dom';
import { LoadingState } from '../components/ui/PageStatus';
import { useMe } from '../features/auth/api/use-auth';
import { AdminTabs } from '../features/admin/components/AdminTabs';
import { AuditView } from '../features/admin/components/AuditView';
import { PeopleView } from '../features/admin/components/PeopleView';
import { SettingsView } from '../features/admin/components/SettingsView';
import { UnitsView } from '../features/admin/components/UnitsView';
import '../features/admin/admin.css';
import { useDocumentTitle } from '../lib/use-document-title';

// /admin: administrators only (PRODUCT.md "Roles and scope"); the API refuses everyone else anyway.
export const AdminPage = () => {
  const { t } = useTranslation('admin');
  const me = useMe().data;
  return (
    <div className="page adm-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      {me?.role === 'admin' ? (
        <>
          <AdminTabs />
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </>
      ) : (
        <AdminNoAccess />
      )}
    </div>
  );
};

// Titles are set by the sub-pages (a child's effect runs before its parent's, so the layout sets none).
const AdminNoAccess = () => {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('title'));
  return <p className="empty-state">{t('noAccess')}</p>;
};

export const AdminIndexRedirect = () => <Navigate to="/admin/units" replace />;

const AdminSubPage = ({ view }: { view: 'units' | 'people' | 'settings' | 'audit' }) => {
  const { t } = useTranslation('admin');
  useDocumentTitle(`${t(`tabs.${view}`)} · ${t('title')}`);
  if (view === 'units') return <UnitsView />;
  if (view === 'people') return <PeopleView />;
  if (view === 'settings') return <SettingsView />;
  return <AuditView />;
};

export const AdminUnitsPage = () => <AdminSubPage view="units" />;
export const AdminPeoplePage = () => <AdminSubPage view="people" />;
export const AdminSettingsPage = () => <AdminSubPage view="settings" />;
export const AdminAuditPage = () => <AdminSubPage view="audit" />;
