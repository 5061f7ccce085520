import type { MeetingChanges } from '@plan/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/intl-format';
import { countChanges, toChangeSections } from '../utils/meeting-changes';
import { ChangeSectionTable } from './ChangeSectionTable';

type ChangesViewProps = { changes: MeetingChanges };

// One section per kind of change, each reachable from the summary at the top.
export const ChangesView = ({ changes }: ChangesViewProps) => {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  const sections = toChangeSections(changes);
  // Plain ids: the summary links to them as #changes-<section>.
  const sectionId = (key: string) => `changes-${key}`;
  const total = countChanges(changes);

  return (
    <div className="mt-changes" data-testid="meeting-changes">
      <nav className="mt-changes__summary" aria-label={t('changes.summaryLabel')}>
        <p className="mt-changes__total">
          {t('changes.total', { count: total, value: formatNumber(total, lang) })}
        </p>
        <ul>
          {sections.map((section) => (
            <li key={section.key}>
              <a href={`#${sectionId(section.key)}`} data-section={section.key}>
                <span>{t(`changes.section.${section.key}`)}</span>
                <span className="mt-count">{formatNumber(section.rows.length, lang)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => {
        const empty = section.rows.length === 0;
        const headingId = `${sectionId(section.key)}-heading`;
        return (
          <section
            key={section.key}
            className={`panel mt-section${empty ? ' mt-section--empty' : ''}`}
            aria-labelledby={headingId}
            id={sectionId(section.key)}
            data-section={section.key}
            tabIndex={-1}
          >
            <div className="mt-section__head">
              <h2 id={headingId}>{t(`changes.section.${section.key}`)}</h2>
              <p className="mt-section__meta">
                {empty
                  ? t(`changes.empty.${section.key}`)
                  : t('changes.sectionCount', {
                      count: section.rows.length,
                      value: formatNumber(section.rows.length, lang),
                    })}
              </p>
            </div>
            {empty ? null : (
              <>
                <p className="mt-section__hint">{t(`changes.hint.${section.key}`)}</p>
                <ChangeSectionTable section={section} headingId={headingId} />
              </>
            )}
          </section>
        );
      })}
    </div>
  );
};
