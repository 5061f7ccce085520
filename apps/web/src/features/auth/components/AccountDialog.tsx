import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PASSWORD_MIN_LENGTH } from '@plan/contracts';
import { Dialog } from '../../../components/ui/Dialog';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useChangePassword, useLogoutEverywhere } from '../api/use-auth';

type AccountDialogProps = { onClose: () => void };

// The signed-in person's own security: change the password (other devices are signed out) and
// sign out on every device at once.
export const AccountDialog = ({ onClose }: AccountDialogProps) => {
  const { t } = useTranslation('common');
  const id = useId();
  const navigate = useNavigate();
  const errorMessage = useApiErrorMessage();
  const change = useChangePassword();
  const everywhere = useLogoutEverywhere();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
        },
      },
    );
  };

  const error = mismatch
    ? t('account.mismatch')
    : change.isError
      ? errorMessage(change.error)
      : everywhere.isError
        ? errorMessage(everywhere.error)
        : null;
  const errorId = `${id}-error`;

  return (
    <Dialog title={t('account.title')} description={t('account.description')} onClose={onClose}>
      <form className="account-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-current`}>{t('account.current')}</label>
          <input
            id={`${id}-current`}
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-next`}>{t('account.next', { min: PASSWORD_MIN_LENGTH })}</label>
          <input
            id={`${id}-next`}
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            value={next}
            onChange={(e) => setNext(e.target.value)}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-repeat`}>{t('account.repeat')}</label>
          <input
            id={`${id}-repeat`}
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            aria-invalid={mismatch || undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        {error ? (
          <p id={errorId} className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        {change.isSuccess ? (
          <p className="form-success" role="status">
            {t('account.changed')}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={change.isPending || !current || next.length < PASSWORD_MIN_LENGTH}
          >
            {change.isPending ? t('account.saving') : t('account.save')}
          </button>
        </div>
      </form>
      <hr />
      <p>{t('account.everywhereHint')}</p>
      <button
        type="button"
        className="button button--danger-outline"
        disabled={everywhere.isPending}
        onClick={() =>
          everywhere.mutate(undefined, { onSuccess: () => navigate('/login', { replace: true }) })
        }
      >
        {t('account.everywhere')}
      </button>
    </Dialog>
  );
};
