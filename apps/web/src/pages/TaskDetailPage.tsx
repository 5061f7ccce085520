import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '../components/ui/PageStatus';
import { useMe } from '../features/auth/api/use-auth';
import type { Me } from '../features/auth/api/types';
import { useTask } from '../features/tasks/api/use-tasks';
import { TaskCreator } from '../features/tasks/components/TaskCreator';
import { TaskDetailView } from '../features/tasks/components/TaskDetailView';
import { TaskEditor } from '../features/tasks/components/TaskEditor';
import type { TaskLinkState } from '../features/tasks/components/TaskTable';
import '../features/tasks/tasks.css';
import { canArchiveTask, canCreateTask, canEditTask } from '../features/tasks/utils/task-permissions';
import { ApiError } from '../lib/api-client';
import { useDocumentTitle } from '../lib/use-document-title';

// /tasks/new shares the /tasks/:id route (App.tsx has no route of its own for it).
const NEW_TASK_ID = 'new';

type TaskPageState = TaskLinkState & { notice?: string };

const backSearch = (state: unknown): string => {
  const fromSearch = (state as TaskPageState | null)?.fromSearch;
  return typeof fromSearch === 'string' && fromSearch.startsWith('?') ? fromSearch : '';
};

const BackLink = () => {
  const { t } = useTranslation('tasks');
  const location = useLocation();
  return (
    <p className="back-link">
      <Link to={`/tasks${backSearch(location.state)}`}>
        <span aria-hidden="true">←</span> {t('detail.back')}
      </Link>
    </p>
  );
};

const NewTaskPage = ({ me }: { me: Me | null | undefined }) => {
  const { t } = useTranslation('tasks');
  const navigate = useNavigate();
  const location = useLocation();
  useDocumentTitle(t('form.createTitle'));
  const back = () => navigate(`/tasks${backSearch(location.state)}`);
  return (
    <div className="page">
      <BackLink />
      {me && canCreateTask(me) ? (
        <TaskCreator
          me={me}
          onCancel={back}
          onCreated={(task) =>
            navigate(`/tasks/${encodeURIComponent(task.id)}`, {
              replace: true,
              state: {
                fromSearch: backSearch(location.state),
                notice: t('detail.created'),
              } satisfies TaskPageState,
            })
          }
        />
      ) : (
        <ErrorState error={new ApiError(403, 'FORBIDDEN', '')} />
      )}
    </div>
  );
};

const ExistingTaskPage = ({ id, me }: { id: string; me: Me | null | undefined }) => {
  const { t } = useTranslation('tasks');
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const task = useTask(id);
  const [notice, setNotice] = useState(() => (location.state as TaskPageState | null)?.notice ?? '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const canEdit = task.data ? canEditTask(me, task.data) && !task.data.archivedAt : false;
  const editing = searchParams.get('edit') === '1' && canEdit;
  const wasEditing = useRef(editing);
  useDocumentTitle(
    task.data
      ? `${editing ? `${t('form.editTitle')} ` : ''}${task.data.code} ${task.data.title}`
      : t('list.title'),
  );

  // A notice handed over by navigation (task created) is shown once, not again after a reload.
  const navigate = useNavigate();
  const handedNotice = (location.state as TaskPageState | null)?.notice;
  useEffect(() => {
    if (handedNotice)
      navigate(`${location.pathname}${location.search}`, {
        replace: true,
        state: { fromSearch: backSearch(location.state) },
      });
    // Once, on arrival.
  }, []);

  // Back from the form: the keyboard continues at the task's title.
  useEffect(() => {
    if (wasEditing.current && !editing) headingRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  // Keep the list's filters for the "back" link across the edit round trip.
  const linkState: TaskPageState = { fromSearch: backSearch(location.state) };
  const setEditing = (on: boolean) => setSearchParams(on ? { edit: '1' } : {}, { state: linkState });

  return (
    <div className="page">
      <BackLink />
      {task.isPending ? <LoadingState /> : null}
      {task.isError ? <ErrorState error={task.error} onRetry={() => void task.refetch()} /> : null}
      {task.data && editing ? (
        <TaskEditor
          task={task.data}
          onCancel={() => setEditing(false)}
          onDone={(_saved, message) => {
            setNotice(message);
            setEditing(false);
          }}
        />
      ) : null}
      {task.data && !editing ? (
        <TaskDetailView
          task={task.data}
          canEdit={canEditTask(me, task.data)}
          canArchive={canArchiveTask(me)}
          notice={notice}
          onNotice={setNotice}
          onEdit={() => {
            setNotice('');
            setEditing(true);
          }}
          headingRef={headingRef}
        />
      ) : null}
    </div>
  );
};

export const TaskDetailPage = () => {
  const { id = '' } = useParams();
  const me = useMe();
  if (id === NEW_TASK_ID) return <NewTaskPage me={me.data} />;
  return <ExistingTaskPage key={id} id={id} me={me.data} />;
};
