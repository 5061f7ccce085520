import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../../components/ui/ProgressBar';
import { formatDate, formatList } from '../../../lib/intl-format';
import { localName } from '../../../lib/locale';
import { useSectors } from '../../reference/api/use-reference';
import type { TaskDetail } from '../api/types';
import { MilestoneList } from './MilestoneList';
import { TaskDueDate } from './TaskDueDate';
import { TaskStatusBadge } from './TaskStatusBadge';
import { TaskStatusSentence } from './TaskStatusSentence';

type TaskDetailViewProps = {
  task: TaskDetail;
};

export const TaskDetailView = ({ task }: TaskDetailViewProps) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const sectors = useSectors();
  const sectorNames = task.sectors.map((code) => {
    const sector = sectors.data?.find((s) => s.code === code);
    return sector ? localName(sector, lang) : code;
  });
  const report = task.latestApprovedReport;
  const none = t('detail.none');

  return (
    <article className="task-detail" aria-labelledby="task-title">
      <header className="task-detail__header">
        <p className="task-detail__code">{task.code}</p>
        <h1 id="task-title">{task.title}</h1>
        <p className="task-detail__status">
          <TaskStatusBadge status={task.status} />
          <TaskStatusSentence status={task.status} />
        </p>
      </header>

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
            <dt>{t('detail.leadUnit')}</dt>
            <dd>{localName(task.leadUnit, lang)}</dd>
          </div>
          <div>
            <dt>{t('detail.cooperatingUnits')}</dt>
            <dd>
              {task.cooperatingUnits.length ? (
                <ul className="inline-list">
                  {task.cooperatingUnits.map((unit) => (
                    <li key={unit.id}>{localName(unit, lang)}</li>
                  ))}
                </ul>
              ) : (
                none
              )}
            </dd>
          </div>
          <div>
            <dt>{t('detail.responsiblePerson')}</dt>
            <dd>{task.responsiblePerson.displayName}</dd>
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
        </dl>
      </section>

      <section className="panel" aria-labelledby="task-requirement">
        <h2 id="task-requirement">{t('detail.requirement')}</h2>
        <p className="prose">{task.requirement || none}</p>
      </section>

      <section className="panel" aria-labelledby="task-milestones">
        <h2 id="task-milestones">{t('detail.milestones')}</h2>
        <MilestoneList milestones={task.milestones} />
      </section>

      <section className="panel" aria-labelledby="task-report">
        <h2 id="task-report">{t('detail.latestReport')}</h2>
        {report ? (
          <dl className="detail-list detail-list--stacked">
            <div>
              <dt>{t('detail.reportPeriod')}</dt>
              <dd>{report.period}</dd>
            </div>
            <div>
              <dt>{t('detail.approvedAt')}</dt>
              <dd>
                <time dateTime={report.approvedAt}>{formatDate(report.approvedAt, lang)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('detail.achievements')}</dt>
              <dd className="prose">{report.achievements || none}</dd>
            </div>
            <div>
              <dt>{t('detail.problems')}</dt>
              <dd className="prose">{report.problems || none}</dd>
            </div>
            <div>
              <dt>{t('detail.nextSteps')}</dt>
              <dd className="prose">{report.nextSteps || none}</dd>
            </div>
          </dl>
        ) : (
          <p className="muted">{t('detail.noReport')}</p>
        )}
      </section>
    </article>
  );
};
