import { AppException } from '../../common/app.exception';

export const workspaceConflict = (current: unknown) =>
  new AppException(
    'WORKSPACE_VERSION_CONFLICT',
    {
      zh: '工作区设置已被他人修改，请查看最新内容后重新提交',
      en: 'Someone else changed the workspace settings; review them and apply your edit again',
    },
    { current },
  );
export const workspaceCodeTaken = (code: string) =>
  new AppException('WORKSPACE_CODE_TAKEN', {
    zh: `工作区代码 ${code} 已被使用`,
    en: `The workspace code ${code} is already in use`,
  });
export const workspaceInvalid = (field: string, zh: string, en: string) =>
  new AppException('WORKSPACE_INVALID', { zh: `${field}：${zh}`, en: `${field}: ${en}` }, { field });

const WORKSPACE_CODE_UNIQUE = 'UQ_d3fe9fbf2cec194b3fcf7c03b3b';

export const isWorkspaceCodeClash = (err: unknown): boolean => {
  const driver = (err as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  return driver?.code === '23505' && driver.constraint === WORKSPACE_CODE_UNIQUE;
};
