import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/modules/auth/password';
import { TEST_PASSWORD } from '../app';

export type Fixture = {
  workspaceId: string;
  measures: Record<string, string>;
  units: { ndrc: string; miit: string; gd: string; inactive: string };
  people: {
    admin: string;
    leader: string;
    head: string;
    staff: string;
    viewer: string;
    gdStaff: string;
    inactive: string;
  };
};

let passwordHash: Promise<string> | null = null;

// A test's app may still be finishing background work (the daily status pass) when the next test resets:
// TRUNCATE then waits for it, or, when their locks cross, one of them is chosen as a deadlock victim.
export async function resetDatabase(ds: DataSource): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ds.query(`TRUNCATE workspaces, audit_events RESTART IDENTITY CASCADE`);
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== '40P01' || attempt === 5) throw e;
    }
  }
}

// A small workspace: two central units and one in Guangdong, one person per role.
export async function createWorkspace(
  ds: DataSource,
  code = 'ws-test',
  name = '测试工作区',
): Promise<Fixture> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const [{ id: workspaceId }] = await ds.query(
    `INSERT INTO workspaces (code, name) VALUES ($1, $2) RETURNING id`,
    [code, name],
  );
  const measures: Record<string, string> = {};
  const codes = ['policy', 'pilots', 'infrastructure', 'talent', 'security'];
  for (const [i, m] of codes.entries()) {
    const [{ id }] = await ds.query(
      `INSERT INTO measures (workspace_id, code, sort_order, name_zh, name_en) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [workspaceId, m, i + 1, `措施${i + 1}`, `Measure ${i + 1}`],
    );
    measures[m] = id;
  }
  const unit = async (c: string, zh: string, region: string, active = true) =>
    (
      await ds.query(
        `INSERT INTO units (workspace_id, code, name_zh, name_en, region_code, level, active) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          workspaceId,
          `${code}-${c}`,
          zh,
          c.toUpperCase(),
          region,
          region === '000000' ? 'central' : 'provincial',
          active,
        ],
      )
    )[0].id as string;
  const units = {
    ndrc: await unit('ndrc', '国家发展改革委', '000000'),
    miit: await unit('miit', '工业和信息化部', '000000'),
    gd: await unit('gd-miit', '广东省工业和信息化厅', '440000'),
    inactive: await unit('old', '已撤销单位', '000000', false),
  };
  const person = async (username: string, role: string, unitId: string, active = true) =>
    (
      await ds.query(
        `INSERT INTO people (workspace_id, unit_id, username, display_name, role, password_hash, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [workspaceId, unitId, username, `${username} 名`, role, hash, active],
      )
    )[0].id as string;
  const prefix = code === 'ws-test' ? '' : `${code}-`;
  const people = {
    admin: await person(`${prefix}admin`, 'admin', units.ndrc),
    leader: await person(`${prefix}leader`, 'leader', units.ndrc),
    head: await person(`${prefix}head`, 'unit_head', units.miit),
    staff: await person(`${prefix}staff`, 'staff', units.miit),
    viewer: await person(`${prefix}viewer`, 'viewer', units.ndrc),
    gdStaff: await person(`${prefix}gdstaff`, 'staff', units.gd),
    inactive: await person(`${prefix}gone`, 'staff', units.miit, false),
  };
  return { workspaceId, measures, units, people };
}
