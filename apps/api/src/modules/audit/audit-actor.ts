import type { RequestContext } from '../../common/request-context';
import type { AuditActor } from './audit.service';

export const actorOf = (ctx: RequestContext): AuditActor => ({
  workspaceId: ctx.user.workspaceId,
  actorId: ctx.user.id,
  requestId: ctx.requestId,
  ip: ctx.ip,
});
