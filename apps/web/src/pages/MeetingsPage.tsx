import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorState, LoadingState } from '../components/ui/PageStatus';
import { useMe } from '../features/auth/api/use-auth';
import { useMeetings } from '../features/meetings/api/use-meetings';
import { CreateMeetingDialog } from '../features/meetings/components/CreateMeetingDialog';
import { MeetingList } from '../features/meetings/components/MeetingList';
import '../features/meetings/meetings.css';
import { canManageMeetings } from '../features/meetings/utils/meeting-access';
import { liveChangesHref, meetingHref } from '../features/meetings/utils/meeting-links';
import { formatNumber } from '../lib/intl-format';
import { useDocumentTitle } from '../lib/use-document-title';

export const MeetingsPage = () => {
  const { t, i18n } = useTranslation('meetings');
  const me = useMe().data;
  const navigate = useNavigate();
  const meetings = useMeetings();
  const [creating, setCreating] = useState(false);
  useDocumentTitle(t('list.title'));
  const count = meetings.data?.length ?? 0;

  return (
    <div className="page mt-page">
      <header className="page-header mt-header">
        <div className="mt-header__text">
          <h1>{t('list.title')}</h1>
          {meetings.data ? (
            <p className="page-header__meta">
              {t('list.count', { count, value: formatNumber(count, i18n.language) })}
            </p>
          ) : null}
        </div>
        <div className="mt-header__actions">
          {count > 0 ? (
            <Link to={liveChangesHref()} className="button">
              {t('list.liveChanges')}
            </Link>
          ) : null}
          {canManageMeetings(me?.role) ? (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {t('list.create')}
            </button>
          ) : null}
        </div>
      </header>
      <p className="mt-intro">{t('list.intro')}</p>

      {meetings.isPending ? <LoadingState /> : null}
      {meetings.isError ? (
        <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : null}
      {meetings.data && count === 0 ? <p className="empty-state">{t('list.empty')}</p> : null}
      {meetings.data && count > 0 ? <MeetingList meetings={meetings.data} /> : null}

      {creating ? (
        <CreateMeetingDialog
          onClose={() => setCreating(false)}
          onCreated={(meeting) => navigate(meetingHref(meeting.id), { state: { created: true } })}
        />
      ) : null}
    </div>
  );
};
