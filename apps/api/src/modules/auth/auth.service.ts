import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Locale, Me } from '@plan/contracts';
import { AppException } from '../../common/app.exception';
import { RequestContext } from '../../common/request-context';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { DUMMY_HASH, verifyPassword } from './password';
import { SessionsRepository } from './sessions.repository';

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
  ) {}

  async login(
    username: string,
    password: string,
    meta: { ip: string | null; userAgent: string | null; requestId: string },
  ): Promise<{ token: string; expiresAt: Date; me: Me }> {
    const rows: { id: string; workspaceId: string; passwordHash: string; active: boolean }[] =
      await this.dataSource.query(
        `SELECT id, workspace_id AS "workspaceId", password_hash AS "passwordHash", active FROM people WHERE username = $1`,
        [username.trim().toLowerCase()],
      );
    const person = rows[0];
    // Same work and same answer for unknown users, wrong passwords and deactivated accounts.
    const ok = await verifyPassword(person?.passwordHash ?? DUMMY_HASH, password);
    if (!person || !ok || !person.active) {
      if (person)
        await this.dataSource.query(`UPDATE people SET failed_logins = failed_logins + 1 WHERE id = $1`, [
          person.id,
        ]);
      throw INVALID;
    }
    const session = await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE people SET failed_logins = 0, last_login_at = now() WHERE id = $1`, [person.id]);
      const created = await this.sessions.create(m, person, meta);
      await this.audit.record(
        m,
        { workspaceId: person.workspaceId, actorId: person.id, requestId: meta.requestId, ip: meta.ip },
        { action: 'auth.login', entity: 'session', entityId: created.sessionId },
      );
      return created;
    });
    return { token: session.token, expiresAt: session.expiresAt, me: await this.me(person.id) };
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

  async updateLocale(ctx: RequestContext, locale: Locale): Promise<Me> {
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
    return this.me(ctx.user.id);
  }

  async me(personId: string): Promise<Me> {
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
    };
  }
}
