import type { MeetingView } from '@plan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate, formatNumber } from '../../../lib/intl-format';
import { meetingChangesHref, meetingHref } from '../utils/meeting-links';

type MeetingListProps = { meetings: MeetingView[] };

// Newest first, as the API answers; the oldest has nothing earlier to compare with.
export const MeetingList = ({ meetings }: MeetingListProps) => {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  return (
    <div className="table-scroll">
      <table className="data-table mt-list" data-testid="meeting-list">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.column.title')}</th>
            <th scope="col">{t('list.column.heldOn')}</th>
            <th scope="col">{t('list.column.asOf')}</th>
            <th scope="col" className="numeric">
              {t('list.column.tasks')}
            </th>
            <th scope="col" className="numeric">
              {t('list.column.decisions')}
            </th>
            <th scope="col">{t('list.column.createdBy')}</th>
            <th scope="col">{t('list.column.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting, index) => (
            <tr key={meeting.id} data-meeting={meeting.id}>
              <th scope="row" className="mt-list__title">
                <Link to={meetingHref(meeting.id)}>{meeting.title}</Link>
              </th>
              <td className="mt-nowrap">{formatDate(meeting.heldOn, lang)}</td>
              <td className="mt-nowrap">{t('list.frozenOn', { date: formatDate(meeting.asOf, lang) })}</td>
              <td className="numeric">{formatNumber(meeting.taskCount, lang)}</td>
              <td className="numeric">{formatNumber(meeting.decisionCount, lang)}</td>
              <td>{meeting.createdBy?.displayName ?? t('list.unknownCreator')}</td>
              <td className="mt-nowrap">
                {index < meetings.length - 1 ? (
                  <Link
                    to={meetingChangesHref(meeting.id)}
                    aria-label={t('list.changesLabel', { title: meeting.title })}
                  >
                    {t('list.changesLink')}
                  </Link>
                ) : (
                  <span className="muted">{t('list.firstMeeting')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
