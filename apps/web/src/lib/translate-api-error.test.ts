import { createI18n } from '../app/i18n';
import { ApiError } from './api-client';
import { translateApiError } from './translate-api-error';

describe(translateApiError.name, () => {
  const zh = createI18n('zh-CN');

  it('translates a known code and ignores the message', () => {
    expect(translateApiError(new ApiError(401, 'AUTH_INVALID_CREDENTIALS', 'Bad login'), zh)).toBe(
      '用户名或密码错误。',
    );
  });

  it('falls back to a text for the HTTP status when the code is unknown', () => {
    expect(translateApiError(new ApiError(403, 'TASK_NOT_IN_SCOPE', 'Forbidden'), zh)).toBe(
      '您没有执行此操作的权限。',
    );
    expect(translateApiError(new ApiError(503, 'DB_DOWN', 'db'), zh)).toBe('服务器出错，请稍后重试。');
  });

  it('shows the raw message only when nothing translates it', () => {
    expect(translateApiError(new ApiError(422, 'ODD', 'Odd thing'), zh)).toBe('操作未能完成：Odd thing');
    expect(translateApiError(new Error('boom'), zh)).toBe('操作未能完成，请稍后重试。');
  });
});
