import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { translateApiError } from '../../../lib/translate-api-error';

type AdminErrorKey = `error.${'USERNAME_TAKEN'}`;

// Admin codes are translated in the admin namespace; anything else as everywhere else.
export const useAdminErrorMessage = () => {
  const { t, i18n } = useTranslation('admin');
  return (error: unknown): string => {
    if (isApiError(error) && i18n.exists(`error.${error.code}`, { ns: 'admin' }))
      return t(`error.${error.code}` as AdminErrorKey);
    return translateApiError(error, i18n);
  };
};
