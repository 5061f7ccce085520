import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { errorDetails } from '../../../lib/api-client';
import { tasksKeys } from '../api/tasks.keys';
import type { PersonRef, TaskDetail } from '../api/types';
import { usePeople, useUpdateTask } from '../api/use-tasks';
import { useTaskErrorMessage } from '../hooks/use-task-error-message';
import { pendingTaskFields, rebaseTaskEdit } from '../utils/task-conflict';
import {
  changedTaskFields,
  hasErrors,
  serverFieldErrors,
  toTaskFormValues,
  toTaskPatchBody,
  validateTaskForm,
  type TaskFormErrors,
  type TaskFormValues,
} from '../utils/task-form';
import { TaskConflictView } from './TaskConflictView';
import { TaskForm } from './TaskForm';

type TaskEditorProps = {
  task: TaskDetail;
  onDone: (task: TaskDetail, notice: string) => void;
  onCancel: () => void;
};

// The current task a 409 TASK_VERSION_CONFLICT carries in details.current.
const conflictCurrent = (error: unknown): TaskDetail | null => {
  if (!isApiError(error) || error.code !== 'TASK_VERSION_CONFLICT') return null;
  const current = (errorDetails(error) as { current?: TaskDetail } | undefined)?.current;
  return current && typeof current.version === 'number' ? current : null;
};

const uniquePeople = (people: (PersonRef | undefined)[]): PersonRef[] => {
  const byId = new Map<string, PersonRef>();
  for (const person of people) if (person) byId.set(person.id, person);
  return [...byId.values()];
};

export const TaskEditor = ({ task, onDone, onCancel }: TaskEditorProps) => {
  const { t, i18n } = useTranslation('tasks');
  const queryClient = useQueryClient();
  const update = useUpdateTask(task.id);
  const errorMessage = useTaskErrorMessage();
  // The version this edit started from; a conflict moves it to the version the edit is replayed on.
  const [base, setBase] = useState<TaskDetail>(task);
  const [values, setValues] = useState<TaskFormValues>(() => toTaskFormValues(task));
  const [errors, setErrors] = useState<TaskFormErrors>({});
  const [errorFocusKey, setErrorFocusKey] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<TaskDetail | null>(null);
  const [notice, setNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const leadPeople = usePeople(values.leadUnitId);

  const dirty = changedTaskFields(toTaskFormValues(base), values).length > 0;

  // Closing the tab must not silently drop an edit.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // Entering the form (and coming back to it from the comparison) starts at its heading, unless an
  // error summary wants the focus.
  useEffect(() => {
    if (!conflict && !hasErrors(errors)) headingRef.current?.focus();
  }, [conflict]);

  const people = uniquePeople([
    base.responsiblePerson,
    task.responsiblePerson,
    conflict?.responsiblePerson,
    ...(leadPeople.data ?? []).map((person) => ({ id: person.id, displayName: person.displayName })),
  ]);

  const showErrors = (found: TaskFormErrors) => {
    setErrors(found);
    setErrorFocusKey((key) => key + 1);
  };

  const save = (nextValues: TaskFormValues, nextBase: TaskDetail) => {
    setFormError(null);
    setNotice('');
    const found = validateTaskForm(nextValues);
    if (hasErrors(found)) {
      showErrors(found);
      return;
    }
    setErrors({});
    const baseValues = toTaskFormValues(nextBase);
    if (changedTaskFields(baseValues, nextValues).length === 0) {
      onDone(nextBase, t('detail.noChanges'));
      return;
    }
    update.mutate(toTaskPatchBody(baseValues, nextValues, nextBase.version), {
      onSuccess: (saved) => onDone(saved, t('detail.saved')),
      onError: (error) => {
        const current = conflictCurrent(error);
        if (current) {
          queryClient.setQueryData(tasksKeys.detail(task.id), current);
          setConflict(current);
          return;
        }
        const fieldErrors = serverFieldErrors(error, i18n.language);
        if (fieldErrors) showErrors(fieldErrors);
        else setFormError(t('form.saveFailed', { message: errorMessage(error) }));
      },
    });
  };

  const moveOnto = (current: TaskDetail): TaskFormValues => {
    const merged = rebaseTaskEdit(toTaskFormValues(base), values, toTaskFormValues(current));
    setBase(current);
    setValues(merged);
    setConflict(null);
    return merged;
  };

  if (conflict) {
    return (
      <TaskConflictView
        base={toTaskFormValues(base)}
        mine={values}
        current={conflict}
        people={people}
        pending={update.isPending}
        onReapply={() => {
          const pending = pendingTaskFields(toTaskFormValues(base), values, toTaskFormValues(conflict));
          const merged = moveOnto(conflict);
          if (pending.length === 0) onDone(conflict, t('detail.upToDate'));
          else save(merged, conflict);
        }}
        onEditMerged={() => {
          moveOnto(conflict);
          setNotice(t('conflict.merged'));
        }}
        onDiscard={() => onDone(conflict, t('detail.discarded'))}
      />
    );
  }

  return (
    <>
      <div className="live-message" role="status">
        {notice ? <p className="notice">{notice}</p> : null}
      </div>
      <TaskForm
        heading={
          <>
            <h1 tabIndex={-1} ref={headingRef}>
              {t('form.editTitle')}
            </h1>
            <p className="task-form__subtitle">
              <span className="task-detail__code">{base.code}</span> {base.title}{' '}
              <span className="muted">{t('detail.version', { version: base.version })}</span>
            </p>
          </>
        }
        values={values}
        onChange={setValues}
        errors={errors}
        errorFocusKey={errorFocusKey}
        formError={formError}
        knownPeople={people}
        pending={update.isPending}
        submitLabel={t('form.save')}
        pendingLabel={t('form.saving')}
        onSubmit={() => save(values, base)}
        onCancel={onCancel}
      />
    </>
  );
};
