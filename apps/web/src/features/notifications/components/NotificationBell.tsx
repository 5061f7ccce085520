import type { NotificationView } from '@plan/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatNumber, formatPeriod } from '../../../lib/intl-format';
import { reportingKeys } from '../../reporting/api/reporting.keys';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
} from '../api/use-notifications';
import {
  badgeText,
  formatAbsolute,
  formatWhen,
  notificationValues,
  safeAppLink,
} from '../utils/notification-format';
import '../notifications.css';

const BellIcon = () => (
  <svg className="bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <path
      fill="currentColor"
      d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
    />
  </svg>
);

type ItemProps = {
  notification: NotificationView;
  now: Date;
  onOpen: (notification: NotificationView) => void;
  onMarkRead: (notification: NotificationView) => void;
};

const NotificationItem = ({ notification, now, onOpen, onMarkRead }: ItemProps) => {
  const { t, i18n } = useTranslation('notifications');
  const lang = i18n.language;
  const values = notificationValues(notification, (period) => formatPeriod(period, lang));
  const message = t(`kind.${notification.kind}`, { replace: values });
  const link = safeAppLink(notification.link);
  const unread = notification.readAt === null;
  const body = (
    <>
      <span className="notification__message">{message}</span>
      <time
        className="notification__time"
        dateTime={notification.createdAt}
        title={formatAbsolute(notification.createdAt, lang)}
      >
        {formatWhen(notification.createdAt, now, lang)}
      </time>
    </>
  );
  return (
    <li className={`notification${unread ? ' notification--unread' : ''}`}>
      {unread ? <span className="notification__dot" aria-hidden="true" /> : null}
      <div className="notification__main">
        {unread ? <span className="visually-hidden">{t('unreadMark')}</span> : null}
        {link ? (
          <Link to={link} className="notification__link" onClick={() => onOpen(notification)}>
            {body}
          </Link>
        ) : (
          <span className="notification__link">{body}</span>
        )}
      </div>
      {unread ? (
        <button
          type="button"
          className="button button--quiet button--small notification__read"
          aria-label={t('markReadLabel', { message })}
          onClick={() => onMarkRead(notification)}
        >
          {t('markRead')}
        </button>
      ) : null}
    </li>
  );
};

// The header bell: unread count (polled every minute and on focus) and a panel of recent notifications.
export const NotificationBell = () => {
  const { t, i18n } = useTranslation('notifications');
  const lang = i18n.language;
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];
  const now = new Date();

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onPointer = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  const queryClient = useQueryClient();
  const newestId = notifications.data?.items[0]?.id ?? null;
  const seenNewest = useRef<string | null | undefined>(undefined);
  // Something happened to a report (returned, approved, a reminder): lists on screen are out of date.
  useEffect(() => {
    if (!notifications.data) return;
    if (seenNewest.current !== undefined && newestId !== seenNewest.current) {
      void queryClient.invalidateQueries({ queryKey: reportingKeys.lists() });
    }
    seenNewest.current = newestId;
  }, [newestId, notifications.data, queryClient]);

  const { refetch } = notifications;
  useEffect(() => {
    if (open) void refetch();
  }, [open, refetch]);

  // React Query refetches when the tab becomes visible; coming back from another window counts too.
  useEffect(() => {
    const onFocus = () => void refetch({ cancelRefetch: false });
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refetch]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  const label =
    unread > 0 ? t('bellUnread', { count: unread, total: formatNumber(unread, lang) }) : t('bell');

  return (
    <div
      className="bell"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close(true);
        }
      }}
      onBlur={(event) => {
        // Tabbing out of the panel closes it, like a menu.
        if (open && event.relatedTarget && !event.currentTarget.contains(event.relatedTarget as Node))
          setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="bell__button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((value) => !value)}
      >
        <BellIcon />
        {unread > 0 ? (
          <span className="bell__badge" aria-hidden="true" data-testid="notification-count">
            {badgeText(unread, lang)}
          </span>
        ) : null}
      </button>
      <div
        ref={panel}
        id={`${id}-panel`}
        className="bell__panel"
        role="region"
        aria-label={t('panelLabel')}
        tabIndex={-1}
        hidden={!open}
      >
        <div className="bell__panel-header">
          <h2 className="bell__title">{t('title')}</h2>
          <button
            type="button"
            className="button button--quiet button--small"
            disabled={unread === 0 || markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('markAllRead')}
          </button>
        </div>
        {notifications.isError && !notifications.data ? (
          <p className="bell__empty">{t('loadFailed')}</p>
        ) : null}
        {notifications.data && items.length === 0 ? <p className="bell__empty">{t('empty')}</p> : null}
        {items.length > 0 ? (
          <ul className="bell__list">
            {items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                now={now}
                onOpen={(n) => {
                  if (!n.readAt) markRead.mutate(n.id);
                  close(false);
                }}
                onMarkRead={(n) => markRead.mutate(n.id)}
              />
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
};
