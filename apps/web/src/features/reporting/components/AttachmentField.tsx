import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_PER_REPORT, type AttachmentView } from '@plan/contracts';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/intl-format';
import { DraftInvalidError } from '../hooks/use-report-draft';
import { useReportingError } from '../hooks/use-reporting-error';
import { ATTACHMENT_ACCEPT, partitionAttachments, type AttachmentProblem } from '../utils/attachment-check';
import { formatFileSize } from '../utils/reporting-format';
import { AttachmentList } from './AttachmentList';

type AttachmentFieldProps = {
  attachments: AttachmentView[];
  onUpload: (files: File[]) => Promise<{ file: File; error: unknown }[]>;
  onRemove: (attachmentId: string) => Promise<void>;
  disabled?: boolean;
};

type Problem = { name: string; text: string };

export const AttachmentField = ({
  attachments,
  onUpload,
  onRemove,
  disabled = false,
}: AttachmentFieldProps) => {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const errorMessage = useReportingError();
  const id = useId();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [uploading, setUploading] = useState(0);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const limits = {
    size: formatFileSize(ATTACHMENT_MAX_BYTES, lang),
    count: formatNumber(ATTACHMENT_MAX_PER_REPORT, lang),
  };
  const problemText = (problem: AttachmentProblem, name: string) =>
    t(`attachments.problem.${problem}`, { name, ...limits });

  const addFiles = async (list: FileList | File[] | null) => {
    const files = list ? [...list] : [];
    if (files.length === 0 || disabled) return;
    const { accepted, rejected } = partitionAttachments(files, attachments.length);
    const found: Problem[] = rejected.map(({ file, problem }) => ({
      name: file.name,
      text: problemText(problem, file.name),
    }));
    setProblems(found);
    if (accepted.length === 0) return;
    setUploading(accepted.length);
    try {
      const failed = await onUpload(accepted);
      found.push(
        ...failed.map(({ file, error }) => ({
          name: file.name,
          text: t('attachments.uploadFailed', { name: file.name, reason: errorMessage(error) }),
        })),
      );
    } catch (error) {
      const reason = error instanceof DraftInvalidError ? t('attachments.fixFormFirst') : errorMessage(error);
      found.push(
        ...accepted.map((file) => ({
          name: file.name,
          text: t('attachments.uploadFailed', { name: file.name, reason }),
        })),
      );
    } finally {
      setUploading(0);
      setProblems([...found]);
    }
  };

  const remove = async (attachment: AttachmentView) => {
    setRemovingId(attachment.id);
    try {
      await onRemove(attachment.id);
      setProblems([]);
    } catch (error) {
      setProblems([
        {
          name: attachment.fileName,
          text: t('attachments.removeFailed', { name: attachment.fileName, reason: errorMessage(error) }),
        },
      ]);
    } finally {
      setRemovingId(null);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void addFiles(event.dataTransfer.files);
  };

  return (
    <fieldset className="attachment-field" aria-describedby={`${id}-hint`}>
      <legend>{t('attachments.label')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('attachments.hint', limits)}
      </p>
      <div
        className={`dropzone${dragging ? ' dropzone--active' : ''}${disabled ? ' dropzone--disabled' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          id={`${id}-input`}
          className="dropzone__input"
          type="file"
          multiple
          accept={ATTACHMENT_ACCEPT}
          disabled={disabled || uploading > 0}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const files = event.target.files ? [...event.target.files] : [];
            event.target.value = '';
            void addFiles(files);
          }}
        />
        <label htmlFor={`${id}-input`} className="button dropzone__button">
          {t('attachments.choose')}
        </label>
        <span className="dropzone__text" aria-hidden="true">
          {t('attachments.drop')}
        </span>
      </div>
      <p className="visually-hidden" role="status">
        {uploading > 0 ? t('attachments.uploading', { count: uploading }) : ''}
      </p>
      {uploading > 0 ? (
        <p className="attachment-field__progress" aria-hidden="true">
          <span className="spinner" /> {t('attachments.uploading', { count: uploading })}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <div className="form-error attachment-field__problems" role="alert">
          <ul>
            {problems.map((problem, index) => (
              <li key={`${problem.name}-${index}`}>{problem.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <AttachmentList
        attachments={attachments}
        onRemove={(attachment) => void remove(attachment)}
        removingId={removingId}
        disabled={disabled}
      />
    </fieldset>
  );
};
