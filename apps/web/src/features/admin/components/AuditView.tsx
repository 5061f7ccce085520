import type { AuditEventView } from '@plan/contracts';
import { Fragment, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '../../../components/ui/PageStatus';
import { useAdminPeople, useAuditLog } from '../api/use-admin';
import {
  AUDIT_ENTITIES,
  auditFiltersFromParams,
  auditFiltersToParams,
  emptyAuditFilters,
  hasAuditFilters,
  type AuditFilters,
} from '../utils/audit-filters';
import { formatDateTime } from '../utils/format-time';
import { AuditDiff } from './AuditDiff';

type EntityKey = `entity.${(typeof AUDIT_ENTITIES)[number]}`;

export const AuditView = () => {
  const { t, i18n } = useTranslation('admin');
  const id = useId();
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => auditFiltersFromParams(params), [params]);
  const [draft, setDraft] = useState<AuditFilters>(applied);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const log = useAuditLog(applied);
  const people = useAdminPeople();

  const entityLabel = (entity: string) =>
    i18n.exists(`entity.${entity}`, { ns: 'admin' }) ? t(`entity.${entity}` as EntityKey) : entity;
  const actionLabel = (action: string) =>
    i18n.exists(`actionName.${action}`, { ns: 'admin' })
      ? t(`actionName.${action}` as 'actionName.task.create')
      : action;
  const actorName = (e: AuditEventView) =>
    e.actor ? e.actor.displayName || e.actor.username : t('audit.system');
  const setD = (key: keyof AuditFilters, value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const toggle = (eventId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(eventId)) next.delete(eventId);
      else next.add(eventId);
      return next;
    });

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(auditFiltersToParams(draft));
  };
  const clear = () => {
    setDraft(emptyAuditFilters());
    setParams(new URLSearchParams());
  };

  const events = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="adm-audit-heading">
      <h2 id="adm-audit-heading">{t('audit.heading')}</h2>
      <p className="adm-intro">{t('audit.intro')}</p>
      <form className="filter-bar" role="search" aria-label={t('audit.filters')} onSubmit={apply}>
        <div className="filter-bar__row">
          <div className="field field--inline">
            <label htmlFor={`${id}-action`}>{t('audit.action')}</label>
            <input
              id={`${id}-action`}
              type="text"
              placeholder="person.update"
              value={draft.action}
              onChange={(e) => setD('action', e.target.value.trim())}
            />
          </div>
          <div className="field field--inline">
            <label htmlFor={`${id}-entity`}>{t('audit.entity')}</label>
            <select id={`${id}-entity`} value={draft.entity} onChange={(e) => setD('entity', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {AUDIT_ENTITIES.map((entity) => (
                <option key={entity} value={entity}>
                  {entityLabel(entity)}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--inline">
            <label htmlFor={`${id}-entityId`}>{t('audit.entityId')}</label>
            <input
              id={`${id}-entityId`}
              type="text"
              value={draft.entityId}
              onChange={(e) => setD('entityId', e.target.value.trim())}
            />
          </div>
          <div className="field field--inline">
            <label htmlFor={`${id}-actor`}>{t('audit.actor')}</label>
            <select
              id={`${id}-actor`}
              value={draft.actorId}
              onChange={(e) => setD('actorId', e.target.value)}
            >
              <option value="">{t('common.all')}</option>
              {(people.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName} ({p.username})
                </option>
              ))}
            </select>
          </div>
          <div className="field field--inline">
            <label htmlFor={`${id}-from`}>{t('audit.from')}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={draft.from}
              onChange={(e) => setD('from', e.target.value)}
            />
          </div>
          <div className="field field--inline">
            <label htmlFor={`${id}-to`}>{t('audit.to')}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={draft.to}
              onChange={(e) => setD('to', e.target.value)}
            />
          </div>
          <div className="adm-filter-actions">
            <button type="submit" className="button button--primary">
              {t('audit.apply')}
            </button>
            {hasAuditFilters(applied) ? (
              <button type="button" className="button" onClick={clear}>
                {t('audit.clear')}
              </button>
            ) : null}
          </div>
        </div>
      </form>
      {log.isPending ? (
        <LoadingState />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : events.length === 0 ? (
        <p className="empty-state">{t('audit.empty')}</p>
      ) : (
        <>
          <p className="adm-status" role="status">
            {t('audit.shown', { count: events.length })}
          </p>
          <div className="table-scroll">
            <table className="data-table adm-table adm-audit">
              <thead>
                <tr>
                  <th scope="col">{t('audit.at')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.entity')}</th>
                  <th scope="col">{t('audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => {
                  const expanded = open.has(e.id);
                  const panelId = `${id}-diff-${e.id}`;
                  return (
                    <Fragment key={e.id}>
                      <tr>
                        <td className="adm-nowrap">
                          <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
                        </td>
                        <td>{actorName(e)}</td>
                        <td>
                          {actionLabel(e.action)}
                          <span className="adm-id adm-mono">{e.action}</span>
                        </td>
                        <td>
                          {entityLabel(e.entity)}
                          {e.entityId ? <span className="adm-id adm-mono">{e.entityId}</span> : null}
                        </td>
                        <td>
                          <button
                            type="button"
                            className="button button--quiet"
                            aria-expanded={expanded}
                            aria-controls={expanded ? panelId : undefined}
                            onClick={() => toggle(e.id)}
                          >
                            {expanded ? t('audit.hideDiff') : t('audit.showDiff')}
                          </button>
                        </td>
                      </tr>
                      {expanded ? (
                        <tr className="adm-audit__detail">
                          <td colSpan={5} id={panelId}>
                            <AuditDiff before={e.before} after={e.after} />
                            <p className="adm-muted">
                              {e.ip ? t('audit.ip', { ip: e.ip }) : null}{' '}
                              {e.requestId ? t('audit.requestId', { id: e.requestId }) : null}
                            </p>
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
          {log.hasNextPage ? (
            <div className="adm-more">
              <button
                type="button"
                className="button"
                disabled={log.isFetchingNextPage}
                onClick={() => void log.fetchNextPage()}
              >
                {log.isFetchingNextPage ? t('audit.loadingMore') : t('audit.loadMore')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
};
