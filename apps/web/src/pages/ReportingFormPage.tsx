import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '../components/ui/PageStatus';
import { ProgressBar } from '../components/ui/ProgressBar';
import { useMe } from '../features/auth/api/use-auth';
import { reportingKeys } from '../features/reporting/api/reporting.keys';
import { useReportTask, useTaskReports } from '../features/reporting/api/use-reporting';
import { PeriodSelect } from '../features/reporting/components/PeriodSelect';
import { ReportForm } from '../features/reporting/components/ReportForm';
import { ReportReadOnly } from '../features/reporting/components/ReportReadOnly';
import '../features/reporting/reporting.css';
import { canFileReports } from '../features/reporting/utils/reporting-access';
import {
  draftStorageKey,
  pickPeriodReports,
  readLocalDraft,
  resolveInitialDraft,
  type InitialDraft,
} from '../features/reporting/utils/report-draft';
import {
  defaultCollectingPeriod,
  parsePeriodParam,
  periodChoices,
  todayInWorkspace,
} from '../features/reporting/utils/reporting-periods';
import { formatDate, formatPeriod } from '../lib/intl-format';
import { localName } from '../lib/locale';
import { useDocumentTitle } from '../lib/use-document-title';
import type { SubmittedState } from './ReportingMyTasksPage';
import { ReportingNoAccess } from './ReportingPage';

const localStorageOrUndefined = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

// /reporting/tasks/:taskId?period=YYYY-MM: file (or read) one task's report for one period.
export const ReportingFormPage = () => {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const { taskId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe().data;
  const today = todayInWorkspace();
  const collecting = defaultCollectingPeriod(today);
  const period = parsePeriodParam(params.get('period')) ?? collecting;
  const task = useReportTask(taskId);
  const reports = useTaskReports(taskId);
  const [frozen, setFrozen] = useState<{ key: string; initial: InitialDraft } | null>(null);
  useDocumentTitle(task.data ? t('form.documentTitle', { code: task.data.code }) : t('form.title'));

  const formKey = `${me?.id}:${taskId}:${period}`;
  // Resolved once per task and period: later refetches must not swap the form under the user.
  if (me && task.data && reports.data && !reports.isFetching && frozen?.key !== formKey) {
    const local = readLocalDraft(localStorageOrUndefined(), draftStorageKey(me.id, taskId, period));
    const initial = resolveInitialDraft({
      local,
      ...pickPeriodReports(reports.data, period),
      task: task.data,
    });
    setFrozen({ key: formKey, initial });
  }
  const initial = frozen?.key === formKey ? frozen.initial : null;

  if (!me) return null;
  if (!canFileReports(me.role)) {
    return (
      <div className="page reporting">
        <ReportingNoAccess />
      </div>
    );
  }

  const backTo = `/reporting/my-tasks?period=${encodeURIComponent(period)}`;
  const changePeriod = (next: string) => {
    void queryClient.invalidateQueries({ queryKey: reportingKeys.taskReports(taskId) });
    setParams({ period: next });
  };
  const error = task.error ?? reports.error;

  return (
    <div className="page reporting report-page">
      <p className="back-link">
        <Link to={backTo}>
          <span aria-hidden="true">←</span> {t('form.back')}
        </Link>
      </p>
      <header className="report-page__header">
        <h1>
          {t('form.heading', { period: formatPeriod(period, lang) })}
          {task.data ? (
            <span className="report-page__task">{`${task.data.code} ${task.data.title}`}</span>
          ) : null}
        </h1>
      </header>
      {task.isPending || reports.isPending ? <LoadingState /> : null}
      {error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            void task.refetch();
            void reports.refetch();
          }}
        />
      ) : null}
      {task.data && initial ? (
        <div className="report-page__layout">
          <div className="report-page__main">
            {initial.mode === 'readonly' ? (
              <ReportReadOnly report={initial.report} />
            ) : (
              <ReportForm
                key={formKey}
                userId={me.id}
                taskId={taskId}
                period={period}
                initial={initial}
                onSubmitted={() => {
                  const state: SubmittedState = { submitted: { code: task.data.code, period } };
                  navigate(backTo, { state });
                }}
              />
            )}
          </div>
          <aside className="report-page__aside panel" aria-labelledby="report-task-title">
            <h2 id="report-task-title" className="report-page__aside-title">
              {t('task.title')}
            </h2>
            <PeriodSelect
              value={period}
              choices={periodChoices(today, [period])}
              current={collecting}
              onChange={changePeriod}
            />
            <dl className="detail-list detail-list--stacked">
              <div>
                <dt>{t('task.code')}</dt>
                <dd>
                  <Link to={`/tasks/${encodeURIComponent(task.data.id)}`}>{task.data.code}</Link>
                </dd>
              </div>
              <div>
                <dt>{t('task.leadUnit')}</dt>
                <dd>{localName(task.data.leadUnit, lang)}</dd>
              </div>
              <div>
                <dt>{t('task.responsible')}</dt>
                <dd>{task.data.responsiblePerson.displayName}</dd>
              </div>
              <div>
                <dt>{t('task.dueDate')}</dt>
                <dd>{task.data.dueDate ? formatDate(task.data.dueDate, lang) : t('task.ongoing')}</dd>
              </div>
              <div>
                <dt>{t('task.progress')}</dt>
                <dd>
                  <ProgressBar value={task.data.progress} />
                </dd>
              </div>
              {task.data.requirement ? (
                <div>
                  <dt>{t('task.requirement')}</dt>
                  <dd className="prose report-page__requirement">{task.data.requirement}</dd>
                </div>
              ) : null}
            </dl>
          </aside>
        </div>
      ) : null}
    </div>
  );
};
