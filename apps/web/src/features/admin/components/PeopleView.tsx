import { ROLES, type AdminPerson, type Role } from '@plan/contracts';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/ui/PageStatus';
import { useMe } from '../../auth/api/use-auth';
import { useRegions } from '../../reference/api/use-reference';
import { useAdminPeople, useAdminUnits, useUpdatePerson } from '../api/use-admin';
import { useAdminErrorMessage } from '../api/use-admin-error-message';
import { emptyPeopleFilter, filterPeople, type PeopleFilter } from '../utils/people-filter';
import { regionName } from '../utils/region-name';
import { ActiveToggle } from './ActiveToggle';
import { PersonDialog } from './PersonDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';

export const PeopleView = () => {
  const { t, i18n } = useTranslation('admin');
  const { t: tc } = useTranslation('common');
  const id = useId();
  const me = useMe().data;
  const people = useAdminPeople();
  const units = useAdminUnits();
  const regions = useRegions();
  const toggle = useUpdatePerson();
  const errorMessage = useAdminErrorMessage();
  const [filter, setFilter] = useState<PeopleFilter>(emptyPeopleFilter);
  const [editing, setEditing] = useState<AdminPerson | 'new' | null>(null);
  const [resetting, setResetting] = useState<AdminPerson | null>(null);
  const [notice, setNotice] = useState('');
  const shown = useMemo(() => filterPeople(people.data ?? [], filter), [people.data, filter]);
  const en = i18n.language === 'en';

  if (people.isPending || units.isPending) return <LoadingState />;
  if (people.isError) return <ErrorState error={people.error} onRetry={() => void people.refetch()} />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;

  const unitName = (unitId: string) => {
    const unit = units.data.find((u) => u.id === unitId);
    return unit ? (en ? unit.nameEn : unit.nameZh) : '';
  };
  const setF = <K extends keyof PeopleFilter>(key: K, value: PeopleFilter[K]) =>
    setFilter((current) => ({ ...current, [key]: value }));

  return (
    <section aria-labelledby="adm-people-heading">
      <div className="adm-toolbar">
        <div>
          <h2 id="adm-people-heading">{t('people.heading')}</h2>
          <p className="adm-intro">{t('people.intro')}</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('people.create')}
        </button>
      </div>
      <div className="filter-bar" role="search">
        <div className="filter-bar__row">
          <div className="field field--inline adm-filter-search">
            <label htmlFor={`${id}-q`}>{t('people.search')}</label>
            <input
              id={`${id}-q`}
              type="search"
              value={filter.q}
              onChange={(e) => setF('q', e.target.value)}
            />
          </div>
          <div className="field field--inline">
            <label htmlFor={`${id}-role`}>{t('people.filterRole')}</label>
            <select
              id={`${id}-role`}
              value={filter.role}
              onChange={(e) => setF('role', e.target.value as Role | '')}
            >
              <option value="">{t('common.all')}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {tc(`role.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--inline">
            <label htmlFor={`${id}-unit`}>{t('people.filterUnit')}</label>
            <select id={`${id}-unit`} value={filter.unitId} onChange={(e) => setF('unitId', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {units.data.map((u) => (
                <option key={u.id} value={u.id}>
                  {en ? u.nameEn : u.nameZh}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--inline">
            <label htmlFor={`${id}-status`}>{t('people.filterStatus')}</label>
            <select
              id={`${id}-status`}
              value={filter.status}
              onChange={(e) => setF('status', e.target.value as PeopleFilter['status'])}
            >
              <option value="">{t('common.all')}</option>
              <option value="active">{t('people.statusActive')}</option>
              <option value="inactive">{t('people.statusInactive')}</option>
            </select>
          </div>
        </div>
      </div>
      <p className="adm-status" role="status">
        {notice || t('people.count', { count: shown.length })}
      </p>
      {toggle.isError ? (
        <p className="form-error" role="alert">
          {t('people.actionFailed', { reason: errorMessage(toggle.error) })}
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p className="empty-state">{t('people.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table adm-table">
            <thead>
              <tr>
                <th scope="col">{t('people.displayName')}</th>
                <th scope="col">{t('people.username')}</th>
                <th scope="col">{t('people.role')}</th>
                <th scope="col">{t('people.unit')}</th>
                <th scope="col">{t('people.regionScope')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => {
                const self = p.id === me?.id;
                return (
                  <tr key={p.id} className={p.active ? undefined : 'adm-row--inactive'}>
                    <th scope="row">
                      {p.displayName}
                      {self ? t('people.you') : ''}
                    </th>
                    <td className="adm-mono">{p.username}</td>
                    <td className="adm-nowrap">{tc(`role.${p.role}`)}</td>
                    <td>{unitName(p.unitId)}</td>
                    <td>{regionName(regions.data, p.regionScope, i18n.language)}</td>
                    <td className="adm-nowrap">
                      <span className={`adm-badge adm-badge--${p.active ? 'active' : 'inactive'}`}>
                        {p.active ? t('common.active') : t('common.inactive')}
                      </span>
                    </td>
                    <td className="adm-actions">
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={t('people.editLabel', { name: p.displayName })}
                        onClick={() => setEditing(p)}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={t('people.resetLabel', { name: p.displayName })}
                        onClick={() => setResetting(p)}
                      >
                        {t('people.resetPassword')}
                      </button>
                      {self ? null : (
                        <ActiveToggle
                          kind="people"
                          active={p.active}
                          name={p.displayName}
                          pending={toggle.isPending}
                          onToggle={() =>
                            toggle.mutate(
                              { id: p.id, body: { active: !p.active, version: p.version } },
                              { onSuccess: () => setNotice(t('common.saved')) },
                            )
                          }
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <PersonDialog
          person={editing === 'new' ? null : editing}
          units={units.data}
          isSelf={editing !== 'new' && editing.id === me?.id}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(t('common.saved'));
          }}
        />
      ) : null}
      {resetting ? (
        <ResetPasswordDialog
          person={resetting}
          onClose={() => setResetting(null)}
          onDone={() => {
            setNotice(t('reset.done', { name: resetting.displayName }));
            setResetting(null);
          }}
        />
      ) : null}
    </section>
  );
};
