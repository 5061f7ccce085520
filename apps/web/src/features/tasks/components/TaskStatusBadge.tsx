import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../api/types';

type TaskStatusBadgeProps = {
  status: Pick<TaskStatus, 'state' | 'light'>;
};

// Colour is never the only signal: the light is written next to its dot, and the state after it.
// The written light is hidden from assistive tech because the dot already carries it as its name.
export const TaskStatusBadge = ({ status }: TaskStatusBadgeProps) => {
  const { t } = useTranslation('tasks');
  const lightLabel = t(`light.${status.light}`);
  return (
    <span className="status-badge">
      <span className={`light-pill light-pill--${status.light}`}>
        <span className={`light-dot light-dot--${status.light}`} role="img" aria-label={lightLabel} />
        <span className="status-badge__light" aria-hidden="true">
          {lightLabel}
        </span>
      </span>
      <span className="status-badge__label">{t(`state.${status.state}`)}</span>
    </span>
  );
};
