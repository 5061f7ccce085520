import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Locale, Role } from '@plan/contracts';
import type { WorkspaceSettings } from '../modules/workspaces/workspaces.repository';

export type AuthUser = {
  id: string;
  sessionId: string;
  workspaceId: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  locale: Locale;
  regionScope: string | null;
};

// The caller's workspace as the session lookup found it: its settings and its data revision (read before
// anything the request computes, so a cache entry keyed by it is never older than its key).
export type WorkspaceState = { settings: WorkspaceSettings; revision: string };

export type RequestContext = {
  user: AuthUser;
  requestId: string;
  ip: string | null;
  // absent only where a context is built outside a request (tests, jobs)
  workspace?: WorkspaceState;
};

export type AppRequest = Request & { user?: AuthUser; workspace?: WorkspaceState; requestId?: string };

export function contextOf(req: AppRequest): RequestContext {
  return {
    user: req.user as AuthUser,
    requestId: req.requestId ?? '',
    ip: req.ip ?? null,
    workspace: req.workspace,
  };
}

// Who is asking, from where, under which request id: passed explicitly into services for auditing.
export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext): RequestContext =>
  contextOf(host.switchToHttp().getRequest<AppRequest>()),
);
