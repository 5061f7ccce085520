import type TestAgent from 'supertest/lib/agent';
import { createTestApp, loginAs, type TestApp } from './app';
import { createWorkspace, resetDatabase, type Fixture } from './factories/workspace.factory';

describe('reference data', () => {
  let t: TestApp;
  let f: Fixture;
  let viewer: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.ds);
    f = await createWorkspace(t.ds);
    await createWorkspace(t.ds, 'other', '其他工作区');
    viewer = await loginAs(t, 'viewer');
  });
  afterAll(() => t.app.close());

  it('lists the five measures of the workspace in order', async () => {
    const res = await viewer.get('/api/measures').expect(200);
    expect(res.body.map((m: { code: string }) => m.code)).toEqual([
      'policy',
      'pilots',
      'infrastructure',
      'talent',
      'security',
    ]);
    expect(res.body[0]).toMatchObject({ id: f.measures.policy, order: 1, nameZh: '措施1' });
  });

  it('lists national plus the 34 provincial divisions (GB/T 2260) and the 19 sectors', async () => {
    const regions = (await viewer.get('/api/regions').expect(200)).body;
    expect(regions).toHaveLength(35);
    expect(regions[0]).toMatchObject({ code: '000000', nameZh: '全国', nameEn: 'National' });
    expect(regions.find((r: { code: string }) => r.code === '440000')).toMatchObject({
      nameZh: '广东省',
      short: 'GD',
      abbrZh: '粤',
    });
    const sectors = (await viewer.get('/api/sectors').expect(200)).body;
    expect(sectors).toHaveLength(19);
    expect(sectors[0]).toMatchObject({ code: 'manufacturing', nameZh: '制造业' });
  });

  it('lists only this workspace’s units and people, never a password hash', async () => {
    const units = (await viewer.get('/api/units').expect(200)).body;
    expect(units.map((u: { id: string }) => u.id).sort()).toEqual(Object.values(f.units).sort());
    expect(
      (await viewer.get('/api/units?region=440000').expect(200)).body.map((u: { id: string }) => u.id),
    ).toEqual([f.units.gd]);
    const people = (await viewer.get('/api/people').expect(200)).body;
    expect(people.map((p: { id: string }) => p.id).sort()).toEqual(Object.values(f.people).sort());
    expect(JSON.stringify(people)).not.toMatch(/argon2|password/i);
    const ofUnit = (await viewer.get(`/api/people?unit=${f.units.gd}`).expect(200)).body;
    expect(ofUnit.map((p: { id: string }) => p.id)).toEqual([f.people.gdStaff]);
  });

  it('refuses malformed filters', async () => {
    expect((await viewer.get('/api/units?region=guangdong').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await viewer.get('/api/people?unit=42').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await viewer.get('/api/people?role=admin').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
});
