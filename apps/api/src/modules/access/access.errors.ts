import { AppException } from '../../common/app.exception';

export const forbiddenRole = () =>
  new AppException('FORBIDDEN_ROLE', {
    zh: '您的角色无权执行此操作',
    en: 'Your role does not allow this',
  });

export const forbiddenScope = (reach: 'unit' | 'lead') =>
  reach === 'lead'
    ? new AppException('FORBIDDEN_SCOPE', {
        zh: '只能审核本单位牵头任务的报告',
        en: 'You can only review reports on tasks your unit leads',
      })
    : new AppException('FORBIDDEN_SCOPE', {
        zh: '只能处理本单位牵头或参与的任务',
        en: 'You can only act on tasks your unit leads or cooperates on',
      });

export const forbiddenRegion = () =>
  new AppException('FORBIDDEN_REGION', {
    zh: '您的账号仅限查看本地区的数据，无法打开全局视图',
    en: 'Your account is limited to one region and cannot open whole-workspace views',
  });

export const noRule = () =>
  new AppException('FORBIDDEN', { zh: '无权执行此操作', en: 'You are not allowed to do this' });
