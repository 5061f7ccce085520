import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useLogout } from '../api/use-auth';
import { AccountDialog } from './AccountDialog';
import type { Me } from '../api/types';

type UserMenuProps = {
  me: Me;
};

export const UserMenu = ({ me }: UserMenuProps) => {
  const { t } = useTranslation('common');
  const logout = useLogout();
  const navigate = useNavigate();
  const [account, setAccount] = useState(false);

  return (
    <div className="user-menu" role="group" aria-label={t('user.label')}>
      <span className="user-menu__identity">
        <span className="user-menu__name">{me.displayName}</span>
        <span className="user-menu__role">{t(`role.${me.role}`)}</span>
      </span>
      <button type="button" className="button button--quiet" onClick={() => setAccount(true)}>
        {t('account.open')}
      </button>
      {account ? <AccountDialog onClose={() => setAccount(false)} /> : null}
      <button
        type="button"
        className="button button--quiet"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
      >
        {logout.isPending ? t('user.loggingOut') : t('user.logout')}
      </button>
    </div>
  );
};
