import { MigrationInterface, QueryRunner } from 'typeorm';

// Workspaces isolated a second time, by the database: the app connects as `luoshi_app`, a role
// that owns no table and cannot bypass row-level security, and sees only the rows of the
// workspace named by the transaction-local setting `app.workspace_id` (none without it).
// The audit trail is append-only for that role. Two SECURITY DEFINER functions answer the only
// questions asked before a workspace is known: who is logging in, whose session is this.
const ROLE = 'luoshi_app';
const CURRENT = `NULLIF(current_setting('app.workspace_id', true), '')::uuid`;

async function workspaceTables(q: QueryRunner): Promise<string[]> {
  const rows: { table_name: string }[] = await q.query(
    `SELECT c.table_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND c.column_name = 'workspace_id' AND t.table_type = 'BASE TABLE'
      ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

export class AddRowLevelSecurity1795954000000 implements MigrationInterface {
  name = 'AddRowLevelSecurity1795954000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}') THEN
        CREATE ROLE ${ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${ROLE}`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${ROLE}`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${ROLE}`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${ROLE}`);
    // Reference data and the migration log: read-only.
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON regions, sectors, migrations FROM ${ROLE}`);
    // Audit: append-only.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ${ROLE}`);

    await q.query(`ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY workspace_isolation ON workspaces USING (id = ${CURRENT}) WITH CHECK (id = ${CURRENT})`,
    );
    for (const table of await workspaceTables(q)) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY workspace_isolation ON "${table}" USING (workspace_id = ${CURRENT}) WITH CHECK (workspace_id = ${CURRENT})`,
      );
    }

    await q.query(`CREATE FUNCTION luoshi_login_lookup(p_username text)
      RETURNS TABLE (id uuid, workspace_id uuid, password_hash text, active boolean, locked_until timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT p.id, p.workspace_id, p.password_hash::text, p.active, p.locked_until
          FROM people p WHERE p.username = p_username
      $$`);
    await q.query(`CREATE FUNCTION luoshi_session_lookup(p_token_hash text)
      RETURNS TABLE (session_id uuid, last_seen_at timestamptz, id uuid, workspace_id uuid, username text,
                     display_name text, role text, unit_id uuid, locale text, region_scope text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT s.id, s.last_seen_at, p.id, p.workspace_id, p.username::text, p.display_name::text, p.role::text,
               p.unit_id, p.locale::text, p.region_scope::text
          FROM sessions s JOIN people p ON p.id = s.person_id
         WHERE s.token_hash = p_token_hash AND s.expires_at > now() AND p.active
      $$`);
    for (const fn of ['luoshi_login_lookup(text)', 'luoshi_session_lookup(text)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${ROLE}`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION luoshi_session_lookup(text)`);
    await q.query(`DROP FUNCTION luoshi_login_lookup(text)`);
    for (const table of [...(await workspaceTables(q)), 'workspaces']) {
      await q.query(`DROP POLICY IF EXISTS workspace_isolation ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    // The role is shared by every database of the cluster: only its rights here are taken back.
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${ROLE}`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${ROLE}`,
    );
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${ROLE}`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${ROLE}`);
  }
}
