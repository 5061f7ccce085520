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
          { path: 'reporting', element: <ComingSoonPage section="reporting" /> },
          { path: 'meetings', element: <ComingSoonPage section="meetings" /> },
          { path: 'admin', element: <ComingSoonPage section="admin" /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

const router = createBrowserRouter(appRoutes);

export const App = () => <RouterProvider router={router} />;
