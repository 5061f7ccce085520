import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { UUID } from '../../common/parse-id.pipe';
import type { AppRequest } from '../../common/request-context';
import { RevisionCache } from '../../common/revision-cache';
import { runInScope } from '../../database/workspace-scope';
import { forbiddenRegion, forbiddenRole, forbiddenScope, noRule } from './access.errors';
import { notFound } from './not-found';
import { judge, regionLimited } from './policy';
import { ResourceRepository, type ResourcePlace } from './resource.repository';
import { PUBLIC, ROUTE_POLICY, type RouteRule } from './route-policy';

export function routeKey(req: AppRequest): string {
  const path = (req.route as { path?: string } | undefined)?.path ?? req.path;
  return `${req.method} ${path}`;
}

export function ruleFor(req: AppRequest): RouteRule | typeof PUBLIC | undefined {
  return ROUTE_POLICY[routeKey(req)];
}

// Places of tasks read by GET requests, per (workspace, revision, task, asking unit): a task comes, moves (units,
// region) and goes only with writes that move the workspace's revision, which the session lookup read first, so
// an entry is never older than its key. Writes always read the place afresh, and so do the other kinds: a draft
// report or an attachment comes and goes without moving the revision.
const PLACE_CACHE_ENTRIES = 8192;

// The wall: every request is checked against ROUTE_POLICY after the session is known.
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);
  private readonly places = new RevisionCache<ResourcePlace | null>(PLACE_CACHE_ENTRIES);

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
    // judge() could only answer "there or not" here, and the handler answers that itself, the same way
    if (rule.resource.foundByHandler && reach === 'workspace' && !regionLimited(user)) return true;
    const read = () =>
      runInScope({ workspaceId: user.workspaceId }, () =>
        this.resources.place(kind, id, user.workspaceId, user.unitId),
      );
    const revision = req.workspace?.revision;
    const place =
      kind === 'task' && (req.method === 'GET' || req.method === 'HEAD') && revision !== undefined
        ? await this.places.get(`${user.workspaceId}|${revision}|${id}|${user.unitId ?? ''}`, read)
        : await read();
    const verdict = judge(user, reach, place);
    if (verdict === 'not-found') throw notFound[kind]();
    if (verdict === 'forbidden') throw forbiddenScope(reach === 'lead' ? 'lead' : 'unit');
    return true;
  }
}
