import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { UUID } from '../../common/parse-id.pipe';
import type { AppRequest } from '../../common/request-context';
import { runInScope } from '../../database/workspace-scope';
import { forbiddenRegion, forbiddenRole, forbiddenScope, noRule } from './access.errors';
import { notFound } from './not-found';
import { judge } from './policy';
import { ResourceRepository } from './resource.repository';
import { PUBLIC, ROUTE_POLICY, type RouteRule } from './route-policy';

export function routeKey(req: AppRequest): string {
  const path = (req.route as { path?: string } | undefined)?.path ?? req.path;
  return `${req.method} ${path}`;
}

export function ruleFor(req: AppRequest): RouteRule | typeof PUBLIC | undefined {
  return ROUTE_POLICY[routeKey(req)];
}

// The wall: every request is checked against ROUTE_POLICY after the session is known.
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(private readonly resources: ResourceRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AppRequest>();
    const rule = ruleFor(req);
    if (rule === PUBLIC) return true;
    if (!rule) {
      this.logger.error(`No access rule for ${routeKey(req)}: refused`);
      throw noRule();
    }
    const user = req.user;
    if (!user) throw noRule();
    const reach = rule.roles[user.role];
    if (!reach) throw forbiddenRole();
    if (rule.wholeWorkspace && user.role === 'viewer' && user.regionScope) throw forbiddenRegion();
    if (rule.bodyUnit && reach !== 'workspace') {
      const unit = (req.body as Record<string, unknown> | undefined)?.[rule.bodyUnit];
      // A missing or malformed unit is the validation pipe's to refuse (400).
      if (typeof unit === 'string' && unit !== user.unitId) throw forbiddenScope('unit');
    }
    if (!rule.resource) return true;
    const id = req.params[rule.resource.param];
    // A malformed id is the validation pipe's to refuse (400).
    if (typeof id !== 'string' || !UUID.test(id)) return true;
    const { kind } = rule.resource;
    const place = await runInScope({ workspaceId: user.workspaceId }, () =>
      this.resources.place(kind, id, user.workspaceId, user.unitId),
    );
    const verdict = judge(user, reach, place);
    if (verdict === 'not-found') throw notFound[kind]();
    if (verdict === 'forbidden') throw forbiddenScope(reach === 'lead' ? 'lead' : 'unit');
    return true;
  }
}
