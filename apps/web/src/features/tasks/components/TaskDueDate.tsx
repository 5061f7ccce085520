import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/intl-format';

type TaskDueDateProps = {
  value: string | null;
};

export const TaskDueDate = ({ value }: TaskDueDateProps) => {
  const { t, i18n } = useTranslation('tasks');
  if (value === null) return <span className="due-date due-date--ongoing">{t('dueDate.ongoing')}</span>;
  return (
    <time className="due-date" dateTime={value}>
      {formatDate(value, i18n.language)}
    </time>
  );
};
