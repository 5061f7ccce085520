import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';

// Last resort for render errors and failed lazy chunks (e.g. after a deploy replaced them).
export const RouteErrorPage = () => {
  const { t } = useTranslation('common');
  return (
    <main id="main" className="page page--centered">
      <div className="page-status page-status--error" role="alert">
        <h1>{t('routeError.title')}</h1>
        <p>{t('routeError.body')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </div>
    </main>
  );
};

type BoundaryProps = { resetKey: string; children: ReactNode };
type BoundaryState = { failed: boolean; resetKey: string };

class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError = (): Partial<BoundaryState> => ({ failed: true });

  // Going to another page clears the error, as a data router's errorElement does.
  static getDerivedStateFromProps = (
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null =>
    props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };

  override render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}

// The app's routes render inside this (a layout route), so it works under any router.
export const RouteErrorBoundary = () => {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary resetKey={pathname}>
      <Outlet />
    </ErrorBoundary>
  );
};
