import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/intl-format';
import { PROGRESS_ARROWS, progressDirection } from '../utils/meeting-changes';

type ProgressChangeProps = { before: number | null; after: number; delta: number };

// "40% → 55% ▲ up 15 points": the arrow and the colour only repeat what the words say.
export const ProgressChange = ({ before, after, delta }: ProgressChangeProps) => {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  const direction = progressDirection(delta);
  return (
    <span className="mt-progress">
      <span className="mt-nowrap">
        {before === null
          ? formatPercent(after, lang)
          : t('changes.fromTo', { from: formatPercent(before, lang), to: formatPercent(after, lang) })}
      </span>
      {before === null ? null : (
        <span className={`mt-delta mt-delta--${direction}`} data-delta={delta}>
          <span aria-hidden="true">{PROGRESS_ARROWS[direction]}</span>{' '}
          {t(`changes.delta.${direction}`, { value: formatNumber(Math.abs(delta), lang) })}
        </span>
      )}
    </span>
  );
};
