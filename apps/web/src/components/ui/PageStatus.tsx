import { useTranslation } from 'react-i18next';
import { useApiErrorMessage } from '../../lib/use-api-error-message';

export const LoadingState = () => {
  const { t } = useTranslation('common');
  return (
    <p className="page-status" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('state.loading')}
    </p>
  );
};

type ErrorStateProps = {
  error: unknown;
  onRetry?: () => void;
};

export const ErrorState = ({ error, onRetry }: ErrorStateProps) => {
  const { t } = useTranslation('common');
  const errorMessage = useApiErrorMessage();
  return (
    <div className="page-status page-status--error" role="alert">
      <p>
        <strong>{t('state.loadFailed')}</strong> {errorMessage(error)}
      </p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      ) : null}
    </div>
  );
};
