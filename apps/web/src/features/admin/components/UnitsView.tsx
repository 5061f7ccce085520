import type { AdminUnit } from '@plan/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/ui/PageStatus';
import { useRegions } from '../../reference/api/use-reference';
import { useAdminUnits, useUpdateUnit } from '../api/use-admin';
import { useAdminErrorMessage } from '../api/use-admin-error-message';
import { regionName } from '../utils/region-name';
import { ActiveToggle } from './ActiveToggle';
import { UnitDialog } from './UnitDialog';

export const UnitsView = () => {
  const { t, i18n } = useTranslation('admin');
  const units = useAdminUnits();
  const regions = useRegions();
  const toggle = useUpdateUnit();
  const errorMessage = useAdminErrorMessage();
  const [editing, setEditing] = useState<AdminUnit | 'new' | null>(null);
  const [notice, setNotice] = useState('');

  if (units.isPending) return <LoadingState />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;

  const name = (u: AdminUnit) => (i18n.language === 'en' ? u.nameEn : u.nameZh);

  return (
    <section aria-labelledby="adm-units-heading">
      <div className="adm-toolbar">
        <div>
          <h2 id="adm-units-heading">{t('units.heading')}</h2>
          <p className="adm-intro">{t('units.intro')}</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('units.create')}
        </button>
      </div>
      <p className="adm-status" role="status">
        {notice || t('units.count', { count: units.data.length })}
      </p>
      {toggle.isError ? (
        <p className="form-error" role="alert">
          {t('units.actionFailed', { reason: errorMessage(toggle.error) })}
        </p>
      ) : null}
      {units.data.length === 0 ? (
        <p className="empty-state">{t('units.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table adm-table">
            <thead>
              <tr>
                <th scope="col">{t('units.code')}</th>
                <th scope="col">{t('units.nameZh')}</th>
                <th scope="col">{t('units.nameEn')}</th>
                <th scope="col">{t('units.region')}</th>
                <th scope="col">{t('units.level')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {units.data.map((u) => (
                <tr key={u.id} className={u.active ? undefined : 'adm-row--inactive'}>
                  <td className="adm-mono">{u.code}</td>
                  <th scope="row">{u.nameZh}</th>
                  <td>{u.nameEn}</td>
                  <td className="adm-nowrap">{regionName(regions.data, u.regionCode, i18n.language)}</td>
                  <td className="adm-nowrap">{t(`level.${u.level}`)}</td>
                  <td className="adm-nowrap">
                    <span className={`adm-badge adm-badge--${u.active ? 'active' : 'inactive'}`}>
                      {u.active ? t('common.active') : t('common.inactive')}
                    </span>
                  </td>
                  <td className="adm-actions">
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={t('units.editLabel', { name: name(u) })}
                      onClick={() => setEditing(u)}
                    >
                      {t('common.edit')}
                    </button>
                    <ActiveToggle
                      kind="units"
                      active={u.active}
                      name={name(u)}
                      pending={toggle.isPending}
                      onToggle={() =>
                        toggle.mutate(
                          { id: u.id, body: { active: !u.active, version: u.version } },
                          { onSuccess: () => setNotice(t('common.saved')) },
                        )
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <UnitDialog
          unit={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(t('common.saved'));
          }}
        />
      ) : null}
    </section>
  );
};
