import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { translateApiError } from '../../../lib/translate-api-error';

type MeetingErrorKey = `error.${'MEETING_NOT_FOUND'}`;

// Meeting codes are translated in the meetings namespace; anything else as everywhere else.
export const useMeetingsErrorMessage = () => {
  const { t, i18n } = useTranslation('meetings');
  return (error: unknown): string => {
    if (isApiError(error) && i18n.exists(`error.${error.code}`, { ns: 'meetings' }))
      return t(`error.${error.code}` as MeetingErrorKey);
    return translateApiError(error, i18n);
  };
};
