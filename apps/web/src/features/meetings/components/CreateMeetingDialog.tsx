import { DEFAULT_TIME_ZONE, todayIn, type MeetingDetail } from '@plan/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateMeeting } from '../api/use-meetings';
import { useMeetingsErrorMessage } from '../api/use-meetings-error-message';
import {
  emptyMeetingForm,
  MEETING_TITLE_MAX,
  toCreateMeetingBody,
  validateMeetingForm,
  type MeetingFormErrors,
  type MeetingFormField,
  type MeetingFormValues,
} from '../utils/meeting-form';
import { Dialog } from '../../../components/ui/Dialog';

type CreateMeetingDialogProps = {
  onCreated: (meeting: MeetingDetail) => void;
  onClose: () => void;
};

// Creating a meeting freezes every figure and task as they are now; the dialog says so before it does.
export const CreateMeetingDialog = ({ onCreated, onClose }: CreateMeetingDialogProps) => {
  const { t } = useTranslation('meetings');
  const errorMessage = useMeetingsErrorMessage();
  const create = useCreateMeeting();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<MeetingFormValues>(() => emptyMeetingForm(todayIn(DEFAULT_TIME_ZONE)));
  const [errors, setErrors] = useState<MeetingFormErrors>({});

  const fieldId = (field: MeetingFormField) => `${id}-${field}`;
  const errorId = (field: MeetingFormField) => (errors[field] ? `${id}-${field}-error` : undefined);
  const set = (field: MeetingFormField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const found = validateMeetingForm(values);
    setErrors(found);
    const first = (['title', 'heldOn'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    create.mutate(toCreateMeetingBody(values), { onSuccess: onCreated });
  };

  const fieldError = (field: MeetingFormField) =>
    errors[field] ? (
      <p id={errorId(field)} className="mt-field-error">
        {t(`create.error.${errors[field]!}`, { max: MEETING_TITLE_MAX })}
      </p>
    ) : null;

  return (
    <Dialog
      title={t('create.title')}
      description={t('create.description')}
      onClose={() => {
        if (!create.isPending) onClose();
      }}
      initialFocus={titleRef}
    >
      <form className="mt-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={fieldId('title')}>
            {t('create.name')}
            <span className="mt-required" aria-hidden="true">
              *
            </span>
          </label>
          <input
            ref={titleRef}
            id={fieldId('title')}
            type="text"
            required
            maxLength={MEETING_TITLE_MAX}
            placeholder={t('create.namePlaceholder')}
            value={values.title}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errorId('title')}
            onChange={(event) => set('title', event.target.value)}
          />
          {fieldError('title')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('heldOn')}>
            {t('create.heldOn')}
            <span className="mt-required" aria-hidden="true">
              *
            </span>
          </label>
          <input
            id={fieldId('heldOn')}
            type="date"
            required
            value={values.heldOn}
            aria-invalid={errors.heldOn ? true : undefined}
            aria-describedby={[`${id}-heldOn-hint`, errorId('heldOn')].filter(Boolean).join(' ')}
            onChange={(event) => set('heldOn', event.target.value)}
          />
          <p id={`${id}-heldOn-hint`} className="mt-field-hint">
            {t('create.heldOnHint')}
          </p>
          {fieldError('heldOn')}
        </div>
        {create.isError ? (
          <p className="form-error" role="alert">
            {t('create.failed', { reason: errorMessage(create.error) })}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose} disabled={create.isPending}>
            {t('create.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('create.submitting') : t('create.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
};
