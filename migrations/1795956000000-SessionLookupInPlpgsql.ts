import { MigrationInterface, QueryRunner } from 'typeorm';

const ROLE = 'luoshi_app';

const COLUMNS = `session_id uuid, last_seen_at timestamptz, id uuid, workspace_id uuid, username text,
                 display_name text, role text, unit_id uuid, locale text, region_scope text,
                 workspace_name text, timezone text, cadence text, due_day int, revision text`;
const VALUES = `s.id, s.last_seen_at, p.id, p.workspace_id, p.username::text, p.display_name::text, p.role::text,
               p.unit_id, p.locale::text, p.region_scope::text, w.name::text, w.timezone::text, w.reporting_cadence::text,
               w.report_due_day::int,
               (SELECT COALESCE(sum(r.revision), 0) FROM workspace_revisions r WHERE r.workspace_id = w.id)::text`;
const FROM = `FROM sessions s JOIN people p ON p.id = s.person_id JOIN workspaces w ON w.id = p.workspace_id
         WHERE s.token_hash = p_token_hash AND s.expires_at > now() AND p.active`;

// Every request starts with the session lookup. A SECURITY DEFINER function in SQL cannot be inlined, and
// PostgreSQL before 18 plans its query again on every call (~0.4 ms of the database's time per request); the
// same query in PL/pgSQL keeps its plan for the connection's life. Same rows, and the session's expiry last, so a
// GET that reuses a lookup (SessionsRepository) still ends with the session.
export class SessionLookupInPlpgsql1795956000000 implements MigrationInterface {
  name = 'SessionLookupInPlpgsql1795956000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION luoshi_session_lookup(text)`);
    await q.query(`CREATE FUNCTION luoshi_session_lookup(p_token_hash text)
      RETURNS TABLE (${COLUMNS}, expires_at timestamptz)
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        RETURN QUERY SELECT ${VALUES}, s.expires_at ${FROM};
      END
      $$`);
    await this.grant(q);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION luoshi_session_lookup(text)`);
    await q.query(`CREATE FUNCTION luoshi_session_lookup(p_token_hash text) RETURNS TABLE (${COLUMNS})
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT ${VALUES} ${FROM}
      $$`);
    await this.grant(q);
  }

  private async grant(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE ALL ON FUNCTION luoshi_session_lookup(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION luoshi_session_lookup(text) TO ${ROLE}`);
  }
}
