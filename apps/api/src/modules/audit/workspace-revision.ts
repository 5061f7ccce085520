import type { EntityManager } from 'typeorm';
import { prepared } from '../../database/workspace-scope';
import type { WorkspaceSettings } from '../workspaces/workspaces.repository';

// Slots per workspace: each transaction bumps the slot of its own transaction id, so concurrent writers rarely
// queue on one row lock, and a transaction that bumps twice (an import, one audit event per row) takes the
// same row again rather than a second one in an order another transaction might reverse.
export const REVISION_SLOTS = 16;

// Called inside the writing transaction (AuditService.record does it for every audited change): the bump
// commits or rolls back with the change it stands for.
export async function bumpRevision(m: EntityManager, workspaceId: string): Promise<void> {
  await m.query(`${bumpRevisionSql('$1')} RETURNING 1`, [workspaceId]);
}

// The same bump as a statement to put in a WITH clause: one round trip with the write it belongs to.
export const bumpRevisionSql = (workspaceParam: string) =>
  `INSERT INTO workspace_revisions (workspace_id, slot, revision)
   VALUES (${workspaceParam}::uuid, (txid_current() % ${REVISION_SLOTS})::smallint, 1)
   ON CONFLICT (workspace_id, slot) DO UPDATE SET revision = workspace_revisions.revision + 1`;

const SETTINGS_AND_REVISION = prepared(
  `SELECT w.id, w.name, w.timezone, w.reporting_cadence AS cadence, w.report_due_day AS "dueDay",
          (SELECT COALESCE(sum(r.revision), 0) FROM workspace_revisions r WHERE r.workspace_id = w.id)::text AS revision
     FROM workspaces w WHERE w.id = $1`,
);

// The caller's workspace settings and revision: as the request's session lookup read them, else (a context
// built outside a request) from the database.
export function workspaceStateOf(
  m: EntityManager,
  ctx: { user: { workspaceId: string }; workspace?: { settings: WorkspaceSettings; revision: string } },
): Promise<{ settings: WorkspaceSettings; revision: string }> {
  return ctx.workspace ? Promise.resolve(ctx.workspace) : readSettingsAndRevision(m, ctx.user.workspaceId);
}

// The workspace's settings and its revision in one round trip (the revision sum grows by one with every
// committed bump, so two committed states never share a value; read it BEFORE the data a cache entry is built
// from, so the entry is at least as new as its key): what a cached read needs before anything else.
export async function readSettingsAndRevision(
  m: EntityManager,
  workspaceId: string,
): Promise<{ settings: WorkspaceSettings; revision: string }> {
  const rows: (WorkspaceSettings & { revision: string })[] = await m.query(SETTINGS_AND_REVISION, [
    workspaceId,
  ]);
  const { revision, ...settings } = rows[0];
  return { settings, revision };
}
