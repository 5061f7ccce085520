import type { MeetingDetail, TaskDetail } from '@plan/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorState, LoadingState } from '../../../components/ui/PageStatus';
import { formatDate, formatNumber } from '../../../lib/intl-format';
import { localName } from '../../../lib/locale';
import type { Me } from '../../auth/api/types';
import { DECISION_SCAN_LIMIT } from '../api/meetings.api';
import { useMeetingDecisionCandidates } from '../api/use-meetings';
import { canManageMeetings } from '../utils/meeting-access';
import { meetingDecisions, type DecisionRow } from '../utils/decisions';
import { taskHref } from '../utils/meeting-links';
import { RecordDecisionForm } from './RecordDecisionForm';
import { StatusText } from './StatusText';

type DecisionsPanelProps = { meeting: MeetingDetail; me: Me };

export const DecisionsPanel = ({ meeting, me }: DecisionsPanelProps) => {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  const headingId = useId();
  const candidates = useMeetingDecisionCandidates(meeting.id);
  const [recorded, setRecorded] = useState<DecisionRow[]>([]);
  const [formOpen, setFormOpen] = useState(false);
  const [lastRecorded, setLastRecorded] = useState<TaskDetail | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const canRecord = canManageMeetings(me.role);

  const rows = meetingDecisions(meeting.id, candidates.data?.items ?? [], recorded);
  const total = Math.max(meeting.decisionCount, rows.length);

  const closeForm = () => {
    setFormOpen(false);
    // After the form unmounts, so focus lands on the button that is back in view.
    window.setTimeout(() => openButton.current?.focus(), 0);
  };

  const onRecorded = (task: TaskDetail) => {
    setRecorded((current) => [task, ...current]);
    setLastRecorded(task);
    closeForm();
  };

  return (
    <section className="panel mt-section" aria-labelledby={headingId} data-testid="meeting-decisions">
      <div className="mt-section__head">
        <h2 id={headingId}>{t('decisions.title')}</h2>
        <p className="mt-section__meta">
          {t('decisions.count', { count: total, value: formatNumber(total, lang) })}
        </p>
        {canRecord && !formOpen ? (
          <button
            ref={openButton}
            type="button"
            className="button button--primary mt-section__action"
            onClick={() => {
              setLastRecorded(null);
              setFormOpen(true);
            }}
          >
            {t('decisions.record')}
          </button>
        ) : null}
      </div>
      <p className="mt-section__hint">{t('decisions.hint')}</p>

      <p className="mt-notice" role="status">
        {lastRecorded ? (
          <>
            {t('decisions.recorded', { code: lastRecorded.code, title: lastRecorded.title })}{' '}
            <Link to={taskHref(lastRecorded.id)}>{t('decisions.openTask')}</Link>
          </>
        ) : null}
      </p>

      {formOpen ? (
        <RecordDecisionForm meetingId={meeting.id} me={me} onRecorded={onRecorded} onCancel={closeForm} />
      ) : null}

      {candidates.isPending && recorded.length === 0 ? <LoadingState /> : null}
      {candidates.isError && rows.length === 0 && total > 0 ? (
        <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table mt-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('column.code')}</th>
                <th scope="col">{t('column.task')}</th>
                <th scope="col">{t('column.leadUnit')}</th>
                <th scope="col">{t('column.dueDate')}</th>
                <th scope="col">{t('column.statusNow')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((task) => (
                <tr key={task.id} data-task={task.id}>
                  <td className="mt-code">{task.code}</td>
                  <th scope="row" className="mt-table__title">
                    <Link to={taskHref(task.id)}>{task.title}</Link>
                    {task.archivedAt ? <span className="mt-tag">{t('decisions.archived')}</span> : null}
                  </th>
                  <td>{localName(task.leadUnit, lang)}</td>
                  <td className="mt-nowrap">
                    {task.dueDate ? formatDate(task.dueDate, lang) : t('decisions.ongoing')}
                  </td>
                  <td className="mt-nowrap">
                    <StatusText light={task.status.light} state={task.status.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {!candidates.isPending && total === 0 && !formOpen ? (
        <p className="mt-empty">{t('decisions.empty')}</p>
      ) : null}
      {candidates.data && rows.length < total ? (
        <p className="mt-section__hint">
          {t('decisions.partial', {
            shown: formatNumber(rows.length, lang),
            total: formatNumber(total, lang),
            limit: formatNumber(DECISION_SCAN_LIMIT, lang),
          })}
        </p>
      ) : null}
    </section>
  );
};
