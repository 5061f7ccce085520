import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

// Screen-reader users hear the title on navigation, so every page names itself.
export const useDocumentTitle = (title: string | undefined): void => {
  const { t } = useTranslation('common');
  const appName = t('appName');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
};
