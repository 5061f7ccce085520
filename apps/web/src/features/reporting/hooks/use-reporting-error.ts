import { useTranslation } from 'react-i18next';
import { translateReportingError } from '../utils/reporting-error';

export const useReportingError = () => {
  const { i18n } = useTranslation();
  return (error: unknown): string => translateReportingError(error, i18n);
};
