import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '../components/ui/PageStatus';
import { useMe } from '../features/auth/api/use-auth';
import { useTaskList } from '../features/tasks/api/use-tasks';
import { TaskFilterBar } from '../features/tasks/components/TaskFilterBar';
import { TaskTable } from '../features/tasks/components/TaskTable';
import '../features/tasks/tasks.css';
import { parseTaskFilters, toTaskSearchParams, type TaskFilters } from '../features/tasks/utils/task-filters';
import { canCreateTask } from '../features/tasks/utils/task-permissions';
import { sortForUrl } from '../features/tasks/utils/task-sort';
import { formatNumber } from '../lib/intl-format';
import { useDocumentTitle } from '../lib/use-document-title';
import { ExportMenu } from '../features/exports/components/ExportMenu';

export const TasksPage = () => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const location = useLocation();
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseTaskFilters(searchParams), [searchParams]);
  const list = useTaskList(filters);
  useDocumentTitle(t('list.title'));

  const tasks = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;
  const updating = list.isPlaceholderData && list.isFetching;

  // Each typed search replaces the history entry instead of adding one per pause.
  const applyFilters = (next: TaskFilters, options: { typing?: boolean } = {}) =>
    setSearchParams(toTaskSearchParams({ ...next, sort: next.sort && sortForUrl(next.sort) }), {
      replace: options.typing === true,
    });

  return (
    <div className="page">
      <header className="page-header page-header--actions">
        <h1>{t('list.title')}</h1>
        {list.data ? (
          <p className="page-header__meta" role="status">
            {t('list.total', { count: total, total: formatNumber(total, lang) })}
            {tasks.length < total ? (
              <span className="muted page-header__meta-extra">
                {t('list.shown', {
                  shown: formatNumber(tasks.length, lang),
                  total: formatNumber(total, lang),
                })}
              </span>
            ) : null}
            {updating ? <span className="muted page-header__meta-extra">{t('list.updating')}</span> : null}
          </p>
        ) : null}
        <ExportMenu filters={filters} />
        {canCreateTask(me.data) ? (
          <Link to="/tasks/new" className="button button--primary page-header__action">
            {t('list.newTask')}
          </Link>
        ) : null}
      </header>

      <TaskFilterBar filters={filters} onChange={applyFilters} />

      {list.isPending ? <LoadingState /> : null}
      {list.isError && !list.data ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : null}
      {list.data && tasks.length === 0 ? <p className="empty-state">{t('list.empty')}</p> : null}
      {tasks.length > 0 ? (
        <TaskTable
          tasks={tasks}
          sort={filters.sort}
          onSort={(sort) => applyFilters({ ...filters, sort })}
          busy={updating}
          linkState={{ fromSearch: location.search }}
        />
      ) : null}

      {list.isFetchNextPageError ? <ErrorState error={list.error} /> : null}
      {list.hasNextPage && !updating ? (
        <div className="load-more">
          <button
            type="button"
            className="button"
            disabled={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {list.isFetchingNextPage ? t('list.loadingMore') : t('list.loadMore')}
          </button>
          <span className="muted">
            {t('list.shown', { shown: formatNumber(tasks.length, lang), total: formatNumber(total, lang) })}
          </span>
        </div>
      ) : null}
    </div>
  );
};
