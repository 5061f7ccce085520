import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppException } from '../../common/app.exception';
import type { AppRequest } from '../../common/request-context';
import { SESSION_COOKIE } from '../../config/app.config';
import { ruleFor } from '../access/policy.guard';
import { PUBLIC } from '../access/route-policy';
import { CSRF_HEADER, csrfMatches, SAFE_METHODS } from './csrf';
import { SessionsRepository } from './sessions.repository';

export const authRequired = () =>
  new AppException('AUTH_REQUIRED', { zh: '请先登录', en: 'Please log in first' });

// Every endpoint needs a session unless the route policy marks it public; cookie-authenticated
// writes also need the session's CSRF token in the X-CSRF-Token header.
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly sessions: SessionsRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AppRequest>();
    if (ruleFor(req) === PUBLIC) return true;
    const token = req.cookies?.[SESSION_COOKIE];
    const session =
      typeof token === 'string' && token.length > 0 && token.length <= 128
        ? await this.sessions.resolve(token, SAFE_METHODS.has(req.method))
        : null;
    if (!session) throw authRequired();
    if (!SAFE_METHODS.has(req.method) && !csrfMatches(token as string, req.headers[CSRF_HEADER]))
      throw new AppException('CSRF_INVALID', {
        zh: '安全校验失败：页面可能已过期，请刷新后重试',
        en: 'Security check failed: the page may be out of date; reload and try again',
      });
    req.user = session.user;
    req.workspace = session.workspace;
    return true;
  }
}
