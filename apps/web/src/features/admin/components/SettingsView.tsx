import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/ui/PageStatus';
import { useWorkspaceSettings } from '../api/use-admin';
import { CreateWorkspaceDialog } from './CreateWorkspaceDialog';
import { SettingsForm } from './SettingsForm';

export const SettingsView = () => {
  const { t } = useTranslation('admin');
  const settings = useWorkspaceSettings();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');
  return (
    <section aria-labelledby="adm-settings-heading">
      <div className="adm-toolbar">
        <div>
          <h2 id="adm-settings-heading">{t('settings.heading')}</h2>
          <p className="adm-intro">{t('settings.intro')}</p>
        </div>
        <button type="button" className="button" onClick={() => setCreating(true)}>
          {t('newWorkspace.open')}
        </button>
      </div>
      <p className="adm-status" role="status">
        {notice}
      </p>
      {settings.isPending ? (
        <LoadingState />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsForm settings={settings.data} />
      )}
      {creating ? (
        <CreateWorkspaceDialog
          onClose={() => setCreating(false)}
          onCreated={(created, username) => {
            setCreating(false);
            setNotice(t('newWorkspace.done', { name: created.workspace.name, username }));
          }}
        />
      ) : null}
    </section>
  );
};
