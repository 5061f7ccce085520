import { useTranslation } from 'react-i18next';
import type { SaveState } from '../hooks/use-report-draft';
import { useReportingError } from '../hooks/use-reporting-error';
import { formatTime } from '../utils/reporting-format';

type SaveStatusProps = {
  state: SaveState;
};

// One polite live region: people using a screen reader hear "saved" and "offline", not every keystroke.
export const SaveStatus = ({ state }: SaveStatusProps) => {
  const { t, i18n } = useTranslation('reporting');
  const errorMessage = useReportingError();
  let text: string;
  switch (state.kind) {
    case 'idle':
      text = t('save.idle');
      break;
    case 'pending':
      text = t('save.pending');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'saved':
      text = t('save.saved', { time: formatTime(state.at, i18n.language) });
      break;
    case 'offline':
      text = t('save.offline');
      break;
    case 'invalid':
      text = t('save.invalid');
      break;
    case 'error':
      text = t('save.error', { reason: errorMessage(state.error) });
      break;
    case 'submitted':
      text = t('save.submitted');
      break;
    case 'taken':
      text = t('save.taken');
      break;
  }
  const tone =
    state.kind === 'offline' || state.kind === 'invalid' || state.kind === 'error' || state.kind === 'taken'
      ? 'warning'
      : 'ok';
  return (
    <p
      className={`save-status save-status--${tone} save-status--${state.kind}`}
      role="status"
      data-save-state={state.kind}
    >
      {text}
    </p>
  );
};
