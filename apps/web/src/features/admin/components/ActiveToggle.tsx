import { useTranslation } from 'react-i18next';

type ActiveToggleProps = {
  // Whose texts: people.deactivate / units.deactivate and their labels.
  kind: 'people' | 'units';
  active: boolean;
  name: string;
  pending: boolean;
  onToggle: () => void;
};

// Deactivate (or reactivate) a row: the visible word is short, the accessible name says whom.
export const ActiveToggle = ({ kind, active, name, pending, onToggle }: ActiveToggleProps) => {
  const { t } = useTranslation('admin');
  return (
    <button
      type="button"
      className="button button--quiet"
      disabled={pending}
      aria-label={t(active ? `${kind}.deactivateLabel` : `${kind}.reactivateLabel`, { name })}
      onClick={onToggle}
    >
      {active ? t(`${kind}.deactivate`) : t(`${kind}.reactivate`)}
    </button>
  );
};
