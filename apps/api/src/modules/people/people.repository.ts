import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AdminPerson, Role } from '@plan/contracts';

export type PersonWrite = {
  displayName: string;
  role: Role;
  unitId: string;
  regionScope: string | null;
  active: boolean;
};

const COLUMNS = `p.id, p.username, p.display_name AS "displayName", p.role, p.unit_id AS "unitId",
  p.region_scope AS "regionScope", p.active, p.version`;

@Injectable()
export class PeopleRepository {
  async get(m: EntityManager, workspaceId: string, id: string, lock = false): Promise<AdminPerson | null> {
    const rows: AdminPerson[] = await m.query(
      `SELECT ${COLUMNS} FROM people p WHERE p.workspace_id = $1 AND p.id = $2${lock ? ' FOR UPDATE' : ''}`,
      [workspaceId, id],
    );
    return rows[0] ?? null;
  }

  // Not limited to the workspace: usernames are unique across all of them.
  async usernameTaken(m: EntityManager, username: string): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM people WHERE username = $1`, [username])).length > 0;
  }

  async unitActive(m: EntityManager, workspaceId: string, unitId: string): Promise<boolean> {
    return (
      (
        await m.query(`SELECT 1 FROM units WHERE workspace_id = $1 AND id = $2 AND active`, [
          workspaceId,
          unitId,
        ])
      ).length > 0
    );
  }

  async regionExists(m: EntityManager, code: string): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM regions WHERE code = $1`, [code])).length > 0;
  }

  async insert(
    m: EntityManager,
    workspaceId: string,
    p: PersonWrite & { username: string; passwordHash: string },
  ): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO people (workspace_id, unit_id, username, display_name, role, password_hash, region_scope, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [workspaceId, p.unitId, p.username, p.displayName, p.role, p.passwordHash, p.regionScope, p.active],
    );
    return rows[0].id;
  }

  async update(m: EntityManager, workspaceId: string, id: string, p: PersonWrite): Promise<void> {
    await m.query(
      `UPDATE people SET display_name = $3, role = $4, unit_id = $5, region_scope = $6, active = $7,
              version = version + 1, updated_at = now()
        WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id, p.displayName, p.role, p.unitId, p.regionScope, p.active],
    );
  }

  async setPassword(m: EntityManager, workspaceId: string, id: string, passwordHash: string): Promise<void> {
    await m.query(
      `UPDATE people SET password_hash = $3, failed_logins = 0, locked_until = NULL, version = version + 1, updated_at = now()
        WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id, passwordHash],
    );
  }

  // Every open session of the person ends: deactivation and a new password both log them out everywhere.
  async deleteSessions(m: EntityManager, personId: string): Promise<number> {
    const rows: unknown[] = await m.query(`DELETE FROM sessions WHERE person_id = $1 RETURNING id`, [
      personId,
    ]);
    return rows.length;
  }
}
