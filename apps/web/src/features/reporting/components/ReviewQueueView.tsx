import type { ReviewQueueItem } from '@plan/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorState, LoadingState } from '../../../components/ui/PageStatus';
import { formatDate, formatNumber, formatPeriod } from '../../../lib/intl-format';
import { localName } from '../../../lib/locale';
import { useApproveReport, useReturnReport, useReviewQueue } from '../api/use-reporting';
import { useReportingError } from '../hooks/use-reporting-error';
import { formatTime } from '../utils/reporting-format';
import { ReportDetails } from './ReportDetails';
import { ReturnDialog } from './ReturnDialog';

type ReviewQueueViewProps = {
  canReview: boolean;
};

type Outcome = { kind: 'approved' | 'returned'; label: string };

export const ReviewQueueView = ({ canReview }: ReviewQueueViewProps) => {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const queue = useReviewQueue();
  const approve = useApproveReport();
  const giveBack = useReturnReport();
  const errorMessage = useReportingError();
  const [returning, setReturning] = useState<ReviewQueueItem | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [cardError, setCardError] = useState<{ reportId: string; text: string } | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const labelOf = (item: ReviewQueueItem) =>
    t('review.itemLabel', { code: item.task.code, period: formatPeriod(item.report.period, lang) });

  const announce = (next: Outcome) => {
    setOutcome(next);
    setCardError(null);
    // The card is gone: put focus somewhere stable that says what happened.
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const onApprove = (item: ReviewQueueItem) => {
    setCardError(null);
    approve.mutate(
      { reportId: item.report.id, version: item.report.version, taskId: item.task.id },
      {
        onSuccess: () => announce({ kind: 'approved', label: labelOf(item) }),
        onError: (error) => setCardError({ reportId: item.report.id, text: errorMessage(error) }),
      },
    );
  };

  const onReturn = (comment: string) => {
    const item = returning;
    if (!item) return;
    giveBack.mutate(
      { reportId: item.report.id, version: item.report.version, comment, taskId: item.task.id },
      {
        onSuccess: () => {
          setReturning(null);
          announce({ kind: 'returned', label: labelOf(item) });
        },
      },
    );
  };

  const items = queue.data ?? [];
  return (
    <section className="review-queue" aria-labelledby="review-title">
      <div className="reporting-toolbar">
        <h2 id="review-title" className="reporting-toolbar__title">
          {t('review.title')}
        </h2>
        {queue.data ? (
          <p className="reporting-toolbar__meta">
            {t('review.total', { count: items.length, total: formatNumber(items.length, lang) })}
          </p>
        ) : null}
      </div>
      <p
        ref={statusRef}
        className={outcome ? 'notice notice--success' : 'visually-hidden'}
        role="status"
        tabIndex={-1}
      >
        {outcome ? t(`review.${outcome.kind}`, { item: outcome.label }) : ''}
      </p>
      {!canReview ? <p className="muted">{t('review.readOnly')}</p> : null}
      {queue.isPending ? <LoadingState /> : null}
      {queue.isError ? <ErrorState error={queue.error} onRetry={() => void queue.refetch()} /> : null}
      {queue.data && items.length === 0 ? <p className="empty-state">{t('review.empty')}</p> : null}

      <ul className="review-queue__list">
        {items.map((item) => {
          const { report, task } = item;
          const headingId = `review-${report.id}`;
          const busy = (approve.isPending && approve.variables?.reportId === report.id) || giveBack.isPending;
          return (
            <li key={report.id}>
              <article className="review-card" aria-labelledby={headingId} data-task-code={task.code}>
                <header className="review-card__header">
                  <h3 id={headingId} className="review-card__title">
                    <span className="review-card__code">{task.code}</span>{' '}
                    <Link to={`/tasks/${encodeURIComponent(task.id)}`}>{task.title}</Link>
                  </h3>
                  <p className="review-card__meta">
                    {t('review.meta', {
                      period: formatPeriod(report.period, lang),
                      unit: localName(task.leadUnit, lang),
                      author: report.author.displayName,
                      date: report.submittedAt
                        ? `${formatDate(report.submittedAt, lang)} ${formatTime(report.submittedAt, lang)}`
                        : '',
                    })}
                  </p>
                </header>
                <ReportDetails report={report} />
                {cardError?.reportId === report.id ? (
                  <p className="form-error" role="alert">
                    {cardError.text}
                  </p>
                ) : null}
                {canReview ? (
                  <div className="review-card__actions">
                    <button
                      type="button"
                      className="button button--primary"
                      disabled={busy}
                      aria-label={t('review.approveLabel', { item: labelOf(item) })}
                      onClick={() => onApprove(item)}
                    >
                      {t('review.approve')}
                    </button>
                    <button
                      type="button"
                      className="button button--danger-outline"
                      disabled={busy}
                      aria-label={t('review.returnLabel', { item: labelOf(item) })}
                      onClick={() => {
                        giveBack.reset();
                        setReturning(item);
                      }}
                    >
                      {t('review.return')}
                    </button>
                  </div>
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>

      {returning ? (
        <ReturnDialog
          taskLabel={`${returning.task.code} ${returning.task.title}`}
          pending={giveBack.isPending}
          error={giveBack.isError ? errorMessage(giveBack.error) : null}
          onConfirm={onReturn}
          onClose={() => setReturning(null)}
        />
      ) : null}
    </section>
  );
};
