import { AppException } from '../../common/app.exception';
import { notFound as notFoundOf } from '../access/not-found';

// One answer for a missing task, shared with the access guard (a hidden task answers the same).
export const taskNotFound = notFoundOf.task;
export const taskArchived = () =>
  new AppException('TASK_ARCHIVED', {
    zh: '任务已归档，请先恢复',
    en: 'The task is archived; restore it first',
  });
export const taskConflict = (current: unknown) =>
  new AppException(
    'TASK_VERSION_CONFLICT',
    {
      zh: '该任务已被他人修改，请查看最新内容后重新提交',
      en: 'Someone else changed this task; review the current version and apply your edit again',
    },
    { current },
  );
export const taskReferenceInvalid = (field: string, zh: string, en: string) =>
  new AppException('TASK_REFERENCE_INVALID', { zh: `${field}：${zh}`, en: `${field}: ${en}` }, { field });
