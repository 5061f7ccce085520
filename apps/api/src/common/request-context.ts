import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Locale, Role } from '@plan/contracts';

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

export type RequestContext = {
  user: AuthUser;
  requestId: string;
  ip: string | null;
};

export type AppRequest = Request & { user?: AuthUser; requestId?: string };

export function contextOf(req: AppRequest): RequestContext {
  return { user: req.user as AuthUser, requestId: req.requestId ?? '', ip: req.ip ?? null };
}

// Who is asking, from where, under which request id: passed explicitly into services for auditing.
export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext): RequestContext =>
  contextOf(host.switchToHttp().getRequest<AppRequest>()),
);
