import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, WorkspaceState } from '../../common/request-context';
import { appConfig, AppConfig } from '../../config/app.config';
import { prepared, runInScope } from '../../database/workspace-scope';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// Renew the sliding expiry at most this often, so reads do not write on every request.
const RENEW_AFTER_MS = 5 * 60 * 1000;

// Every request asks this: prepared once per connection. The workspace's settings and revision come along.
const SESSION_LOOKUP = prepared(
  `SELECT session_id AS "sessionId", last_seen_at AS "lastSeenAt", id, workspace_id AS "workspaceId", username,
          display_name AS "displayName", role, unit_id AS "unitId", locale, region_scope AS "regionScope",
          workspace_name AS "workspaceName", timezone, cadence, due_day AS "dueDay", revision
     FROM luoshi_session_lookup($1)`,
);

type SessionRow = AuthUser & {
  lastSeenAt: Date;
  workspaceName: string;
  timezone: string;
  cadence: WorkspaceState['settings']['cadence'];
  dueDay: number;
  revision: string;
};

@Injectable()
export class SessionsRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async create(
    manager: EntityManager,
    person: { id: string; workspaceId: string },
    meta: { ip: string | null; userAgent: string | null },
  ): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO sessions (token_hash, workspace_id, person_id, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        hashToken(token),
        person.workspaceId,
        person.id,
        expiresAt,
        meta.ip,
        meta.userAgent?.slice(0, 300) ?? null,
      ],
    );
    return { token, sessionId: rows[0].id, expiresAt };
  }

  // Called before the workspace is known: a SECURITY DEFINER function looks the token up.
  async resolve(token: string): Promise<{ user: AuthUser; workspace: WorkspaceState } | null> {
    const rows: SessionRow[] = await this.dataSource.query(SESSION_LOOKUP, [hashToken(token)]);
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - new Date(row.lastSeenAt).getTime() > RENEW_AFTER_MS) {
      await runInScope({ workspaceId: row.workspaceId }, () =>
        this.dataSource.query(
          `UPDATE sessions SET last_seen_at = now(), expires_at = now() + make_interval(hours => $2) WHERE id = $1`,
          [row.sessionId, this.config.sessionTtlHours],
        ),
      );
    }
    const { lastSeenAt: _seen, workspaceName, timezone, cadence, dueDay, revision, ...user } = row;
    return {
      user,
      workspace: {
        settings: { id: user.workspaceId, name: workspaceName, timezone, cadence, dueDay },
        revision,
      },
    };
  }

  // Logout everywhere, password change and reset, deactivation: every session of the person
  // ends (but `keep`, the caller's own, when given). Returns how many ended.
  async deleteAllFor(manager: EntityManager, personId: string, keep?: string): Promise<number> {
    const rows: unknown[] = await manager.query(
      `DELETE FROM sessions WHERE person_id = $1 AND ($2::uuid IS NULL OR id <> $2) RETURNING id`,
      [personId, keep ?? null],
    );
    return rows.length;
  }

  async delete(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE id = $1`, [sessionId]);
  }
}
