import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../lib/intl-format';
import type { Milestone } from '../api/types';

type MilestoneListProps = {
  milestones: Milestone[];
};

export const MilestoneList = ({ milestones }: MilestoneListProps) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  if (milestones.length === 0) return <p className="muted">{t('detail.noMilestones')}</p>;

  const sorted = [...milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <div className="table-scroll">
      <table className="data-table milestone-table">
        <caption className="visually-hidden">{t('detail.milestones')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('milestone.title')}</th>
            <th scope="col">{t('milestone.dueDate')}</th>
            <th scope="col" className="numeric">
              {t('milestone.weight')}
            </th>
            <th scope="col">{t('milestone.status')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((milestone) => (
            <tr key={milestone.id}>
              <th scope="row">{milestone.title}</th>
              <td>
                <time dateTime={milestone.dueDate}>{formatDate(milestone.dueDate, lang)}</time>
              </td>
              <td className="numeric">{formatNumber(milestone.weight, lang)}</td>
              <td>
                {milestone.doneDate ? (
                  <span className="milestone-state milestone-state--done">
                    {t('milestone.done', { date: formatDate(milestone.doneDate, lang) })}
                  </span>
                ) : (
                  <span className="milestone-state">{t('milestone.pending')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
