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

// The sum grows by one with every committed bump, so two different committed states never share a value.
// Read it BEFORE reading the data a cache entry is built from: the entry is then at least as new as its key.
export async function readRevision(m: EntityManager, workspaceId: string): Promise<string> {
  const rows: { r: string }[] = await m.query(
    `SELECT COALESCE(sum(revision), 0)::text AS r FROM workspace_revisions WHERE workspace_id = $1`,
    [workspaceId],
  );
  return rows[0].r;
}

const SETTINGS_AND_REVISION = prepared(
  `SELECT w.id, w.name, w.timezone, w.reporting_cadence AS cadence, w.report_due_day AS "dueDay",
          (SELECT COALESCE(sum(r.revision), 0) FROM workspace_revisions r WHERE r.workspace_id = w.id)::text AS revision
     FROM workspaces w WHERE w.id = $1`,
);

// The workspace's settings and its revision in one round trip: what a cached read needs before anything else.
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
