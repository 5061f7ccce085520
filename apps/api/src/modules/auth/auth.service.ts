import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Locale, Me } from '@plan/contracts';
import { AppException } from '../../common/app.exception';
import { RequestContext } from '../../common/request-context';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { enterWorkspace } from '../../database/workspace-scope';
import { csrfTokenFor } from './csrf';
import { LoginGuesses, LOCKOUT_MINUTES } from './login-guesses';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';
import { SessionsRepository } from './sessions.repository';

const TOO_MANY = new AppException('AUTH_TOO_MANY_ATTEMPTS', {
  zh: `登录失败次数过多，请${LOCKOUT_MINUTES}分钟后再试`,
  en: `Too many failed logins; try again in ${LOCKOUT_MINUTES} minutes`,
});

const INVALID = new AppException('AUTH_INVALID_CREDENTIALS', {
  zh: '用户名或密码错误',
  en: 'Wrong username or password',
});

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly guesses: LoginGuesses,
  ) {}

  async login(
    username: string,
    password: string,
    meta: { ip: string | null; userAgent: string | null; requestId: string },
  ): Promise<{ token: string; expiresAt: Date; me: Me }> {
    const name = username.trim().toLowerCase();
    // Asked before any workspace is known: a SECURITY DEFINER function finds the account.
    const rows: {
      id: string;
      workspaceId: string;
      passwordHash: string;
      active: boolean;
      lockedUntil: Date | null;
    }[] = await this.dataSource.query(
      `SELECT id, workspace_id AS "workspaceId", password_hash AS "passwordHash", active, locked_until AS "lockedUntil"
         FROM luoshi_login_lookup($1)`,
      [name],
    );
    const person = rows[0];
    const locked =
      this.guesses.locked(name) || (person?.lockedUntil != null && new Date(person.lockedUntil) > new Date());
    // Same work and same answer for unknown users, wrong passwords and deactivated accounts;
    // a locked name answers the same whether or not the account exists.
    const ok = await verifyPassword(person?.passwordHash ?? DUMMY_HASH, password);
    if (locked) throw TOO_MANY;
    if (!person || !ok || !person.active) {
      const lockNow = this.guesses.failed(name);
      if (person) await this.recordFailure(person, lockNow, meta);
      throw lockNow ? TOO_MANY : INVALID;
    }
    this.guesses.succeeded(name);
    enterWorkspace(person.workspaceId);
    const session = await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE people SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`,
        [person.id],
      );
      const created = await this.sessions.create(m, person, meta);
      await this.audit.record(
        m,
        { workspaceId: person.workspaceId, actorId: person.id, requestId: meta.requestId, ip: meta.ip },
        { action: 'auth.login', entity: 'session', entityId: created.sessionId },
      );
      return created;
    });
    return {
      token: session.token,
      expiresAt: session.expiresAt,
      me: await this.me(person.id, session.token),
    };
  }

  // Counts a failed attempt on an existing account; the one that reaches the limit locks it and
  // is audited.
  private async recordFailure(
    person: { id: string; workspaceId: string },
    lock: boolean,
    meta: { ip: string | null; requestId: string },
  ): Promise<void> {
    enterWorkspace(person.workspaceId);
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE people SET failed_logins = CASE WHEN $2 THEN 0 ELSE failed_logins + 1 END,
                locked_until = CASE WHEN $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
          WHERE id = $1`,
        [person.id, lock, LOCKOUT_MINUTES],
      );
      if (lock)
        await this.audit.record(
          m,
          { workspaceId: person.workspaceId, actorId: null, requestId: meta.requestId, ip: meta.ip },
          {
            action: 'auth.lockout',
            entity: 'person',
            entityId: person.id,
            after: { minutes: LOCKOUT_MINUTES },
          },
        );
    });
  }

  async logout(ctx: RequestContext): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.sessions.delete(m, ctx.user.sessionId);
      await this.audit.record(m, actorOf(ctx), {
        action: 'auth.logout',
        entity: 'session',
        entityId: ctx.user.sessionId,
      });
    });
  }

  // Ends every session of the caller, this one included.
  async logoutEverywhere(ctx: RequestContext): Promise<{ sessionsEnded: number }> {
    return this.dataSource.transaction(async (m) => {
      const sessionsEnded = await this.sessions.deleteAllFor(m, ctx.user.id);
      await this.audit.record(m, actorOf(ctx), {
        action: 'auth.logout_everywhere',
        entity: 'person',
        entityId: ctx.user.id,
        after: { sessionsEnded },
      });
      return { sessionsEnded };
    });
  }

  // The current password proves it is really the person; every other session of theirs ends.
  async changePassword(ctx: RequestContext, current: string, next: string): Promise<void> {
    const rows: { passwordHash: string }[] = await this.dataSource.query(
      `SELECT password_hash AS "passwordHash" FROM people WHERE id = $1 AND workspace_id = $2`,
      [ctx.user.id, ctx.user.workspaceId],
    );
    if (!rows[0] || !(await verifyPassword(rows[0].passwordHash, current)))
      throw new AppException('PASSWORD_WRONG', { zh: '当前密码不正确', en: 'The current password is wrong' });
    if (current === next)
      throw new AppException('PASSWORD_WEAK', {
        zh: '新密码不能与当前密码相同',
        en: 'The new password must differ from the current one',
      });
    const hash = await hashPassword(next);
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE people SET password_hash = $2, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [ctx.user.id, hash],
      );
      const sessionsEnded = await this.sessions.deleteAllFor(m, ctx.user.id, ctx.user.sessionId);
      await this.audit.record(m, actorOf(ctx), {
        action: 'auth.password_change',
        entity: 'person',
        entityId: ctx.user.id,
        after: { sessionsEnded },
      });
    });
  }

  async updateLocale(ctx: RequestContext, locale: Locale, sessionToken: string): Promise<Me> {
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE people SET locale = $2, updated_at = now(), version = version + 1 WHERE id = $1`,
        [ctx.user.id, locale],
      );
      await this.audit.record(m, actorOf(ctx), {
        action: 'person.locale',
        entity: 'person',
        entityId: ctx.user.id,
        before: { locale: ctx.user.locale },
        after: { locale },
      });
    });
    return this.me(ctx.user.id, sessionToken);
  }

  async me(personId: string, sessionToken: string): Promise<Me> {
    const rows = await this.dataSource.query(
      `SELECT p.id, p.username, p.display_name AS "displayName", p.role, p.locale, p.region_scope AS "regionScope",
              u.id AS "unitId", u.name_zh AS "unitNameZh", u.name_en AS "unitNameEn", w.id AS "workspaceId", w.name AS "workspaceName"
         FROM people p JOIN units u ON u.id = p.unit_id JOIN workspaces w ON w.id = p.workspace_id
        WHERE p.id = $1`,
      [personId],
    );
    const r = rows[0];
    if (!r) throw new AppException('AUTH_REQUIRED', { zh: '请先登录', en: 'Please log in first' });
    return {
      id: r.id,
      username: r.username,
      displayName: r.displayName,
      role: r.role,
      locale: r.locale,
      regionScope: r.regionScope,
      unit: { id: r.unitId, nameZh: r.unitNameZh, nameEn: r.unitNameEn },
      workspace: { id: r.workspaceId, name: r.workspaceName },
      csrfToken: csrfTokenFor(sessionToken),
    };
  }
}
