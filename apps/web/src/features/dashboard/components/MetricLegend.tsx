import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/intl-format';
import { toLegendClasses, type LegendRange, type MetricScale } from '../utils/metric-scale';

type MetricLegendProps = {
  scale: MetricScale;
  label: string;
  showNoTasks?: boolean;
};

// The colour scale written out: each class's swatch with its range in words.
export const MetricLegend = ({ scale, label, showNoTasks = true }: MetricLegendProps) => {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const format = (value: number) =>
    scale.unit === 'percent' ? formatPercent(value, lang) : formatNumber(value, lang);
  const describe = (range: LegendRange): string => {
    switch (range.kind) {
      case 'exact':
        return format(range.value);
      case 'below':
        return t('regions.below', { max: format(range.max) });
      case 'between':
        return t('regions.between', { min: format(range.min), max: format(range.max) });
      case 'atLeast':
        return t('regions.atLeast', { min: format(range.min) });
    }
  };
  return (
    <ul className="dash-legend" aria-label={label}>
      {toLegendClasses(scale).map((cls) => (
        <li key={cls.classIndex} className="dash-legend__item">
          <span className="dash-legend__swatch" style={{ background: cls.fill }} aria-hidden="true" />
          {describe(cls.range)}
        </li>
      ))}
      {showNoTasks ? (
        <li className="dash-legend__item">
          <span className="dash-legend__swatch dash-tile--empty" aria-hidden="true" />
          {t('regions.noTasks')}
        </li>
      ) : null}
    </ul>
  );
};
