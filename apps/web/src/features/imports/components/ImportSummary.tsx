import type { ImportSummary as Summary } from '@plan/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/intl-format';

type ImportSummaryProps = { summary: Summary; label: string };

const KEYS = ['rows', 'create', 'update', 'unchanged', 'errors'] as const;

export const ImportSummary = ({ summary, label }: ImportSummaryProps) => {
  const { t, i18n } = useTranslation('imports');
  return (
    <dl className="imp-summary" aria-label={label}>
      {KEYS.map((key) => (
        <div
          key={key}
          className={`imp-summary__item${key === 'errors' && summary.errors > 0 ? ' imp-summary__item--bad' : ''}`}
          data-summary={key}
          data-value={summary[key]}
        >
          <dt>{t(`summary.${key}`)}</dt>
          <dd>{formatNumber(summary[key], i18n.language)}</dd>
        </div>
      ))}
    </dl>
  );
};
