import { DEFAULT_TIME_ZONE, todayIn, type TaskDetail } from '@plan/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../auth/api/types';
import { TaskForm } from '../../tasks/components/TaskForm';
import { useTaskFormSubmit } from '../../tasks/hooks/use-task-form-submit';
import { emptyTaskForm, type TaskFormValues } from '../../tasks/utils/task-form';
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
  const { t } = useTranslation('meetings');
  const record = useRecordDecision(meetingId);
  const errorMessage = useMeetingsErrorMessage();
  const [values, setValues] = useState<TaskFormValues>(() =>
    emptyTaskForm({ startDate: todayIn(DEFAULT_TIME_ZONE) }),
  );
  const { errors, errorFocusKey, formError, submit } = useTaskFormSubmit(record, onRecorded, (error) =>
    t('decisions.failed', { reason: errorMessage(error) }),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

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
        onSubmit={() => submit(values)}
        onCancel={onCancel}
      />
    </div>
  );
};
