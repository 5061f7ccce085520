import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '../components/ui/PageStatus';
import { useMeeting, useMeetingChanges, useMeetings } from '../features/meetings/api/use-meetings';
import { ChangesView } from '../features/meetings/components/ChangesView';
import '../features/meetings/meetings.css';
import { meetingHref, MEETINGS_PATH } from '../features/meetings/utils/meeting-links';
import { defaultSince, earlierMeetings, validSince } from '../features/meetings/utils/meeting-order';
import { formatDate } from '../lib/intl-format';
import { useDocumentTitle } from '../lib/use-document-title';

type MeetingChangesPageProps = {
  // "Changes to now": from a meeting (default the latest) to today's live figures.
  live?: boolean;
};

// /meetings/:id/changes compares a meeting with an earlier one (default: the previous);
// /meetings/changes compares a meeting (default: the latest) with now. ?since= picks the earlier one.
export const MeetingChangesPage = ({ live = false }: MeetingChangesPageProps) => {
  const { id: routeId = '' } = useParams();
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  const selectId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const toId = live ? null : routeId;
  const meetings = useMeetings();
  const meeting = useMeeting(routeId, !live);
  const choices = meetings.data ? (toId ? earlierMeetings(meetings.data, toId) : meetings.data) : [];
  const since = validSince(choices, searchParams.get('since'));
  const ready = Boolean(meetings.data) && choices.length > 0;
  const changes = useMeetingChanges(toId, since, ready);
  const title = live ? t('changes.liveTitle') : t('changes.title');
  useDocumentTitle(live ? title : meeting.data ? `${title} · ${meeting.data.title}` : title);

  const selected = since ?? (meetings.data ? defaultSince(meetings.data, toId)?.id : undefined) ?? '';
  const fromTo = changes.data
    ? live
      ? t('changes.rangeToNow', {
          from: changes.data.from.title,
          fromDate: formatDate(changes.data.from.asOf, lang),
          toDate: formatDate(changes.data.to.asOf, lang),
        })
      : t('changes.range', {
          from: changes.data.from.title,
          fromDate: formatDate(changes.data.from.asOf, lang),
          to: changes.data.to.title ?? '',
          toDate: formatDate(changes.data.to.asOf, lang),
        })
    : null;

  return (
    <div className="page mt-page">
      <p className="back-link">
        {live || !meeting.data ? (
          <Link to={MEETINGS_PATH}>{t('detail.back')}</Link>
        ) : (
          <Link to={meetingHref(routeId)}>{t('changes.backToMeeting', { title: meeting.data.title })}</Link>
        )}
      </p>
      <header className="page-header mt-header">
        <div className="mt-header__text">
          <h1>{title}</h1>
          {!live && meeting.data ? <p className="page-header__meta">{meeting.data.title}</p> : null}
        </div>
        {choices.length > 0 ? (
          <div className="field field--inline mt-since">
            <label htmlFor={selectId}>{t('changes.since')}</label>
            <select
              id={selectId}
              value={selected}
              onChange={(event) => setSearchParams({ since: event.target.value }, { replace: true })}
            >
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {t('changes.sinceOption', {
                    title: choice.title,
                    date: formatDate(choice.heldOn, lang),
                  })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </header>

      {meetings.isPending || (!live && meeting.isPending) ? <LoadingState /> : null}
      {meetings.isError ? (
        <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : null}
      {!live && meeting.isError ? (
        <ErrorState error={meeting.error} onRetry={() => void meeting.refetch()} />
      ) : null}
      {meetings.data && choices.length === 0 && (live || meeting.data) ? (
        <p className="empty-state">{live ? t('changes.noMeetings') : t('changes.noEarlier')}</p>
      ) : null}

      {fromTo ? (
        <p className="mt-frozen mt-range" data-testid="changes-range">
          {fromTo}
        </p>
      ) : null}
      {ready && changes.isPending ? <LoadingState /> : null}
      {changes.isError ? <ErrorState error={changes.error} onRetry={() => void changes.refetch()} /> : null}
      {changes.data ? <ChangesView changes={changes.data} /> : null}
    </div>
  );
};
