import { useTranslation } from 'react-i18next';
import { isVersionConflict } from '../api/use-admin';
import { useAdminErrorMessage } from '../api/use-admin-error-message';

type DialogFooterProps = {
  // The last failed save, if any: shown in words (a stale version says so).
  failure: unknown;
  pending: boolean;
  onClose: () => void;
  submitLabel?: string;
};

// The end of every admin dialog's form: what went wrong, then cancel and save.
export const DialogFooter = ({ failure, pending, onClose, submitLabel }: DialogFooterProps) => {
  const { t } = useTranslation('admin');
  const errorMessage = useAdminErrorMessage();
  return (
    <>
      {failure ? (
        <p className="form-error" role="alert">
          {isVersionConflict(failure) ? t('common.conflict') : errorMessage(failure)}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} disabled={pending}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t('common.saving') : (submitLabel ?? t('common.save'))}
        </button>
      </div>
    </>
  );
};
