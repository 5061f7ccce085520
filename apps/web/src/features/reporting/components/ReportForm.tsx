import {
  REPORT_TEXT_MAX,
  REPORTED_STATES,
  type ProgressReportView,
  type ReportedState,
} from '@plan/contracts';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/intl-format';
import { fieldErrorDetails } from '../utils/reporting-error';
import { DraftInvalidError, ReportNotEditableError, useReportDraft } from '../hooks/use-report-draft';
import { useReportingError } from '../hooks/use-reporting-error';
import type { InitialDraft } from '../utils/report-draft';
import { formatTime } from '../utils/reporting-format';
import {
  hasErrors,
  orderedErrors,
  parseProgressInput,
  validateReport,
  type ReportField,
} from '../utils/report-validation';
import type { ReportValues } from '../utils/report-values';
import { AttachmentField } from './AttachmentField';
import { SaveStatus } from './SaveStatus';

type EditDraft = Extract<InitialDraft, { mode: 'edit' }>;

type ReportFormProps = {
  userId: string;
  taskId: string;
  period: string;
  initial: EditDraft;
  onSubmitted: (report: ProgressReportView) => void;
  autosaveDelayMs?: number;
};

const TEXT_FIELDS = ['achievements', 'problems', 'nextSteps'] as const;

export const ReportForm = ({
  userId,
  taskId,
  period,
  initial,
  onSubmitted,
  autosaveDelayMs,
}: ReportFormProps) => {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const errorMessage = useReportingError();
  const id = useId();
  const fieldId = (field: ReportField) => `${id}-${field}`;
  const summaryRef = useRef<HTMLDivElement>(null);
  const [showAllErrors, setShowAllErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);

  const draft = useReportDraft({
    userId,
    taskId,
    period,
    initialValues: initial.values,
    serverDraft: initial.serverDraft,
    unsynced: initial.source === 'local',
    discardLocal: initial.discardLocal,
    delayMs: autosaveDelayMs,
  });
  const { values } = draft;
  const locked = draft.saveState.kind === 'taken' || draft.saveState.kind === 'submitted';

  // Inconsistent entries show at once; missing texts only once the user tries to submit.
  const errors = useMemo(
    () => validateReport(values, showAllErrors ? 'submit' : 'draft'),
    [values, showAllErrors],
  );
  const serverFieldErrors = fieldErrorDetails(submitError);
  const errorText = (field: ReportField) => {
    const issue = errors[field];
    return issue ? t(`validation.${issue}`, { field: t(`form.${field}`), max: REPORT_TEXT_MAX }) : null;
  };

  const set = (changes: Partial<ReportValues>) => {
    setSubmitError(null);
    draft.update(changes);
  };

  const chooseState = (reportedState: ReportedState) =>
    // Completed means 100%: fill it in rather than make the user fix it.
    set(reportedState === 'completed' ? { reportedState, progress: 100 } : { reportedState });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting || locked) return;
    setShowAllErrors(true);
    setSubmitError(null);
    if (hasErrors(validateReport(values, 'submit'))) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSubmitting(true);
    try {
      const report = await draft.submit();
      onSubmitted(report);
    } catch (error) {
      setSubmitError(error);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setSubmitting(false);
    }
  };

  const listed = showAllErrors ? orderedErrors(errors) : [];
  const submitProblem =
    submitError instanceof ReportNotEditableError
      ? t('form.notEditable')
      : submitError instanceof DraftInvalidError
        ? t('form.fixErrors')
        : submitError
          ? errorMessage(submitError)
          : null;

  const describedBy = (field: ReportField) => (errors[field] ? `${fieldId(field)}-error` : undefined);

  return (
    <form
      className="report-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('form.title')}
      </h2>
      {initial.restored ? (
        <p className="notice notice--info" role="status">
          {initial.source === 'local'
            ? t('form.restoredLocal', { time: formatTime(initial.restoredAt ?? '', lang) })
            : t('form.restoredServer', { time: formatTime(initial.restoredAt ?? '', lang) })}
        </p>
      ) : null}
      {initial.returned ? (
        <div className="notice notice--warning">
          <p>
            {t('form.returnedBy', {
              name: initial.returned.reviewedBy?.displayName ?? '',
              date: formatDate(initial.returned.reviewedAt ?? initial.returned.updatedAt, lang),
            })}
          </p>
          <p className="prose">
            <strong>{t('form.returnComment')}</strong>
            {initial.returned.reviewComment}
          </p>
        </div>
      ) : null}

      {listed.length > 0 || submitProblem ? (
        <div ref={summaryRef} className="form-error error-summary" role="alert" tabIndex={-1}>
          <p className="error-summary__title">{submitProblem ?? t('form.errorSummary')}</p>
          {listed.length > 0 ? (
            <ul>
              {listed.map(([field]) => (
                <li key={field}>
                  <a href={`#${fieldId(field)}`}>{errorText(field)}</a>
                </li>
              ))}
            </ul>
          ) : null}
          {serverFieldErrors.length > 0 ? (
            <ul>
              {serverFieldErrors.map((detail) => (
                <li key={detail.field}>
                  {t('form.serverFieldError', {
                    field: t(`form.${detail.field as ReportField}`, { defaultValue: detail.field }),
                    message: lang === 'en' ? detail.messageEn : detail.messageZh,
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <div className="report-form__row">
        <fieldset className="report-form__states" id={fieldId('reportedState')} disabled={locked}>
          <legend>
            {t('form.reportedState')}
            <span className="required-mark" aria-hidden="true">
              *
            </span>
          </legend>
          <div className="segmented">
            {REPORTED_STATES.map((state) => (
              <label key={state} className="segmented__option">
                <input
                  type="radio"
                  name={`${id}-state`}
                  value={state}
                  checked={values.reportedState === state}
                  onChange={() => chooseState(state)}
                />
                <span>{t(`reportedState.${state}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className="field report-form__progress">
          <label htmlFor={fieldId('progress')}>
            {t('form.progressPercent')}
            <span className="required-mark" aria-hidden="true">
              *
            </span>
          </label>
          <div className="progress-input">
            <input
              id={fieldId('progress')}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              required
              disabled={locked}
              className="progress-input__number"
              value={values.progress === null || Number.isNaN(values.progress) ? '' : values.progress}
              aria-invalid={errors.progress ? true : undefined}
              aria-describedby={describedBy('progress')}
              onChange={(event) => set({ progress: parseProgressInput(event.target.value) })}
            />
            <input
              type="range"
              min={0}
              max={100}
              step={5}
              disabled={locked}
              className="progress-input__range"
              aria-label={t('form.progressSlider')}
              aria-valuetext={`${values.progress ?? 0}%`}
              value={values.progress !== null && Number.isFinite(values.progress) ? values.progress : 0}
              onChange={(event) => set({ progress: Number(event.target.value) })}
            />
          </div>
          {errors.progress ? (
            <p id={`${fieldId('progress')}-error`} className="field-error">
              {errorText('progress')}
            </p>
          ) : null}
        </div>
      </div>

      {values.reportedState === 'suspended' ? (
        <div className="field">
          <label htmlFor={fieldId('suspendedReason')}>
            {t('form.suspendedReason')}
            <span className="required-mark" aria-hidden="true">
              *
            </span>
          </label>
          <textarea
            id={fieldId('suspendedReason')}
            rows={2}
            maxLength={REPORT_TEXT_MAX}
            required
            disabled={locked}
            value={values.suspendedReason}
            aria-invalid={errors.suspendedReason ? true : undefined}
            aria-describedby={describedBy('suspendedReason')}
            onChange={(event) => set({ suspendedReason: event.target.value })}
          />
          {errors.suspendedReason ? (
            <p id={`${fieldId('suspendedReason')}-error`} className="field-error">
              {errorText('suspendedReason')}
            </p>
          ) : null}
        </div>
      ) : null}

      <div className="report-form__texts">
        {TEXT_FIELDS.map((field) => {
          const required =
            field === 'achievements' || (field === 'nextSteps' && values.reportedState !== 'completed');
          return (
            <div className="field" key={field}>
              <label htmlFor={fieldId(field)}>
                {t(`form.${field}`)}
                {required ? (
                  <span className="required-mark" aria-hidden="true">
                    *
                  </span>
                ) : null}
              </label>
              <textarea
                id={fieldId(field)}
                rows={2}
                maxLength={REPORT_TEXT_MAX}
                required={required}
                disabled={locked}
                placeholder={t(`form.placeholder.${field}`)}
                value={values[field]}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={describedBy(field)}
                onChange={(event) => set({ [field]: event.target.value })}
              />
              {errors[field] ? (
                <p id={`${fieldId(field)}-error`} className="field-error">
                  {errorText(field)}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>

      <AttachmentField
        attachments={draft.server?.attachments ?? []}
        onUpload={draft.upload}
        onRemove={draft.removeAttachment}
        disabled={locked}
      />

      <div className="report-form__footer">
        <SaveStatus state={draft.saveState} />
        <div className="report-form__actions">
          <button
            type="button"
            className="button"
            disabled={locked || submitting}
            onClick={() => void draft.flush()}
          >
            {t('form.saveNow')}
          </button>
          <button type="submit" className="button button--primary" disabled={locked || submitting}>
            {submitting ? t('form.submitting') : t('form.submit')}
          </button>
        </div>
      </div>
    </form>
  );
};
