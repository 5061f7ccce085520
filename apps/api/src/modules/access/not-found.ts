import { AppException } from '../../common/app.exception';
import type { ResourceKind } from './route-policy';

// The answers for a row that does not exist. The policy guard gives the same answer for a row
// outside the caller's workspace or region, so nobody can tell the two apart.
export const notFound: Record<ResourceKind, () => AppException> = {
  task: () => new AppException('TASK_NOT_FOUND', { zh: '任务不存在', en: 'Task not found' }),
  report: () =>
    new AppException('REPORT_NOT_FOUND', { zh: '进展报告不存在', en: 'Progress report not found' }),
  attachment: () =>
    new AppException('ATTACHMENT_NOT_FOUND', { zh: '附件不存在', en: 'Attachment not found' }),
  meeting: () => new AppException('MEETING_NOT_FOUND', { zh: '调度会不存在', en: 'Meeting not found' }),
};
