import type { DashboardTotals } from '@plan/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, formatPeriod } from '../../../lib/intl-format';
import { toFrozenFigures, type FrozenFigure } from '../utils/frozen-figures';

type FrozenFiguresProps = { totals: DashboardTotals; period: string };

// The dashboard's headline cards as the meeting froze them; no drill-down, since today's task list
// would no longer show these numbers.
export const FrozenFigures = ({ totals, period }: FrozenFiguresProps) => {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;

  const note = (figure: FrozenFigure): string => {
    if (figure.key === 'tasks')
      return t('figures.averageProgress', { value: formatPercent(totals.averageProgress, lang) });
    if (figure.key === 'reportsMissing') return t('figures.period', { period: formatPeriod(period, lang) });
    if (figure.unit === 'percent')
      return t('figures.completedCount', { count: figure.count, value: formatNumber(figure.count, lang) });
    return t('figures.share', { share: formatPercent(figure.share ?? 0, lang) });
  };

  return (
    <dl className="mt-figures" aria-label={t('figures.label')}>
      {toFrozenFigures(totals).map((figure) => (
        <div
          key={figure.key}
          className={`figure-card figure-card--${figure.tone} mt-figure`}
          data-figure={figure.key}
          data-count={figure.count}
        >
          <dt className="figure-card__label">{t(`figures.${figure.key}`)}</dt>
          <dd className="figure-card__value mt-figure__value">
            {figure.unit === 'percent' ? formatPercent(figure.value, lang) : formatNumber(figure.value, lang)}
          </dd>
          <dd className="mt-figure__note">{note(figure)}</dd>
        </div>
      ))}
    </dl>
  );
};
