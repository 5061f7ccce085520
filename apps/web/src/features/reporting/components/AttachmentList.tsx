import type { AttachmentView } from '@plan/contracts';
import { useTranslation } from 'react-i18next';
import { attachmentHref } from '../api/reporting.api';
import { formatFileSize } from '../utils/reporting-format';

type AttachmentListProps = {
  attachments: AttachmentView[];
  onRemove?: (attachment: AttachmentView) => void;
  removingId?: string | null;
  disabled?: boolean;
};

export const AttachmentList = ({ attachments, onRemove, removingId, disabled }: AttachmentListProps) => {
  const { t, i18n } = useTranslation('reporting');
  if (attachments.length === 0) return null;
  return (
    <ul className="attachment-list" aria-label={t('attachments.listLabel')}>
      {attachments.map((attachment) => (
        <li key={attachment.id} className="attachment-list__item">
          <a
            href={attachmentHref(attachment.id)}
            className="attachment-list__name"
            download={attachment.fileName}
          >
            {attachment.fileName}
          </a>
          <span className="attachment-list__size">{formatFileSize(attachment.size, i18n.language)}</span>
          {onRemove ? (
            <button
              type="button"
              className="button button--quiet button--small"
              disabled={disabled || removingId === attachment.id}
              aria-label={t('attachments.removeLabel', { name: attachment.fileName })}
              onClick={() => onRemove(attachment)}
            >
              {removingId === attachment.id ? t('attachments.removing') : t('attachments.remove')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
};
