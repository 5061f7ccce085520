import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { LoadingState } from '../components/ui/PageStatus';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { AppShell } from './AppShell';
import { RouteErrorPage } from './RouteErrorPage';

// One chunk per page; React.lazy wants a default export, the pages use named ones.
const LoginPage = lazy(() => import('../pages/LoginPage').then((m) => ({ default: m.LoginPage })));
const DashboardPage = lazy(() =>
  import('../pages/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const TasksPage = lazy(() => import('../pages/TasksPage').then((m) => ({ default: m.TasksPage })));
const TaskDetailPage = lazy(() =>
  import('../pages/TaskDetailPage').then((m) => ({ default: m.TaskDetailPage })),
);
const ComingSoonPage = lazy(() =>
  import('../pages/ComingSoonPage').then((m) => ({ default: m.ComingSoonPage })),
);
const ReportingPage = lazy(() =>
  import('../pages/ReportingPage').then((m) => ({ default: m.ReportingPage })),
);
const ReportingIndexRedirect = lazy(() =>
  import('../pages/ReportingPage').then((m) => ({ default: m.ReportingIndexRedirect })),
);
const ReportingMyTasksPage = lazy(() =>
  import('../pages/ReportingMyTasksPage').then((m) => ({ default: m.ReportingMyTasksPage })),
);
const ReportingReviewPage = lazy(() =>
  import('../pages/ReportingReviewPage').then((m) => ({ default: m.ReportingReviewPage })),
);
const ReportingMatrixPage = lazy(() =>
  import('../pages/ReportingMatrixPage').then((m) => ({ default: m.ReportingMatrixPage })),
);
const ReportingFormPage = lazy(() =>
  import('../pages/ReportingFormPage').then((m) => ({ default: m.ReportingFormPage })),
);
const MeetingsPage = lazy(() => import('../pages/MeetingsPage').then((m) => ({ default: m.MeetingsPage })));
const MeetingDetailPage = lazy(() =>
  import('../pages/MeetingDetailPage').then((m) => ({ default: m.MeetingDetailPage })),
);
const MeetingChangesPage = lazy(() =>
  import('../pages/MeetingChangesPage').then((m) => ({ default: m.MeetingChangesPage })),
);
const ImportPage = lazy(() => import('../pages/ImportPage').then((m) => ({ default: m.ImportPage })));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

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
    errorElement: <RouteErrorPage />,
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
          { path: 'admin', element: <ComingSoonPage section="admin" /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

const router = createBrowserRouter(appRoutes);

export const App = () => <RouterProvider router={router} />;
