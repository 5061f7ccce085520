import { useTranslation } from 'react-i18next';
import { translateApiError } from './translate-api-error';

export const useApiErrorMessage = () => {
  const { i18n } = useTranslation();
  return (error: unknown): string => translateApiError(error, i18n);
};
