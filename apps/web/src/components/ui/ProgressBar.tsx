import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../lib/intl-format';

type ProgressBarProps = {
  value: number;
};

const clamp = (value: number) => Math.min(100, Math.max(0, value));

// The visible percentage is the accessible value; the bar itself is decoration.
export const ProgressBar = ({ value }: ProgressBarProps) => {
  const { i18n } = useTranslation();
  const points = clamp(value);
  return (
    <span className="progress">
      <progress className="progress__bar" max={100} value={points} aria-hidden="true" />
      <span className="progress__text">{formatPercent(points, i18n.language)}</span>
    </span>
  );
};
