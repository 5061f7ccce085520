import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/Dialog';

type ReturnDialogProps = {
  taskLabel: string;
  pending: boolean;
  error: string | null;
  onConfirm: (comment: string) => void;
  onClose: () => void;
};

// Returning needs a reason the author can act on: the comment is required.
export const ReturnDialog = ({ taskLabel, pending, error, onConfirm, onClose }: ReturnDialogProps) => {
  const { t } = useTranslation('reporting');
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!comment.trim()) {
      setMissing(true);
      textarea.current?.focus();
      return;
    }
    onConfirm(comment.trim());
  };

  const problem = missing ? t('review.commentRequired') : error;
  return (
    <Dialog
      title={t('review.returnTitle')}
      description={t('review.returnDescription', { task: taskLabel })}
      onClose={onClose}
      initialFocus={textarea}
    >
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-comment`}>
            {t('review.comment')}
            <span className="required-mark" aria-hidden="true">
              *
            </span>
          </label>
          <textarea
            ref={textarea}
            id={`${id}-comment`}
            rows={4}
            maxLength={2000}
            required
            value={comment}
            aria-invalid={missing ? true : undefined}
            aria-describedby={problem ? `${id}-error` : undefined}
            onChange={(event) => {
              setComment(event.target.value);
              if (event.target.value.trim()) setMissing(false);
            }}
          />
        </div>
        {problem ? (
          <p id={`${id}-error`} className="form-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('review.cancel')}
          </button>
          <button type="submit" className="button button--danger" disabled={pending}>
            {pending ? t('review.returning') : t('review.confirmReturn')}
          </button>
        </div>
      </form>
    </Dialog>
  );
};
