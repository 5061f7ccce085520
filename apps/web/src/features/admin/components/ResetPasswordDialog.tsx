import { PASSWORD_MIN_LENGTH, type AdminPerson } from '@plan/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/Dialog';
import { DialogFooter } from './DialogFooter';
import { useResetPassword } from '../api/use-admin';
import { checkPassword, type PersonFormErrorKey } from '../utils/person-form';
import { FormField } from './FormField';

type ResetPasswordDialogProps = {
  person: AdminPerson;
  onClose: () => void;
  onDone: () => void;
};

export const ResetPasswordDialog = ({ person, onClose, onDone }: ResetPasswordDialogProps) => {
  const { t } = useTranslation('admin');
  const reset = useResetPassword();
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: PersonFormErrorKey; confirm?: PersonFormErrorKey }>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    const found = {
      password: checkPassword(password),
      confirm: !checkPassword(password) && confirm !== password ? ('passwordMismatch' as const) : undefined,
    };
    setErrors(found);
    if (found.password || found.confirm) {
      document.getElementById(`${id}-${found.password ? 'password' : 'confirm'}`)?.focus();
      return;
    }
    reset.mutate({ id: person.id, password }, { onSuccess: onDone });
  };

  const errorText = (key: PersonFormErrorKey | undefined) =>
    key ? t(`form.error.${key}`, { min: PASSWORD_MIN_LENGTH, max: 0 }) : undefined;

  return (
    <Dialog
      title={t('reset.title')}
      description={t('reset.description', { name: person.displayName })}
      onClose={() => !reset.isPending && onClose()}
      initialFocus={first}
    >
      <form className="adm-form" onSubmit={submit} noValidate>
        <FormField
          id={`${id}-password`}
          label={t('reset.password')}
          required
          hint={t('people.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          error={errorText(errors.password)}
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={first}
              type="password"
              autoComplete="new-password"
              required
              value={password}
              onChange={(e) => {
                setPassword(e.target.value);
                setErrors({});
              }}
            />
          )}
        </FormField>
        <FormField id={`${id}-confirm`} label={t('reset.confirm')} required error={errorText(errors.confirm)}>
          {(a11y) => (
            <input
              {...a11y}
              type="password"
              autoComplete="new-password"
              required
              value={confirm}
              onChange={(e) => {
                setConfirm(e.target.value);
                setErrors({});
              }}
            />
          )}
        </FormField>
        <DialogFooter
          failure={reset.error}
          pending={reset.isPending}
          onClose={onClose}
          submitLabel={t('reset.submit')}
        />
      </form>
    </Dialog>
  );
};
