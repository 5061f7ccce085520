import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../../lib/intl-format';

type PeriodSelectProps = {
  value: string;
  choices: string[];
  onChange: (period: string) => void;
  // the period being collected now, marked as such
  current?: string | null;
  disabled?: boolean;
};

export const PeriodSelect = ({ value, choices, onChange, current, disabled }: PeriodSelectProps) => {
  const { t, i18n } = useTranslation('reporting');
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t('period.label')}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {choices.map((period) => (
          <option key={period} value={period}>
            {period === current
              ? t('period.collecting', { period: formatPeriod(period, i18n.language) })
              : formatPeriod(period, i18n.language)}
          </option>
        ))}
      </select>
    </div>
  );
};
