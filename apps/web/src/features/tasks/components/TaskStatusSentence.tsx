import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../api/types';
import { buildStatusSentence } from '../utils/status-sentence';

type TaskStatusSentenceProps = {
  status: TaskStatus;
};

export const TaskStatusSentence = ({ status }: TaskStatusSentenceProps) => {
  const { t, i18n } = useTranslation('tasks');
  const sentence = buildStatusSentence(status, i18n.language);
  return <span className="status-sentence">{t(`sentence.${sentence.key}`, sentence.values)}</span>;
};
