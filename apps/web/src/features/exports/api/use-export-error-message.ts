import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { translateApiError } from '../../../lib/translate-api-error';

type ExportErrorKey = `error.${'FONT_UNAVAILABLE'}`;

// Document codes are translated in the exports namespace; anything else as everywhere else.
export const useExportErrorMessage = () => {
  const { t, i18n } = useTranslation('exports');
  return (error: unknown): string => {
    if (isApiError(error) && i18n.exists(`error.${error.code}`, { ns: 'exports' }))
      return t(`error.${error.code}` as ExportErrorKey);
    return translateApiError(error, i18n);
  };
};
