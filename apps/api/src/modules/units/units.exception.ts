import { AppException } from '../../common/app.exception';

export const unitNotFound = () =>
  new AppException('UNIT_NOT_FOUND', { zh: '单位不存在', en: 'Unit not found' });
export const unitConflict = (current: unknown) =>
  new AppException(
    'UNIT_VERSION_CONFLICT',
    {
      zh: '该单位已被他人修改，请查看最新内容后重新提交',
      en: 'Someone else changed this unit; review the current version and apply your edit again',
    },
    { current },
  );
export const unitCodeTaken = (code: string) =>
  new AppException('UNIT_CODE_TAKEN', {
    zh: `单位代码 ${code} 已被使用`,
    en: `Unit code ${code} is already in use`,
  });
export const unitInvalid = (field: string, zh: string, en: string) =>
  new AppException('UNIT_INVALID', { zh: `${field}：${zh}`, en: `${field}: ${en}` }, { field });
