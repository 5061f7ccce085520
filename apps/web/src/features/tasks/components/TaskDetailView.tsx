import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProgressBar } from '../../../components/ui/ProgressBar';
import { formatDate, formatList } from '../../../lib/intl-format';
import { localName } from '../../../lib/locale';
import { useSectors } from '../../reference/api/use-reference';
import type { TaskDetail } from '../api/types';
import { ArchiveControl } from './ArchiveControl';
import { MilestonePanel } from './MilestonePanel';
import { ReportTimeline } from './ReportTimeline';
import { TaskDueDate } from './TaskDueDate';
import { TaskStatusBadge } from './TaskStatusBadge';
import { TaskStatusSentence } from './TaskStatusSentence';

type TaskDetailViewProps = {
  task: TaskDetail;
  canEdit: boolean;
  canArchive: boolean;
  notice: string;
  onNotice: (message: string) => void;
  onEdit: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
};

export const TaskDetailView = ({
  task,
  canEdit,
  canArchive,
  notice,
  onNotice,
  onEdit,
  headingRef,
}: TaskDetailViewProps) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const sectors = useSectors();
  const sectorNames = task.sectors.map((code) => {
    const sector = sectors.data?.find((s) => s.code === code);
    return sector ? localName(sector, lang) : code;
  });
  const none = t('detail.none');
  const archived = task.archivedAt !== null;

  return (
    <article className="task-detail" aria-labelledby="task-title">
      <header className="task-detail__header">
        <div className="task-detail__heading">
          <p className="task-detail__code">
            {task.code}
            {archived ? <span className="tag tag--muted">{t('detail.archivedTag')}</span> : null}
          </p>
          <h1 id="task-title" tabIndex={-1} ref={headingRef}>
            {task.title}
          </h1>
          <p className="task-detail__status">
            <TaskStatusBadge status={task.status} />
            <TaskStatusSentence status={task.status} />
          </p>
        </div>
        {canEdit || canArchive ? (
          <div className="task-detail__actions" role="group" aria-label={t('detail.actions')}>
            {archived || !canEdit ? null : (
              <button type="button" className="button button--primary" onClick={onEdit}>
                {t('detail.edit')}
              </button>
            )}
            {canArchive ? <ArchiveControl task={task} onNotice={onNotice} /> : null}
          </div>
        ) : null}
      </header>

      <div className="live-message" role="status">
        {notice ? <p className="notice notice--success">{notice}</p> : null}
      </div>
      {archived ? (
        <p className="notice notice--warning">
          {t('detail.archivedNotice', { date: formatDate(task.archivedAt!, lang) })}
        </p>
      ) : null}

      <div className="task-detail__grid">
        <section className="panel" aria-labelledby="task-overview">
          <h2 id="task-overview">{t('detail.overview')}</h2>
          <dl className="detail-list">
            <div>
              <dt>{t('detail.measure')}</dt>
              <dd>{localName(task.measure, lang)}</dd>
            </div>
            <div>
              <dt>{t('detail.region')}</dt>
              <dd>{localName(task.region, lang)}</dd>
            </div>
            <div>
              <dt>{t('detail.sectors')}</dt>
              <dd>{sectorNames.length ? formatList(sectorNames, lang) : none}</dd>
            </div>
            <div>
              <dt>{t('detail.startDate')}</dt>
              <dd>
                <time dateTime={task.startDate}>{formatDate(task.startDate, lang)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('detail.dueDate')}</dt>
              <dd>
                <TaskDueDate value={task.dueDate} />
              </dd>
            </div>
            <div>
              <dt>{t('detail.progress')}</dt>
              <dd>
                <ProgressBar value={task.progress} />
              </dd>
            </div>
            <div>
              <dt>{t('detail.reportedState')}</dt>
              <dd>{t(`reportedState.${task.reportedState}`)}</dd>
            </div>
            {task.suspendedReason ? (
              <div>
                <dt>{t('detail.suspendedReason')}</dt>
                <dd className="prose">{task.suspendedReason}</dd>
              </div>
            ) : null}
            {task.sourceMeetingId ? (
              <div>
                <dt>{t('detail.source')}</dt>
                <dd>
                  <Link to={`/meetings/${task.sourceMeetingId}`}>{t('detail.sourceMeeting')}</Link>
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t('detail.lastChange')}</dt>
              <dd>
                {task.updatedBy
                  ? t('detail.lastChangeBy', {
                      name: task.updatedBy.displayName,
                      date: formatDate(task.updatedAt, lang),
                    })
                  : formatDate(task.updatedAt, lang)}{' '}
                <span className="muted">{t('detail.version', { version: task.version })}</span>
              </dd>
            </div>
          </dl>
        </section>

        <section className="panel" aria-labelledby="task-responsibility">
          <h2 id="task-responsibility">{t('detail.responsibility')}</h2>
          <dl className="unit-roles">
            <div className="unit-role unit-role--lead">
              <dt>{t('detail.leadUnit')}</dt>
              <dd>{localName(task.leadUnit, lang)}</dd>
            </div>
            <div className="unit-role unit-role--cooperating">
              <dt>{t('detail.cooperatingUnits')}</dt>
              <dd>
                {task.cooperatingUnits.length ? (
                  <ul className="unit-list">
                    {task.cooperatingUnits.map((unit) => (
                      <li key={unit.id}>{localName(unit, lang)}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">{t('detail.noCooperatingUnits')}</span>
                )}
              </dd>
            </div>
            <div className="unit-role">
              <dt>{t('detail.responsiblePerson')}</dt>
              <dd>{task.responsiblePerson.displayName}</dd>
            </div>
          </dl>
        </section>
      </div>

      <section className="panel" aria-labelledby="task-requirement">
        <h2 id="task-requirement">{t('detail.requirement')}</h2>
        <p className="prose">{task.requirement || none}</p>
      </section>

      <section className="panel" aria-labelledby="task-milestones">
        <h2 id="task-milestones">{t('detail.milestones')}</h2>
        <MilestonePanel task={task} canEdit={canEdit} />
      </section>

      <section className="panel" aria-labelledby="task-reports">
        <h2 id="task-reports">{t('report.title')}</h2>
        <ReportTimeline taskId={task.id} basisReportId={task.latestApprovedReport?.id ?? null} />
      </section>
    </article>
  );
};
