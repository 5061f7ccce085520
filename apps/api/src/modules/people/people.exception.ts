import { AppException } from '../../common/app.exception';

export const personNotFound = () =>
  new AppException('PERSON_NOT_FOUND', { zh: '人员不存在', en: 'Person not found' });
export const personConflict = (current: unknown) =>
  new AppException(
    'PERSON_VERSION_CONFLICT',
    {
      zh: '该人员已被他人修改，请查看最新内容后重新提交',
      en: 'Someone else changed this person; review the current version and apply your edit again',
    },
    { current },
  );
export const usernameTaken = (username: string) =>
  new AppException('USERNAME_TAKEN', {
    zh: `用户名 ${username} 已被使用（用户名在所有工作区中唯一）`,
    en: `The username ${username} is already taken (usernames are unique across all workspaces)`,
  });
export const personInvalid = (field: string, zh: string, en: string) =>
  new AppException('PERSON_INVALID', { zh: `${field}：${zh}`, en: `${field}: ${en}` }, { field });
export const selfLockout = () =>
  new AppException('ADMIN_SELF_LOCKOUT', {
    zh: '不能停用自己的账号或取消自己的管理员角色，请由另一位管理员操作',
    en: 'You cannot deactivate your own account or remove your own admin role; ask another admin',
  });

// The unique index on people.username: enforced even where row-level security hides the other row.
const USERNAME_UNIQUE = 'UQ_419f6907f97a4fc72335a2df96d';

export const isUsernameClash = (err: unknown): boolean => {
  const driver = (err as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  return driver?.code === '23505' && driver.constraint === USERNAME_UNIQUE;
};
