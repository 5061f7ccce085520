import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/api/use-auth';
import { ImportWizard } from '../features/imports/components/ImportWizard';
import '../features/imports/imports.css';
import { useDocumentTitle } from '../lib/use-document-title';

// /admin/import: administrators only (PRODUCT.md "Roles and scope").
export const ImportPage = () => {
  const { t } = useTranslation('imports');
  const me = useMe().data;
  useDocumentTitle(t('title'));
  return (
    <div className="page imp-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      {me?.role === 'admin' ? (
        <>
          <p className="imp-intro">{t('intro')}</p>
          <ImportWizard />
        </>
      ) : (
        <p className="empty-state">{t('noAccess')}</p>
      )}
    </div>
  );
};
