import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MILESTONE_TITLE_MAX,
  validateMilestoneForm,
  type MilestoneFormErrors,
  type MilestoneFormField,
  type MilestoneFormValues,
} from '../utils/milestone-form';

type MilestoneFormProps = {
  heading: string;
  initial: MilestoneFormValues;
  task: { startDate: string; dueDate: string | null };
  pending: boolean;
  serverError: string | null;
  onSubmit: (values: MilestoneFormValues) => void;
  onCancel: () => void;
};

export const MilestoneForm = ({
  heading,
  initial,
  task,
  pending,
  serverError,
  onSubmit,
  onCancel,
}: MilestoneFormProps) => {
  const { t } = useTranslation('tasks');
  const id = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<MilestoneFormErrors>({});
  const fieldRefs = useRef<Partial<Record<MilestoneFormField, HTMLInputElement | null>>>({});

  const set = (field: MilestoneFormField) => (value: string) =>
    setValues((prev) => ({ ...prev, [field]: value }));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateMilestoneForm(values, task);
    setErrors(found);
    const first = (['title', 'dueDate', 'weight'] as const).find((field) => found[field]);
    if (first) {
      fieldRefs.current[first]?.focus();
      return;
    }
    onSubmit(values);
  };

  const fieldProps = (field: MilestoneFormField, hasHint = false) => {
    const error = errors[field];
    const describedBy = [hasHint ? `${id}-${field}-hint` : '', error ? `${id}-${field}-error` : '']
      .filter(Boolean)
      .join(' ');
    return {
      id: `${id}-${field}`,
      ref: (element: HTMLInputElement | null) => {
        fieldRefs.current[field] = element;
      },
      value: values[field],
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
      onChange: (event: { target: { value: string } }) => set(field)(event.target.value),
    };
  };

  const errorText = (field: MilestoneFormField) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {t(`milestone.error.${errors[field]}`)}
      </p>
    ) : null;

  return (
    <form className="milestone-form" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <div className="milestone-form__fields">
        <div className="field milestone-form__title">
          <label htmlFor={`${id}-title`}>{t('milestone.formTitle')}</label>
          <input type="text" required maxLength={MILESTONE_TITLE_MAX} autoFocus {...fieldProps('title')} />
          {errorText('title')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-dueDate`}>{t('milestone.formDueDate')}</label>
          <input
            type="date"
            required
            min={task.startDate}
            max={task.dueDate ?? undefined}
            {...fieldProps('dueDate', true)}
          />
          <p id={`${id}-dueDate-hint`} className="field-hint">
            {t('milestone.formDueDateHint')}
          </p>
          {errorText('dueDate')}
        </div>
        <div className="field milestone-form__weight">
          <label htmlFor={`${id}-weight`}>{t('milestone.formWeight')}</label>
          <input type="text" inputMode="decimal" required {...fieldProps('weight', true)} />
          <p id={`${id}-weight-hint`} className="field-hint">
            {t('milestone.formWeightHint')}
          </p>
          {errorText('weight')}
        </div>
      </div>
      {serverError ? (
        <p className="form-error" role="alert">
          {serverError}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t('milestone.saving') : t('milestone.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('milestone.cancel')}
        </button>
      </div>
    </form>
  );
};
