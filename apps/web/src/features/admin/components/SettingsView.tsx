import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/ui/PageStatus';
import { useWorkspaceSettings } from '../api/use-admin';
import { SettingsForm } from './SettingsForm';

export const SettingsView = () => {
  const { t } = useTranslation('admin');
  const settings = useWorkspaceSettings();
  return (
    <section aria-labelledby="adm-settings-heading">
      <h2 id="adm-settings-heading">{t('settings.heading')}</h2>
      <p className="adm-intro">{t('settings.intro')}</p>
      {settings.isPending ? (
        <LoadingState />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsForm settings={settings.data} />
      )}
    </section>
  );
};
