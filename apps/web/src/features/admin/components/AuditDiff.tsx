import { useTranslation } from 'react-i18next';
import { auditDiff } from '../utils/audit-diff';

type AuditDiffProps = { before: unknown; after: unknown };

// Before and after side by side; the change is also said in words (a marker), never by colour alone.
export const AuditDiff = ({ before, after }: AuditDiffProps) => {
  const { t } = useTranslation('admin');
  const rows = auditDiff(before, after);
  if (rows.length === 0) return <p className="adm-muted">{t('audit.noDetails')}</p>;
  return (
    <table className="adm-diff">
      <thead>
        <tr>
          <th scope="col">{t('audit.field')}</th>
          <th scope="col">{t('audit.before')}</th>
          <th scope="col">{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={`adm-diff__row--${row.change}`}>
            <th scope="row" className="adm-mono">
              {row.change === 'same' ? '' : <span aria-hidden="true">• </span>}
              {row.field || '—'}
            </th>
            <td className="adm-diff__value">{row.before ?? '—'}</td>
            <td className="adm-diff__value">{row.after ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
