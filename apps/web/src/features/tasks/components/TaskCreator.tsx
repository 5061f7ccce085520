import { DEFAULT_TIME_ZONE, todayIn } from '@plan/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../auth/api/types';
import { useUnits } from '../../reference/api/use-reference';
import type { TaskDetail } from '../api/types';
import { useCreateTask } from '../api/use-tasks';
import { useTaskErrorMessage } from '../hooks/use-task-error-message';
import { useTaskFormSubmit } from '../hooks/use-task-form-submit';
import { emptyTaskForm, type TaskFormValues } from '../utils/task-form';
import { TaskForm } from './TaskForm';

type TaskCreatorProps = {
  me: Me;
  onCreated: (task: TaskDetail) => void;
  onCancel: () => void;
};

// Staff mostly create tasks for their own unit: it leads, they are responsible, starting today.
const initialValues = (me: Me): TaskFormValues =>
  emptyTaskForm({
    startDate: todayIn(DEFAULT_TIME_ZONE),
    leadUnitId: me.unit?.id ?? '',
    responsiblePersonId: me.unit ? me.id : '',
  });

export const TaskCreator = ({ me, onCreated, onCancel }: TaskCreatorProps) => {
  const { t } = useTranslation('tasks');
  const create = useCreateTask();
  const units = useUnits();
  const errorMessage = useTaskErrorMessage();
  const [values, setValues] = useState(() => initialValues(me));
  const { errors, errorFocusKey, formError, submit } = useTaskFormSubmit(create, onCreated, (error) =>
    t('form.saveFailed', { message: errorMessage(error) }),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  // The region follows the default lead unit once the units are known, unless already chosen.
  useEffect(() => {
    const unit = units.data?.find((candidate) => candidate.id === values.leadUnitId);
    if (unit) setValues((current) => (current.region ? current : { ...current, region: unit.regionCode }));
  }, [units.data, values.leadUnitId]);

  return (
    <TaskForm
      heading={
        <h1 tabIndex={-1} ref={headingRef}>
          {t('form.createTitle')}
        </h1>
      }
      values={values}
      onChange={setValues}
      errors={errors}
      errorFocusKey={errorFocusKey}
      formError={formError}
      knownPeople={[{ id: me.id, displayName: me.displayName }]}
      pending={create.isPending}
      submitLabel={t('form.create')}
      pendingLabel={t('form.creating')}
      onSubmit={() => submit(values)}
      onCancel={onCancel}
    />
  );
};
