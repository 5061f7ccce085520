import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../api/types';

type TaskStatusBadgeProps = {
  status: Pick<TaskStatus, 'state' | 'light'>;
};

// Colour is never the only signal: the dot is named for assistive tech and the state is written out.
export const TaskStatusBadge = ({ status }: TaskStatusBadgeProps) => {
  const { t } = useTranslation('tasks');
  const lightLabel = t(`light.${status.light}`);
  return (
    <span className="status-badge">
      <span
        className={`light-dot light-dot--${status.light}`}
        role="img"
        aria-label={lightLabel}
        title={lightLabel}
      />
      <span className="status-badge__label">{t(`state.${status.state}`)}</span>
    </span>
  );
};
