import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '../components/ui/PageStatus';
import { useMe } from '../features/auth/api/use-auth';
import { ExportMenu } from '../features/exports/components/ExportMenu';
import { useMeeting } from '../features/meetings/api/use-meetings';
import { DecisionsPanel } from '../features/meetings/components/DecisionsPanel';
import { FrozenBehindList } from '../features/meetings/components/FrozenBehindList';
import { FrozenFigures } from '../features/meetings/components/FrozenFigures';
import { FrozenMeasureTable } from '../features/meetings/components/FrozenMeasureTable';
import '../features/meetings/meetings.css';
import { liveChangesHref, meetingChangesHref, MEETINGS_PATH } from '../features/meetings/utils/meeting-links';
import '../features/tasks/tasks.css';
import { formatDate, formatNumber } from '../lib/intl-format';
import { useDocumentTitle } from '../lib/use-document-title';

const NO_FILTERS = {};

export const MeetingDetailPage = () => {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  const me = useMe().data;
  const meeting = useMeeting(id);
  const measuresHeading = useId();
  const behindHeading = useId();
  useDocumentTitle(meeting.data?.title ?? t('detail.title'));

  const back = (
    <p className="back-link">
      <Link to={MEETINGS_PATH}>{t('detail.back')}</Link>
    </p>
  );
  if (meeting.isPending) return <LoadingState />;
  if (meeting.isError) {
    return (
      <div className="page mt-page">
        {back}
        <ErrorState error={meeting.error} onRetry={() => void meeting.refetch()} />
      </div>
    );
  }

  const { summary } = meeting.data;
  const asOf = formatDate(meeting.data.asOf, lang);
  return (
    <div className="page mt-page">
      {back}
      <header className="page-header mt-header">
        <div className="mt-header__text">
          <h1>{meeting.data.title}</h1>
          <p className="page-header__meta">
            {t('detail.heldOn', { date: formatDate(meeting.data.heldOn, lang) })}
            {meeting.data.createdBy ? (
              <span className="page-header__meta-extra">
                {t('detail.createdBy', { name: meeting.data.createdBy.displayName })}
              </span>
            ) : null}
          </p>
        </div>
        <div className="mt-header__actions">
          {meeting.data.previousMeetingId ? (
            <Link className="button" to={meetingChangesHref(meeting.data.id)}>
              {t('detail.changesSincePrevious')}
            </Link>
          ) : null}
          <Link className="button" to={liveChangesHref(meeting.data.id)}>
            {t('detail.changesToNow')}
          </Link>
          <ExportMenu filters={NO_FILTERS} meetingId={meeting.data.id} />
        </div>
      </header>

      <p className="mt-frozen" data-testid="frozen-note">
        <span className="mt-frozen__badge">{t('detail.frozenBadge')}</span>
        <strong>{t('detail.asOf', { date: asOf })}</strong>
        <span>
          {t('detail.frozenNote', {
            count: meeting.data.taskCount,
            value: formatNumber(meeting.data.taskCount, lang),
          })}
        </span>
      </p>

      <FrozenFigures totals={summary.totals} period={summary.period} />

      <section className="panel mt-section" aria-labelledby={measuresHeading}>
        <div className="mt-section__head">
          <h2 id={measuresHeading}>{t('measures.title')}</h2>
          <p className="mt-section__meta">{t('detail.asOfShort', { date: asOf })}</p>
        </div>
        <FrozenMeasureTable groups={summary.byMeasure} totals={summary.totals} headingId={measuresHeading} />
      </section>

      {me ? <DecisionsPanel meeting={meeting.data} me={me} /> : null}

      <section className="panel mt-section" aria-labelledby={behindHeading}>
        <div className="mt-section__head">
          <h2 id={behindHeading}>{t('behind.title')}</h2>
          <p className="mt-section__meta">{t('detail.asOfShort', { date: asOf })}</p>
        </div>
        <p className="mt-section__hint">{t('behind.hint')}</p>
        <FrozenBehindList tasks={summary.behind} headingId={behindHeading} />
      </section>
    </div>
  );
};
