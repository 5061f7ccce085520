import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { translateApiError } from '../../../lib/translate-api-error';
import { IMPORT_MAX_MB } from '../utils/import-file-check';

type ImportErrorKey = `error.${'IMPORT_INVALID'}`;

// Import codes are translated in the imports namespace; anything else as everywhere else.
export const useImportErrorMessage = () => {
  const { t, i18n } = useTranslation('imports');
  return (error: unknown): string => {
    if (isApiError(error) && i18n.exists(`error.${error.code}`, { ns: 'imports' }))
      return t(`error.${error.code}` as ImportErrorKey, { max: IMPORT_MAX_MB });
    return translateApiError(error, i18n);
  };
};
