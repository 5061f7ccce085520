import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { STATE_COLORS } from '../../../components/charts/chart-colors';
import { formatNumber, formatPercent } from '../../../lib/intl-format';
import type { HeadlineFigure } from '../utils/to-figure-series';

type HeadlineFiguresProps = {
  figures: HeadlineFigure[];
  averageProgress: number;
  periodLabel: string;
};

const MISSING_REPORTS_COLOR = '#b8541a';

// Every figure is a link to the list it counts; the card's top border carries the state's colour.
export const HeadlineFigures = ({ figures, averageProgress, periodLabel }: HeadlineFiguresProps) => {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;

  const note = (figure: HeadlineFigure): string => {
    if (figure.key === 'tasks')
      return t('figures.averageProgress', { value: formatPercent(averageProgress, lang) });
    if (figure.key === 'reportsMissing') return t('figures.reportingPeriod', { period: periodLabel });
    if (figure.unit === 'percent') {
      return t('figures.completedCount', { count: figure.count, value: formatNumber(figure.count, lang) });
    }
    return t('figures.share', { share: formatPercent(figure.share ?? 0, lang) });
  };

  return (
    <dl className="dash-figures" aria-label={t('figures.label')}>
      {figures.map((figure) => {
        const label = t(`figures.${figure.key}`);
        const value =
          figure.unit === 'percent' ? formatPercent(figure.value, lang) : formatNumber(figure.value, lang);
        const accent = figure.state
          ? STATE_COLORS[figure.state]
          : figure.key === 'reportsMissing'
            ? MISSING_REPORTS_COLOR
            : 'var(--color-primary)';
        const name =
          figure.key === 'reportsMissing'
            ? t('figures.openReporting', { label, value, period: periodLabel })
            : t('figures.openTasks', { label, value });
        return (
          <div
            key={figure.key}
            className="figure-card dash-figure"
            style={{ '--figure-accent': accent } as CSSProperties}
            data-figure={figure.key}
            data-count={figure.count}
          >
            <dt className="figure-card__label">{label}</dt>
            <dd className="figure-card__value">
              <Link className="dash-figure__link" to={figure.href} aria-label={name}>
                {value}
              </Link>
            </dd>
            <dd className="dash-figure__note">{note(figure)}</dd>
          </div>
        );
      })}
    </dl>
  );
};
