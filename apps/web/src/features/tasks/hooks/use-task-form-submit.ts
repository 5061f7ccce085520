import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import type { TaskWriteBody } from '../api/types';
import {
  hasErrors,
  serverFieldErrors,
  toTaskWriteBody,
  validateTaskForm,
  type TaskFormErrors,
  type TaskFormValues,
} from '../utils/task-form';

// Creating a task (from the list, or as a meeting's decision): check in the browser, post, and on a
// refusal put the server's field errors on the fields — what was typed stays in the form.
export const useTaskFormSubmit = <T>(
  mutation: Pick<UseMutationResult<T, Error, TaskWriteBody>, 'mutate'>,
  onSuccess: (task: T) => void,
  failed: (error: Error) => string,
) => {
  const { i18n } = useTranslation();
  const [errors, setErrors] = useState<TaskFormErrors>({});
  const [errorFocusKey, setErrorFocusKey] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);

  const showErrors = (found: TaskFormErrors) => {
    setErrors(found);
    setErrorFocusKey((key) => key + 1);
  };

  const submit = (values: TaskFormValues) => {
    setFormError(null);
    const found = validateTaskForm(values);
    if (hasErrors(found)) {
      showErrors(found);
      return;
    }
    setErrors({});
    mutation.mutate(toTaskWriteBody(values), {
      onSuccess: (task) => onSuccess(task),
      onError: (error) => {
        const fieldErrors = serverFieldErrors(error, i18n.language);
        if (fieldErrors) showErrors(fieldErrors);
        else setFormError(failed(error));
      },
    });
  };

  return { errors, errorFocusKey, formError, submit };
};
