import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import type { AppRequest } from '../../common/request-context';
import { runInScope } from '../../database/workspace-scope';

// Runs the handler in the caller's workspace scope: every query it makes goes through a
// transaction that names the workspace to row-level security.
@Injectable()
export class ScopeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<AppRequest>();
    const scope = { workspaceId: req.user?.workspaceId ?? null };
    return new Observable((subscriber) => runInScope(scope, () => next.handle().subscribe(subscriber)));
  }
}
