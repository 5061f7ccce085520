import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '../components/ui/PageStatus';
import { useTaskList } from '../features/tasks/api/use-tasks';
import { TaskFilterBar } from '../features/tasks/components/TaskFilterBar';
import { TaskTable } from '../features/tasks/components/TaskTable';
import { parseTaskFilters, toTaskSearchParams, type TaskFilters } from '../features/tasks/utils/task-filters';
import { formatNumber } from '../lib/intl-format';
import { useDocumentTitle } from '../lib/use-document-title';

export const TasksPage = () => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseTaskFilters(searchParams), [searchParams]);
  const list = useTaskList(filters);
  useDocumentTitle(t('list.title'));

  const tasks = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;

  const applyFilters = (next: TaskFilters) => setSearchParams(toTaskSearchParams(next));

  return (
    <div className="page">
      <header className="page-header">
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
          </p>
        ) : null}
      </header>

      <TaskFilterBar filters={filters} onChange={applyFilters} />

      {list.isPending ? <LoadingState /> : null}
      {list.isError && !list.data ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : null}
      {list.data && tasks.length === 0 ? <p className="empty-state">{t('list.empty')}</p> : null}
      {tasks.length > 0 ? <TaskTable tasks={tasks} linkState={{ fromSearch: location.search }} /> : null}

      {list.isFetchNextPageError ? <ErrorState error={list.error} /> : null}
      {list.hasNextPage ? (
        <div className="load-more">
          <button
            type="button"
            className="button"
            disabled={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {list.isFetchingNextPage ? t('list.loadingMore') : t('list.loadMore')}
          </button>
        </div>
      ) : null}
    </div>
  );
};
