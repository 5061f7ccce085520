import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { translateApiError } from '../../../lib/translate-api-error';

type TaskErrorKey = `error.${'TASK_NOT_FOUND'}`;

// Task and milestone codes are translated in the tasks namespace; anything else as everywhere else.
export const useTaskErrorMessage = () => {
  const { t, i18n } = useTranslation('tasks');
  return (error: unknown): string => {
    if (isApiError(error) && i18n.exists(`error.${error.code}`, { ns: 'tasks' }))
      return t(`error.${error.code}` as TaskErrorKey);
    return translateApiError(error, i18n);
  };
};
