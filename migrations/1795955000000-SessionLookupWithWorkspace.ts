import { MigrationInterface, QueryRunner } from 'typeorm';

const ROLE = 'luoshi_app';

const USER_COLUMNS = `session_id uuid, last_seen_at timestamptz, id uuid, workspace_id uuid, username text,
                     display_name text, role text, unit_id uuid, locale text, region_scope text`;
const USER_VALUES = `s.id, s.last_seen_at, p.id, p.workspace_id, p.username::text, p.display_name::text, p.role::text,
               p.unit_id, p.locale::text, p.region_scope::text`;
const WHERE = `s.token_hash = p_token_hash AND s.expires_at > now() AND p.active`;

// Every request starts with the session lookup; most then read the workspace's settings (its "today") and its
// data revision (the key of the read caches). The lookup now answers all three in the one round trip.
export class SessionLookupWithWorkspace1795955000000 implements MigrationInterface {
  name = 'SessionLookupWithWorkspace1795955000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION luoshi_session_lookup(text)`);
    await q.query(`CREATE FUNCTION luoshi_session_lookup(p_token_hash text)
      RETURNS TABLE (${USER_COLUMNS}, workspace_name text, timezone text, cadence text, due_day int, revision text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT ${USER_VALUES}, w.name::text, w.timezone::text, w.reporting_cadence::text, w.report_due_day::int,
               (SELECT COALESCE(sum(r.revision), 0) FROM workspace_revisions r WHERE r.workspace_id = w.id)::text
          FROM sessions s JOIN people p ON p.id = s.person_id JOIN workspaces w ON w.id = p.workspace_id
         WHERE ${WHERE}
      $$`);
    await this.grant(q);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION luoshi_session_lookup(text)`);
    await q.query(`CREATE FUNCTION luoshi_session_lookup(p_token_hash text)
      RETURNS TABLE (${USER_COLUMNS})
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT ${USER_VALUES}
          FROM sessions s JOIN people p ON p.id = s.person_id
         WHERE ${WHERE}
      $$`);
    await this.grant(q);
  }

  private async grant(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE ALL ON FUNCTION luoshi_session_lookup(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION luoshi_session_lookup(text) TO ${ROLE}`);
  }
}
