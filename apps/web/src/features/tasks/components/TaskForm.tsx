import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../lib/locale';
import { useMeasures, useRegions, useUnits } from '../../reference/api/use-reference';
import type { PersonRef } from '../api/types';
import { usePeople } from '../api/use-tasks';
import { groupUnitsByRegion } from '../utils/group-units';
import {
  TASK_FORM_FIELDS,
  TASK_LIMITS,
  type FieldIssue,
  type TaskFormErrors,
  type TaskFormField,
  type TaskFormValues,
} from '../utils/task-form';
import { SectorCheckboxes } from './SectorCheckboxes';
import { UnitMultiSelect } from './UnitMultiSelect';

export const FIELD_LABEL_KEYS = {
  title: 'form.title',
  requirement: 'form.requirement',
  measure: 'form.measure',
  region: 'form.region',
  sectors: 'form.sectors',
  leadUnitId: 'form.leadUnit',
  cooperatingUnitIds: 'form.cooperatingUnits',
  responsiblePersonId: 'form.responsiblePerson',
  startDate: 'form.startDate',
  dueDate: 'form.dueDate',
} as const satisfies Record<TaskFormField, string>;

export const useIssueText = () => {
  const { t } = useTranslation('tasks');
  return (issue: FieldIssue): string =>
    'text' in issue ? issue.text : t(`form.error.${issue.key}`, issue.values ?? {});
};

type TaskFormProps = {
  heading: ReactNode;
  values: TaskFormValues;
  onChange: (values: TaskFormValues) => void;
  errors: TaskFormErrors;
  // Bumped after a failed submit: moves focus to the error summary so it is read out.
  errorFocusKey: number;
  formError: string | null;
  // Names of people who may be chosen though not in the lead unit's list (the current 责任人).
  knownPeople: PersonRef[];
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
};

const Required = () => (
  <span className="required-mark" aria-hidden="true">
    *
  </span>
);

export const TaskForm = ({
  heading,
  values,
  onChange,
  errors,
  errorFocusKey,
  formError,
  knownPeople,
  pending,
  submitLabel,
  pendingLabel,
  onSubmit,
  onCancel,
}: TaskFormProps) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const id = useId();
  const issueText = useIssueText();
  const measures = useMeasures();
  const regions = useRegions();
  const units = useUnits();
  const people = usePeople(values.leadUnitId);
  const summaryRef = useRef<HTMLDivElement>(null);

  const fieldId = (field: TaskFormField) => `${id}-${field}`;
  const errorId = (field: TaskFormField) => (errors[field] ? `${id}-${field}-error` : undefined);
  const hintId = (field: TaskFormField) => `${id}-${field}-hint`;
  const described = (field: TaskFormField, hint = false) =>
    [hint ? hintId(field) : undefined, errorId(field)].filter(Boolean).join(' ') || undefined;
  const invalid = (field: TaskFormField) => (errors[field] ? true : undefined);
  const errorText = (field: TaskFormField) => {
    const issue = errors[field];
    return issue ? (
      <p id={errorId(field)} className="field-error">
        {issueText(issue)}
      </p>
    ) : null;
  };
  const set = <K extends keyof TaskFormValues>(key: K, value: TaskFormValues[K]) =>
    onChange({ ...values, [key]: value });

  useEffect(() => {
    if (errorFocusKey > 0) summaryRef.current?.focus();
  }, [errorFocusKey]);

  const unitList = units.data ?? [];
  const setLead = (leadUnitId: string) => {
    const unit = unitList.find((candidate) => candidate.id === leadUnitId);
    onChange({
      ...values,
      leadUnitId,
      // A new lead unit brings its own people; a unit cannot lead and cooperate at once.
      responsiblePersonId: leadUnitId === values.leadUnitId ? values.responsiblePersonId : '',
      cooperatingUnitIds: values.cooperatingUnitIds.filter((unitId) => unitId !== leadUnitId),
      region: values.region || unit?.regionCode || '',
    });
  };

  const personOptions = (people.data ?? []).filter((person) => person.active);
  const chosenElsewhere =
    values.responsiblePersonId && !personOptions.some((person) => person.id === values.responsiblePersonId)
      ? knownPeople.find((person) => person.id === values.responsiblePersonId)
      : undefined;

  const errorFields = TASK_FORM_FIELDS.filter((field) => errors[field]);
  const focusField = (field: TaskFormField) => {
    document.getElementById(fieldId(field))?.focus();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="task-form" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <div id={`${id}-heading`}>{heading}</div>
      <p className="muted">{t('form.requiredNote')}</p>

      {errorFields.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <p className="error-summary__title">{t('form.errorSummary', { count: errorFields.length })}</p>
          <ul>
            {errorFields.map((field) => (
              <li key={field}>
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(field);
                  }}
                >
                  {t('form.errorItem', {
                    label: t(FIELD_LABEL_KEYS[field]),
                    message: issueText(errors[field]!),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}

      <fieldset className="task-form__body" disabled={pending}>
        <div className="field">
          <label htmlFor={fieldId('title')}>
            {t('form.title')}
            <Required />
          </label>
          <input
            id={fieldId('title')}
            type="text"
            required
            maxLength={TASK_LIMITS.title}
            value={values.title}
            aria-invalid={invalid('title')}
            aria-describedby={described('title')}
            onChange={(event) => set('title', event.target.value)}
          />
          {errorText('title')}
        </div>

        <div className="field">
          <label htmlFor={fieldId('requirement')}>{t('form.requirement')}</label>
          <textarea
            id={fieldId('requirement')}
            rows={5}
            maxLength={TASK_LIMITS.requirement}
            value={values.requirement}
            aria-invalid={invalid('requirement')}
            aria-describedby={described('requirement', true)}
            onChange={(event) => set('requirement', event.target.value)}
          />
          <p id={hintId('requirement')} className="field-hint">
            {t('form.requirementHint')}
          </p>
          {errorText('requirement')}
        </div>

        <div className="form-grid">
          <div className="field">
            <label htmlFor={fieldId('measure')}>
              {t('form.measure')}
              <Required />
            </label>
            <select
              id={fieldId('measure')}
              required
              value={values.measure}
              aria-invalid={invalid('measure')}
              aria-describedby={described('measure')}
              onChange={(event) => set('measure', event.target.value)}
            >
              <option value="">{t('form.choose')}</option>
              {(measures.data ?? []).map((measure) => (
                <option key={measure.code} value={measure.code}>
                  {localName(measure, lang)}
                </option>
              ))}
            </select>
            {errorText('measure')}
          </div>

          <div className="field">
            <label htmlFor={fieldId('region')}>
              {t('form.region')}
              <Required />
            </label>
            <select
              id={fieldId('region')}
              required
              value={values.region}
              aria-invalid={invalid('region')}
              aria-describedby={described('region')}
              onChange={(event) => set('region', event.target.value)}
            >
              <option value="">{t('form.choose')}</option>
              {(regions.data ?? []).map((region) => (
                <option key={region.code} value={region.code}>
                  {localName(region, lang)}
                </option>
              ))}
            </select>
            {errorText('region')}
          </div>
        </div>

        <SectorCheckboxes
          id={fieldId('sectors')}
          value={values.sectors}
          onChange={(sectors) => set('sectors', sectors)}
          describedBy={described('sectors', true)}
          invalid={Boolean(errors.sectors)}
        />
        <p id={hintId('sectors')} className="field-hint field-hint--after">
          {t('form.sectorsHint')}
        </p>
        {errorText('sectors')}

        <div className="form-grid">
          <div className="field">
            <label htmlFor={fieldId('leadUnitId')}>
              {t('form.leadUnit')}
              <Required />
            </label>
            <select
              id={fieldId('leadUnitId')}
              required
              value={values.leadUnitId}
              aria-invalid={invalid('leadUnitId')}
              aria-describedby={described('leadUnitId', true)}
              onChange={(event) => setLead(event.target.value)}
            >
              <option value="">{t('form.choose')}</option>
              {groupUnitsByRegion(unitList, regions.data ?? [], values.region).map((group) => (
                <optgroup key={group.region.code} label={localName(group.region, lang)}>
                  {group.units.map((unit) => (
                    <option key={unit.id} value={unit.id}>
                      {localName(unit, lang)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <p id={hintId('leadUnitId')} className="field-hint">
              {t('form.leadUnitHint')}
            </p>
            {errorText('leadUnitId')}
          </div>

          <div className="field">
            <label htmlFor={fieldId('responsiblePersonId')}>
              {t('form.responsiblePerson')}
              <Required />
            </label>
            <select
              id={fieldId('responsiblePersonId')}
              required
              value={values.responsiblePersonId}
              disabled={!values.leadUnitId}
              aria-invalid={invalid('responsiblePersonId')}
              aria-describedby={described('responsiblePersonId', true)}
              onChange={(event) => set('responsiblePersonId', event.target.value)}
            >
              <option value="">
                {!values.leadUnitId
                  ? t('form.chooseLeadFirst')
                  : people.isPending
                    ? t('form.loadingOptions')
                    : t('form.choose')}
              </option>
              {personOptions.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}
                </option>
              ))}
              {chosenElsewhere ? (
                <option value={chosenElsewhere.id}>
                  {t('form.otherUnitPerson', { name: chosenElsewhere.displayName })}
                </option>
              ) : null}
            </select>
            <p id={hintId('responsiblePersonId')} className="field-hint">
              {t('form.responsibleHint')}
            </p>
            {errorText('responsiblePersonId')}
          </div>
        </div>

        <UnitMultiSelect
          id={fieldId('cooperatingUnitIds')}
          units={unitList}
          regions={regions.data ?? []}
          value={values.cooperatingUnitIds}
          leadUnitId={values.leadUnitId}
          taskRegion={values.region}
          onChange={(ids) => set('cooperatingUnitIds', ids)}
          hintId={hintId('cooperatingUnitIds')}
          errorId={errorId('cooperatingUnitIds')}
        />
        <p id={hintId('cooperatingUnitIds')} className="field-hint field-hint--after">
          {t('form.cooperatingHint')}
        </p>
        {errorText('cooperatingUnitIds')}

        <div className="form-grid">
          <div className="field">
            <label htmlFor={fieldId('startDate')}>
              {t('form.startDate')}
              <Required />
            </label>
            <input
              id={fieldId('startDate')}
              type="date"
              required
              value={values.startDate}
              aria-invalid={invalid('startDate')}
              aria-describedby={described('startDate')}
              onChange={(event) => set('startDate', event.target.value)}
            />
            {errorText('startDate')}
          </div>

          <div className="field">
            <label htmlFor={fieldId('dueDate')}>
              {t('form.dueDate')}
              {values.ongoing ? null : <Required />}
            </label>
            <input
              id={fieldId('dueDate')}
              type="date"
              required={!values.ongoing}
              disabled={values.ongoing}
              min={values.startDate || undefined}
              value={values.dueDate}
              aria-invalid={invalid('dueDate')}
              aria-describedby={described('dueDate')}
              onChange={(event) => set('dueDate', event.target.value)}
            />
            <label className="choice" htmlFor={`${id}-ongoing`}>
              <input
                id={`${id}-ongoing`}
                type="checkbox"
                checked={values.ongoing}
                onChange={(event) => set('ongoing', event.target.checked)}
              />
              <span>{t('form.ongoing')}</span>
            </label>
            {errorText('dueDate')}
          </div>
        </div>
      </fieldset>

      <div className="button-row task-form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
};
