import type { Light, ScheduleState } from '@plan/contracts';
import { useTranslation } from 'react-i18next';

type StatusTextProps = { light: Light; state: ScheduleState };

// Colour is never the only signal: the light and the state are written next to the dot.
export const StatusText = ({ light, state }: StatusTextProps) => {
  const { t } = useTranslation('meetings');
  return (
    <span className="mt-status" data-light={light} data-state={state}>
      <span className={`light-dot light-dot--${light}`} aria-hidden="true" />
      <span>{t('status.text', { light: t(`light.${light}`), state: t(`state.${state}`) })}</span>
    </span>
  );
};
