import { lazy, Suspense, useEffect, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { BrowserRouter, matchRoutes, useLocation, useRoutes, type RouteObject } from 'react-router-dom';
import { LoadingState } from '../components/ui/PageStatus';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { AppShell } from './AppShell';
import { preloadNamespaces, type Namespace } from './i18n';
import { RouteErrorBoundary } from './RouteErrorPage';

// One chunk per page, fetched together with the texts it shows, so the page does not suspend a second
// time for them; `preload` starts both early. React.lazy wants a default export, the pages use named ones.
const page = <M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  namespaces: Namespace[],
) => {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () =>
    (loading ??= Promise.all([load(), preloadNamespaces(namespaces)]).then(([module]) => ({
      default: pick(module),
    })));
  return Object.assign(lazy(start), { preload: () => void start() });
};

type Preloadable = { preload?: () => void };

const LoginPage = page(
  () => import('../pages/LoginPage'),
  (m) => m.LoginPage,
  ['auth'],
);
const DashboardPage = page(
  () => import('../pages/DashboardPage'),
  (m) => m.DashboardPage,
  ['dashboard', 'exports'],
);
const TasksPage = page(
  () => import('../pages/TasksPage'),
  (m) => m.TasksPage,
  ['tasks', 'exports'],
);
const TaskDetailPage = page(
  () => import('../pages/TaskDetailPage'),
  (m) => m.TaskDetailPage,
  ['tasks'],
);
const ReportingPage = page(
  () => import('../pages/ReportingPage'),
  (m) => m.ReportingPage,
  ['reporting'],
);
const ReportingIndexRedirect = page(
  () => import('../pages/ReportingPage'),
  (m) => m.ReportingIndexRedirect,
  ['reporting'],
);
const ReportingMyTasksPage = page(
  () => import('../pages/ReportingMyTasksPage'),
  (m) => m.ReportingMyTasksPage,
  ['reporting'],
);
const ReportingReviewPage = page(
  () => import('../pages/ReportingReviewPage'),
  (m) => m.ReportingReviewPage,
  ['reporting'],
);
const ReportingMatrixPage = page(
  () => import('../pages/ReportingMatrixPage'),
  (m) => m.ReportingMatrixPage,
  ['reporting'],
);
const ReportingFormPage = page(
  () => import('../pages/ReportingFormPage'),
  (m) => m.ReportingFormPage,
  ['reporting'],
);
const MeetingsPage = page(
  () => import('../pages/MeetingsPage'),
  (m) => m.MeetingsPage,
  ['meetings'],
);
const MeetingDetailPage = page(
  () => import('../pages/MeetingDetailPage'),
  (m) => m.MeetingDetailPage,
  ['meetings'],
);
const MeetingChangesPage = page(
  () => import('../pages/MeetingChangesPage'),
  (m) => m.MeetingChangesPage,
  ['meetings'],
);
const AdminPage = page(
  () => import('../pages/AdminPage'),
  (m) => m.AdminPage,
  ['admin'],
);
const AdminIndexRedirect = page(
  () => import('../pages/AdminPage'),
  (m) => m.AdminIndexRedirect,
  ['admin'],
);
const AdminUnitsPage = page(
  () => import('../pages/AdminPage'),
  (m) => m.AdminUnitsPage,
  ['admin'],
);
const AdminPeoplePage = page(
  () => import('../pages/AdminPage'),
  (m) => m.AdminPeoplePage,
  ['admin'],
);
const AdminSettingsPage = page(
  () => import('../pages/AdminPage'),
  (m) => m.AdminSettingsPage,
  ['admin'],
);
const AdminAuditPage = page(
  () => import('../pages/AdminPage'),
  (m) => m.AdminAuditPage,
  ['admin'],
);
const ImportPage = page(
  () => import('../pages/ImportPage'),
  (m) => m.ImportPage,
  ['imports'],
);
const NotFoundPage = page(
  () => import('../pages/NotFoundPage'),
  (m) => m.NotFoundPage,
  [],
);

const standalone = (page: ReactNode) => (
  <Suspense
    fallback={
      <main id="main" className="page page--centered">
        <LoadingState />
      </main>
    }
  >
    {page}
  </Suspense>
);

export const appRoutes: RouteObject[] = [
  {
    element: <RouteErrorBoundary />,
    children: [
      { path: '/login', element: standalone(<LoginPage />) },
      {
        path: '/',
        element: <RequireAuth>{(me) => <AppShell me={me} />}</RequireAuth>,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'tasks', element: <TasksPage /> },
          { path: 'tasks/:id', element: <TaskDetailPage /> },
          {
            path: 'reporting',
            element: <ReportingPage />,
            children: [
              { index: true, element: <ReportingIndexRedirect /> },
              { path: 'my-tasks', element: <ReportingMyTasksPage /> },
              { path: 'review', element: <ReportingReviewPage /> },
              { path: 'matrix', element: <ReportingMatrixPage /> },
            ],
          },
          { path: 'reporting/tasks/:taskId', element: <ReportingFormPage /> },
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'meetings/changes', element: <MeetingChangesPage live /> },
          { path: 'meetings/:id', element: <MeetingDetailPage /> },
          { path: 'meetings/:id/changes', element: <MeetingChangesPage /> },
          { path: 'admin/import', element: <ImportPage /> },
          {
            path: 'admin',
            element: <AdminPage />,
            children: [
              { index: true, element: <AdminIndexRedirect /> },
              { path: 'units', element: <AdminUnitsPage /> },
              { path: 'people', element: <AdminPeoplePage /> },
              { path: 'settings', element: <AdminSettingsPage /> },
              { path: 'audit', element: <AdminAuditPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

// A declarative router: the app loads its data with TanStack Query, not route loaders, and the data
// router's code (createBrowserRouter) weighs 16 kB gzip on every page.
const AppRoutes = () => {
  const { pathname } = useLocation();
  // The matched page's code and texts load while the session check (/api/auth/me) is still out,
  // rather than after it.
  useEffect(() => {
    for (const { route } of matchRoutes(appRoutes, pathname) ?? [])
      ((route.element as ReactElement | undefined)?.type as Preloadable | undefined)?.preload?.();
  }, [pathname]);
  return useRoutes(appRoutes);
};

export const App = () => (
  <BrowserRouter>
    <AppRoutes />
  </BrowserRouter>
);
