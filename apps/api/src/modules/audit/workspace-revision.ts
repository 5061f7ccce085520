import type { EntityManager } from 'typeorm';

// Slots per workspace: each transaction bumps the slot of its own transaction id, so concurrent writers rarely
// queue on one row lock, and a transaction that bumps twice (an import, one audit event per row) takes the
// same row again rather than a second one in an order another transaction might reverse.
export const REVISION_SLOTS = 8;

// Called inside the writing transaction (AuditService.record does it for every audited change): the bump
// commits or rolls back with the change it stands for.
export async function bumpRevision(m: EntityManager, workspaceId: string): Promise<void> {
  await m.query(
    `INSERT INTO workspace_revisions (workspace_id, slot, revision) VALUES ($1, (txid_current() % ${REVISION_SLOTS})::smallint, 1)
     ON CONFLICT (workspace_id, slot) DO UPDATE SET revision = workspace_revisions.revision + 1`,
    [workspaceId],
  );
}

// The sum grows by one with every committed bump, so two different committed states never share a value.
// Read it BEFORE reading the data a cache entry is built from: the entry is then at least as new as its key.
export async function readRevision(m: EntityManager, workspaceId: string): Promise<string> {
  const rows: { r: string }[] = await m.query(
    `SELECT COALESCE(sum(revision), 0)::text AS r FROM workspace_revisions WHERE workspace_id = $1`,
    [workspaceId],
  );
  return rows[0].r;
}
