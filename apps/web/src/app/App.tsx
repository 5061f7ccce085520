import type { QueryClient } from '@tanstack/react-query';
import { Suspense, use, useEffect, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { BrowserRouter, matchRoutes, useLocation, useRoutes, type RouteObject } from 'react-router-dom';
import { LoadingState } from '../components/ui/PageStatus';
import { meQueryOptions } from '../features/auth/api/auth.api';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { dashboardSummaryQueryOptions } from '../features/dashboard/api/dashboard.api';
import { parseDashboardFilters } from '../features/dashboard/utils/dashboard-filters';
import { AppShell } from './AppShell';
import { preloadNamespaces, type Namespace } from './i18n';
import { RouteErrorBoundary } from './RouteErrorPage';

// A promise that says synchronously whether it has settled, in the fields React's use() reads: a page
// whose code and texts are already there renders at once instead of suspending for a microtask (and
// then waiting out React's 300 ms throttle before its content replaces the fallback).
const track = <T,>(promise: Promise<T>): Promise<T> => {
  Object.assign(promise, { status: 'pending' });
  promise.then(
    (value) => Object.assign(promise, { status: 'fulfilled', value }),
    (reason: unknown) => Object.assign(promise, { status: 'rejected', reason }),
  );
  return promise;
};

// What a page fetches first, started with its code when the page is about to open: on a full load
// from the entry, before React renders (the session check is out at the same time).
type Prefetch = (client: QueryClient, search: URLSearchParams) => void;

// One chunk per page, fetched together with the texts it shows, so the page does not suspend a second
// time for them; `preload` starts both early (and the page's first request, if it names one).
const page = <M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  namespaces: Namespace[],
  prefetch?: Prefetch,
) => {
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= track(
      Promise.all([load(), preloadNamespaces(namespaces)]).then(([module]) => pick(module)),
    ));
  const Page = (props: P) => {
    const Component = use(start());
    return <Component {...props} />;
  };
  return Object.assign(Page, { preload: start, prefetch });
};

type Preloadable = { preload?: () => Promise<unknown>; prefetch?: Prefetch };

const LoginPage = page(
  () => import('../pages/LoginPage'),
  (m) => m.LoginPage,
  ['auth'],
);
const DashboardPage = page(
  () => import('../pages/DashboardPage'),
  (m) => m.DashboardPage,
  ['dashboard', 'exports'],
  (client, search) => void client.prefetchQuery(dashboardSummaryQueryOptions(parseDashboardFilters(search))),
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

const routePages = (pathname: string): Preloadable[] =>
  (matchRoutes(appRoutes, pathname) ?? []).flatMap(({ route }) => {
    const type = (route.element as ReactElement | undefined)?.type as Preloadable | undefined;
    return type?.preload ? [type] : [];
  });

// Called by the entry before React renders: the session check, the page's code and texts and the
// page's first request leave together, rather than one after the other as the components mount.
// Resolves once the page's code and texts are there (or failed to come).
export const preloadRoute = (
  client: QueryClient,
  { pathname, search }: Pick<Location, 'pathname' | 'search'>,
): Promise<void> => {
  void client.prefetchQuery(meQueryOptions());
  const params = new URLSearchParams(search);
  const loading: Promise<unknown>[] = [];
  // The shell's own texts (its notification bell), on every page but the login form.
  if (pathname !== '/login') loading.push(preloadNamespaces(['notifications']));
  for (const target of routePages(pathname)) {
    if (target.preload) loading.push(target.preload());
    target.prefetch?.(client, params);
  }
  return Promise.allSettled(loading).then(() => undefined);
};

// A declarative router: the app loads its data with TanStack Query, not route loaders, and the data
// router's code (createBrowserRouter) weighs 16 kB gzip on every page.
const AppRoutes = () => {
  const { pathname } = useLocation();
  // The matched page's code and texts load while the session check (/api/auth/me) is still out,
  // rather than after it.
  useEffect(() => {
    for (const target of routePages(pathname)) void target.preload?.();
  }, [pathname]);
  return useRoutes(appRoutes);
};

export const App = () => (
  <BrowserRouter>
    <AppRoutes />
  </BrowserRouter>
);
