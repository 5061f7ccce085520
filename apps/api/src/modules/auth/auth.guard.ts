import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException } from '../../common/app.exception';
import { AppRequest, IS_PUBLIC } from '../../common/request-context';
import { SESSION_COOKIE } from '../../config/app.config';
import { SessionsRepository } from './sessions.repository';

// Every endpoint needs a session unless marked @Public().
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const req = context.switchToHttp().getRequest<AppRequest>();
    const token = req.cookies?.[SESSION_COOKIE];
    const user =
      typeof token === 'string' && token.length > 0 && token.length <= 128
        ? await this.sessions.resolve(token)
        : null;
    if (!user) throw new AppException('AUTH_REQUIRED', { zh: '请先登录', en: 'Please log in first' });
    req.user = user;
    return true;
  }
}
