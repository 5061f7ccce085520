import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useMe } from '../features/auth/api/use-auth';
import { MyTasksView } from '../features/reporting/components/MyTasksView';
import { parseStatusParam } from '../features/reporting/utils/my-tasks';
import { canUseReportingView } from '../features/reporting/utils/reporting-access';
import { parsePeriodParam } from '../features/reporting/utils/reporting-periods';
import { useDocumentTitle } from '../lib/use-document-title';
import { ReportingNoAccess } from './ReportingPage';
import { formatPeriod } from '../lib/intl-format';

export type SubmittedState = { submitted?: { code: string; period: string } };

export const ReportingMyTasksPage = () => {
  const { t, i18n } = useTranslation('reporting');
  const me = useMe().data;
  const location = useLocation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const period = parsePeriodParam(params.get('period'));
  const status = parseStatusParam(params.get('status'));
  useDocumentTitle(t('myTasks.title'));
  const submitted = (location.state as SubmittedState | null)?.submitted;

  if (!me || !canUseReportingView(me.role, 'my-tasks')) return <ReportingNoAccess />;

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };

  return (
    <>
      {submitted ? (
        <div className="notice notice--success" role="status">
          <p>
            {t('myTasks.submitted', {
              code: submitted.code,
              period: formatPeriod(submitted.period, i18n.language),
            })}
          </p>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => navigate(`${location.pathname}${location.search}`, { replace: true, state: null })}
          >
            {t('myTasks.dismiss')}
          </button>
        </div>
      ) : null}
      <MyTasksView
        period={period}
        status={status}
        onPeriodChange={(next) => update({ period: next })}
        onStatusChange={(next) => update({ status: next })}
      />
    </>
  );
};
