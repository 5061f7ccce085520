import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/intl-format';

export type FigureTone = 'neutral' | 'green' | 'yellow' | 'red' | 'grey';

type FigureCardProps = {
  label: string;
  value: number;
  tone?: FigureTone;
  action?: ReactNode;
};

export const FigureCard = ({ label, value, tone = 'neutral', action }: FigureCardProps) => {
  const { i18n } = useTranslation();
  return (
    <div className={`figure-card figure-card--${tone}`}>
      <dt className="figure-card__label">{label}</dt>
      <dd className="figure-card__value">{formatNumber(value, i18n.language)}</dd>
      {action ? <dd className="figure-card__action">{action}</dd> : null}
    </div>
  );
};
