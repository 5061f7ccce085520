import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { errorDetails } from '../../../lib/api-client';
import { tasksKeys } from '../api/tasks.keys';
import type { TaskDetail } from '../api/types';
import { useArchiveTask, useRestoreTask } from '../api/use-tasks';
import { useTaskErrorMessage } from '../hooks/use-task-error-message';

type ArchiveControlProps = {
  task: TaskDetail;
  onNotice: (message: string) => void;
};

// Archive asks first (it hides the task from every list and figure); restore is harmless and immediate.
export const ArchiveControl = ({ task, onNotice }: ArchiveControlProps) => {
  const { t } = useTranslation('tasks');
  const id = useId();
  const queryClient = useQueryClient();
  const archive = useArchiveTask(task.id);
  const restore = useRestoreTask(task.id);
  const errorMessage = useTaskErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onError = (failure: unknown) => {
    const current = errorDetails(failure) as { current?: TaskDetail } | undefined;
    if (isApiError(failure) && failure.code === 'TASK_VERSION_CONFLICT' && current?.current) {
      queryClient.setQueryData(tasksKeys.detail(task.id), current.current);
      setError(t('archive.changed'));
    } else {
      void queryClient.invalidateQueries({ queryKey: tasksKeys.detail(task.id) });
      setError(errorMessage(failure));
    }
    setConfirming(false);
  };

  if (task.archivedAt) {
    return (
      <div className="archive-control">
        <button
          type="button"
          className="button"
          disabled={restore.isPending}
          onClick={() => {
            setError(null);
            restore.mutate(task.version, { onSuccess: () => onNotice(t('archive.restored')), onError });
          }}
        >
          {restore.isPending ? t('archive.restoring') : t('archive.restore')}
        </button>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <div className="archive-control">
      {confirming ? (
        <div
          className="confirm-box"
          role="group"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-body`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setConfirming(false);
          }}
        >
          <p id={`${id}-title`} className="confirm-box__title">
            {t('archive.confirmTitle')}
          </p>
          <p id={`${id}-body`} className="muted">
            {t('archive.confirmBody')}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={archive.isPending}
              onClick={() => {
                setError(null);
                archive.mutate(task.version, {
                  onSuccess: () => {
                    setConfirming(false);
                    onNotice(t('archive.archived'));
                  },
                  onError,
                });
              }}
            >
              {archive.isPending ? t('archive.archiving') : t('archive.confirm')}
            </button>
            {/* Focus lands on the harmless choice; Esc also cancels. */}
            <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
              {t('archive.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('archive.archive')}
        </button>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
};
