import type { EntityManager } from 'typeorm';

// The audit trail is append-only: its rows outlive the workspace they describe.
const KEEP = new Set(['audit_events']);

type Edge = { child: string; parent: string };

// Deletes a workspace and every row that carries its id. Several foreign keys (reports → people,
// tasks → units, …) do not cascade, so tables are emptied children first, in foreign-key order read
// from the catalog: tables added by later migrations are covered too. Returns false when there is none.
export async function deleteWorkspace(manager: EntityManager, code: string): Promise<boolean> {
  const found: { id: string }[] = await manager.query(
    `SELECT id FROM workspaces WHERE code = $1 FOR UPDATE`,
    [code],
  );
  if (found.length === 0) return false;
  const workspaceId = found[0].id;
  const tables: { name: string }[] = await manager.query(
    `SELECT c.table_name AS name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND c.column_name = 'workspace_id' AND t.table_type = 'BASE TABLE'`,
  );
  const edges: Edge[] = await manager.query(
    `SELECT ch.relname AS child, pa.relname AS parent
       FROM pg_constraint k
       JOIN pg_class ch ON ch.oid = k.conrelid
       JOIN pg_class pa ON pa.oid = k.confrelid
      WHERE k.contype = 'f' AND k.conrelid <> k.confrelid AND ch.relnamespace = current_schema()::regnamespace`,
  );
  const doomed = tables.map((t) => t.name).filter((t) => !KEEP.has(t));
  for (const table of deletionOrder(doomed, edges)) {
    await manager.query(`DELETE FROM "${table}" WHERE workspace_id = $1`, [workspaceId]);
  }
  await manager.query(`DELETE FROM workspaces WHERE id = $1`, [workspaceId]);
  return true;
}

// Tables nothing still-undeleted refers to go first; a cycle falls back to name order.
export function deletionOrder(
  tables: string[],
  edges: readonly { child: string; parent: string }[],
): string[] {
  const remaining = new Set(tables);
  const order: string[] = [];
  while (remaining.size > 0) {
    const free = [...remaining]
      .filter((t) => !edges.some((e) => e.parent === t && e.child !== t && remaining.has(e.child)))
      .sort();
    const next = free.length > 0 ? free : [[...remaining].sort()[0]];
    for (const t of next) {
      remaining.delete(t);
      order.push(t);
    }
  }
  return order;
}
