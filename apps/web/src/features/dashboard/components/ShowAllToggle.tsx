import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/intl-format';

type ShowAllToggleProps = {
  total: number;
  expanded: boolean;
  onToggle: () => void;
  controls: string;
};

export const ShowAllToggle = ({ total, expanded, onToggle, controls }: ShowAllToggleProps) => {
  const { t, i18n } = useTranslation('dashboard');
  return (
    <button
      type="button"
      className="button button--quiet dash-show-all"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
    >
      {expanded ? t('list.showFewer') : t('list.showAll', { value: formatNumber(total, i18n.language) })}
    </button>
  );
};
