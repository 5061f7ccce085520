import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, WorkspaceState } from '../../common/request-context';
import { appConfig, AppConfig } from '../../config/app.config';
import { onCommit, prepared, runInScope } from '../../database/workspace-scope';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// Renew the sliding expiry at most this often, so reads do not write on every request.
const RENEW_AFTER_MS = 5 * 60 * 1000;

// Every request asks this: prepared once per connection. The workspace's settings and revision come along.
const SESSION_LOOKUP = prepared(
  `SELECT session_id AS "sessionId", last_seen_at AS "lastSeenAt", id, workspace_id AS "workspaceId", username,
          display_name AS "displayName", role, unit_id AS "unitId", locale, region_scope AS "regionScope",
          workspace_name AS "workspaceName", timezone, cadence, due_day AS "dueDay", revision, expires_at AS "expiresAt"
     FROM luoshi_session_lookup($1)`,
);

type SessionRow = AuthUser & {
  lastSeenAt: Date;
  expiresAt: Date;
  workspaceName: string;
  timezone: string;
  cadence: WorkspaceState['settings']['cadence'];
  dueDay: number;
  revision: string;
};

type Resolved = { user: AuthUser; workspace: WorkspaceState };
// readAt: performance.now() when the lookup began; expiresAt: the session's end, in ms since the epoch
type Reusable = { resolved: Resolved; readAt: number; expiresAt: number };

// Lookups a GET may reuse: at most this many sessions, each for SESSION_REUSE_MS.
const REUSE_ENTRIES = 10_000;

// A session's lookup (who, which workspace, its settings and data revision) is reused by the GET requests that
// follow it within SESSION_REUSE_MS (1 s), unless a transaction of this process has committed in that workspace
// since the lookup began: any write here — a logout, a deactivation, a role change, a change to a figure (the
// revision) — is seen by the next request, exactly. What another process commits (a second replica, a CLI) is
// seen within SESSION_REUSE_MS. Writes always look their session up afresh.
@Injectable()
export class SessionsRepository implements OnModuleDestroy {
  private readonly reusable = new Map<string, Reusable>();
  // performance.now() of the last commit per workspace, and of the last outside any workspace
  private readonly committedAt = new Map<string, number>();
  private committedAnywhereAt = 0;
  private readonly stopListening: () => void;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {
    this.stopListening = onCommit(dataSource, (workspaceId) => {
      if (workspaceId) this.committedAt.set(workspaceId, performance.now());
      else this.committedAnywhereAt = performance.now();
    });
  }

  onModuleDestroy(): void {
    this.stopListening();
  }

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

  // Called before the workspace is known: a SECURITY DEFINER function looks the token up. `reuse`: a GET may
  // be answered with a lookup made moments ago (see above).
  async resolve(token: string, reuse = false): Promise<Resolved | null> {
    const key = hashToken(token);
    const ttl = this.config.sessionReuseMs;
    if (reuse && ttl > 0) {
      const kept = this.reusable.get(key);
      if (kept && this.stillValid(kept, ttl)) return kept.resolved;
    }
    const readAt = performance.now();
    const found = await this.lookup(key);
    if (!found) {
      this.reusable.delete(key);
      return null;
    }
    const { resolved, expiresAt } = found;
    if (ttl > 0) {
      this.reusable.delete(key); // re-inserted last: the Map's order is the eviction order
      this.reusable.set(key, { resolved, readAt, expiresAt });
      if (this.reusable.size > REUSE_ENTRIES)
        this.reusable.delete(this.reusable.keys().next().value as string);
    }
    return resolved;
  }

  // Younger than the reuse window, begun after the last commit that could have changed it, session not expired.
  private stillValid(kept: Reusable, ttl: number): boolean {
    return (
      performance.now() - kept.readAt < ttl &&
      kept.readAt > this.committedAnywhereAt &&
      kept.readAt > (this.committedAt.get(kept.resolved.user.workspaceId) ?? 0) &&
      Date.now() < kept.expiresAt
    );
  }

  private async lookup(tokenHash: string): Promise<{ resolved: Resolved; expiresAt: number } | null> {
    const rows: SessionRow[] = await this.dataSource.query(SESSION_LOOKUP, [tokenHash]);
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
    const { lastSeenAt: _seen, expiresAt, workspaceName, timezone, cadence, dueDay, revision, ...user } = row;
    const workspace = {
      settings: { id: user.workspaceId, name: workspaceName, timezone, cadence, dueDay },
      revision,
    };
    return { resolved: { user, workspace }, expiresAt: new Date(expiresAt).getTime() };
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
