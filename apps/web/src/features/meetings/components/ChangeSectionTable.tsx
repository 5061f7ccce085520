import type { TaskChange } from '@plan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../../lib/intl-format';
import type { ChangeSectionSummary } from '../utils/meeting-changes';
import { taskHref } from '../utils/meeting-links';
import { ProgressChange } from './ProgressChange';
import { StatusText } from './StatusText';

type ChangeSectionTableProps = { section: ChangeSectionSummary; headingId: string };

const leadUnitName = (change: TaskChange, lang: string) =>
  lang.startsWith('zh') ? change.leadUnitNameZh : change.leadUnitNameEn || change.leadUnitNameZh;

export const ChangeSectionTable = ({ section, headingId }: ChangeSectionTableProps) => {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  const withProblems = section.key === 'newProblems';

  return (
    <>
      <div className="table-scroll">
        <table className="data-table mt-table mt-changes-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('column.code')}</th>
              <th scope="col">{t('column.task')}</th>
              <th scope="col">{t('column.leadUnit')}</th>
              <th scope="col">{t('column.status')}</th>
              <th scope="col">{t('column.progress')}</th>
              {withProblems ? <th scope="col">{t('column.problems')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {section.rows.map((change) => (
              <tr key={change.taskId} data-task={change.taskId} data-code={change.code}>
                <td className="mt-code">{change.code}</td>
                <th scope="row" className="mt-table__title">
                  <Link to={taskHref(change.taskId)}>{change.title}</Link>
                </th>
                <td>{leadUnitName(change, lang)}</td>
                <td>
                  <span className="mt-status-change">
                    {change.before ? (
                      <StatusText light={change.before.light} state={change.before.state} />
                    ) : (
                      <span className="mt-tag">{t('changes.new')}</span>
                    )}
                    <span className="mt-status-change__arrow">
                      <span aria-hidden="true">→</span>
                      <span className="visually-hidden">{t('changes.becomes')}</span>
                    </span>
                    <StatusText light={change.after.light} state={change.after.state} />
                  </span>
                </td>
                <td>
                  <ProgressChange
                    before={change.before?.progress ?? null}
                    after={change.after.progress}
                    delta={change.progressDelta}
                  />
                </td>
                {withProblems ? <td className="mt-problems">{change.after.problems}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {section.capped ? (
        <p className="mt-section__hint">
          {t('changes.capped', { value: formatNumber(section.rows.length, lang) })}
        </p>
      ) : null}
    </>
  );
};
