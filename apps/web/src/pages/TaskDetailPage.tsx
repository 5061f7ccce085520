import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '../components/ui/PageStatus';
import { useTask } from '../features/tasks/api/use-tasks';
import { TaskDetailView } from '../features/tasks/components/TaskDetailView';
import type { TaskLinkState } from '../features/tasks/components/TaskTable';
import { useDocumentTitle } from '../lib/use-document-title';

const backSearch = (state: unknown): string => {
  const fromSearch = (state as TaskLinkState | null)?.fromSearch;
  return typeof fromSearch === 'string' && fromSearch.startsWith('?') ? fromSearch : '';
};

export const TaskDetailPage = () => {
  const { t } = useTranslation('tasks');
  const { id = '' } = useParams();
  const location = useLocation();
  const task = useTask(id);
  useDocumentTitle(task.data ? `${task.data.code} ${task.data.title}` : t('list.title'));

  return (
    <div className="page">
      <p className="back-link">
        <Link to={`/tasks${backSearch(location.state)}`}>
          <span aria-hidden="true">←</span> {t('detail.back')}
        </Link>
      </p>
      {task.isPending ? <LoadingState /> : null}
      {task.isError ? <ErrorState error={task.error} onRetry={() => void task.refetch()} /> : null}
      {task.data ? <TaskDetailView task={task.data} /> : null}
    </div>
  );
};
