import { DEFAULT_TIME_ZONE, todayIn, type TaskDetail } from '@plan/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../auth/api/types';
import { TaskForm } from '../../tasks/components/TaskForm';
import {
  emptyTaskForm,
  hasErrors,
  serverFieldErrors,
  toTaskWriteBody,
  validateTaskForm,
  type TaskFormErrors,
  type TaskFormValues,
} from '../../tasks/utils/task-form';
import { useRecordDecision } from '../api/use-meetings';
import { useMeetingsErrorMessage } from '../api/use-meetings-error-message';

type RecordDecisionFormProps = {
  meetingId: string;
  me: Me;
  onRecorded: (task: TaskDetail) => void;
  onCancel: () => void;
};

// A decision 议定事项 is a new task linked to the meeting: the task form, posted to the meeting. What was
// typed stays in the form when the server refuses it.
export const RecordDecisionForm = ({ meetingId, me, onRecorded, onCancel }: RecordDecisionFormProps) => {
  const { t, i18n } = useTranslation('meetings');
  const record = useRecordDecision(meetingId);
  const errorMessage = useMeetingsErrorMessage();
  const [values, setValues] = useState<TaskFormValues>(() =>
    emptyTaskForm({ startDate: todayIn(DEFAULT_TIME_ZONE) }),
  );
  const [errors, setErrors] = useState<TaskFormErrors>({});
  const [errorFocusKey, setErrorFocusKey] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const showErrors = (found: TaskFormErrors) => {
    setErrors(found);
    setErrorFocusKey((key) => key + 1);
  };

  const submit = () => {
    setFormError(null);
    const found = validateTaskForm(values);
    if (hasErrors(found)) {
      showErrors(found);
      return;
    }
    setErrors({});
    record.mutate(toTaskWriteBody(values), {
      onSuccess: onRecorded,
      onError: (error) => {
        const fieldErrors = serverFieldErrors(error, i18n.language);
        if (fieldErrors) showErrors(fieldErrors);
        else setFormError(t('decisions.failed', { reason: errorMessage(error) }));
      },
    });
  };

  return (
    <div className="mt-decision-form">
      <TaskForm
        heading={
          <h3 tabIndex={-1} ref={headingRef}>
            {t('decisions.formTitle')}
          </h3>
        }
        values={values}
        onChange={setValues}
        errors={errors}
        errorFocusKey={errorFocusKey}
        formError={formError}
        knownPeople={[{ id: me.id, displayName: me.displayName }]}
        pending={record.isPending}
        submitLabel={t('decisions.submit')}
        pendingLabel={t('decisions.submitting')}
        onSubmit={submit}
        onCancel={onCancel}
      />
    </div>
  );
};
