import { useTranslation } from 'react-i18next';

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
