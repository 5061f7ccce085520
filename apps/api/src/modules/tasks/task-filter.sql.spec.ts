import { taskWhere, type SqlParams, type TaskFilterInput } from './task-filter.sql';

const WS = '11111111-1111-4111-8111-111111111111';
const UNIT_A = '22222222-2222-4222-8222-222222222222';
const UNIT_B = '33333333-3333-4333-8333-333333333333';
const PERSON = '44444444-4444-4444-8444-444444444444';

function build(f: TaskFilterInput, params: SqlParams = []): { sql: string; params: SqlParams } {
  const sql = taskWhere(WS, f, params);
  return { sql, params };
}

// Every $n in the SQL must point at a pushed parameter, and every parameter must be used.
function expectPlaceholdersMatch(sql: string, params: SqlParams): void {
  const used = new Set([...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  expect([...used].sort((a, b) => a - b)).toEqual(params.map((_, i) => i + 1));
}

describe(taskWhere.name, () => {
  it('scopes to the workspace and leaves archived tasks out by default', () => {
    const { sql, params } = build({});
    expect(sql).toBe('t.workspace_id = $1 AND t.archived_at IS NULL');
    expect(params).toEqual([WS]);
  });

  it('appends to parameters already pushed by the caller', () => {
    const { sql, params } = build({ region: ['440000'] }, ['earlier']);
    expect(params).toEqual(['earlier', WS, ['440000']]);
    expect(sql).toContain('t.workspace_id = $2');
    expect(sql).toContain('t.region_code = ANY($3::text[])');
    expect(sql).not.toContain('$1');
  });

  describe('archived', () => {
    it.each([
      [{ archived: 'exclude' as const }, 't.archived_at IS NULL', 'IS NOT NULL'],
      [{ archived: 'only' as const }, 't.archived_at IS NOT NULL', 'IS NULL'],
    ])('%j', (f, present, absent) => {
      const { sql } = build(f);
      expect(sql).toContain(present);
      expect(sql.replace(present, '')).not.toContain(absent);
    });

    it('include adds no archived clause', () => {
      expect(build({ archived: 'include' }).sql).toBe('t.workspace_id = $1');
    });

    it('includeArchived: true means include', () => {
      expect(build({ includeArchived: true }).sql).toBe('t.workspace_id = $1');
    });

    it('includeArchived: false means exclude', () => {
      expect(build({ includeArchived: false }).sql).toBe('t.workspace_id = $1 AND t.archived_at IS NULL');
    });

    it('an explicit archived mode wins over includeArchived', () => {
      expect(build({ archived: 'only', includeArchived: true }).sql).toContain('t.archived_at IS NOT NULL');
      expect(build({ archived: 'exclude', includeArchived: true }).sql).toContain('t.archived_at IS NULL');
    });
  });

  describe('each filter adds its clause and parameter', () => {
    it.each<[string, TaskFilterInput, string, unknown]>([
      ['measure', { measure: ['policy', 'talent'] }, 'code = ANY($2::text[])', ['policy', 'talent']],
      ['region', { region: ['440000'] }, 't.region_code = ANY($2::text[])', ['440000']],
      ['sector', { sector: ['energy'] }, 'ts.sector_code = ANY($2::text[])', ['energy']],
      ['leadUnit', { leadUnit: [UNIT_A] }, 't.lead_unit_id = ANY($2::uuid[])', [UNIT_A]],
      ['responsible', { responsible: PERSON }, 't.responsible_person_id = $2::uuid', PERSON],
      ['state', { state: ['behind', 'overdue'] }, 't.status_state = ANY($2::text[])', ['behind', 'overdue']],
      ['light', { light: ['red'] }, 't.status_light = ANY($2::text[])', ['red']],
      ['dueFrom', { dueFrom: '2026-01-01' }, 't.due_date >= $2::date', '2026-01-01'],
      ['dueTo', { dueTo: '2026-12-31' }, 't.due_date <= $2::date', '2026-12-31'],
      ['q', { q: '算力' }, 't.title ILIKE $2', '%算力%'],
    ])('%s', (_name, f, clause, param) => {
      const { sql, params } = build(f);
      expect(sql).toContain(clause);
      expect(params).toEqual([WS, param]);
      expectPlaceholdersMatch(sql, params);
    });

    it('measure is looked up within the same workspace', () => {
      const { sql } = build({ measure: ['policy'] });
      expect(sql).toContain(
        't.measure_id IN (SELECT id FROM measures WHERE workspace_id = $1 AND code = ANY($2::text[]))',
      );
    });

    it('unit matches the lead unit or a cooperating unit through one parameter', () => {
      const { sql, params } = build({ unit: [UNIT_A, UNIT_B] });
      expect(params).toEqual([WS, [UNIT_A, UNIT_B]]);
      expect(sql).toContain('t.lead_unit_id = ANY($2::uuid[])');
      expect(sql).toContain('tu.unit_id = ANY($2::uuid[])');
      expect(sql).toMatch(/\(t\.lead_unit_id = ANY\(\$2::uuid\[\]\) OR EXISTS \(.*\)\)/);
    });

    it('q searches title, requirement and code', () => {
      const { sql } = build({ q: 'x' });
      expect(sql).toContain('(t.title ILIKE $2 OR t.requirement ILIKE $2 OR t.code ILIKE $2)');
    });
  });

  it('combines every filter with AND, numbering parameters in order', () => {
    const { sql, params } = build({
      archived: 'only',
      measure: ['policy'],
      region: ['440000'],
      sector: ['energy'],
      leadUnit: [UNIT_A],
      unit: [UNIT_B],
      responsible: PERSON,
      state: ['behind'],
      light: ['red'],
      dueFrom: '2026-01-01',
      dueTo: '2026-12-31',
      q: 'ai',
    });
    expect(params).toEqual([
      WS,
      ['policy'],
      ['440000'],
      ['energy'],
      [UNIT_A],
      [UNIT_B],
      PERSON,
      ['behind'],
      ['red'],
      '2026-01-01',
      '2026-12-31',
      '%ai%',
    ]);
    expectPlaceholdersMatch(sql, params);
    const clauses = [
      't.workspace_id = $1',
      't.archived_at IS NOT NULL',
      'code = ANY($2::text[])',
      't.region_code = ANY($3::text[])',
      'ts.sector_code = ANY($4::text[])',
      't.lead_unit_id = ANY($5::uuid[])',
      'tu.unit_id = ANY($6::uuid[])',
      't.responsible_person_id = $7::uuid',
      't.status_state = ANY($8::text[])',
      't.status_light = ANY($9::text[])',
      't.due_date >= $10::date',
      't.due_date <= $11::date',
      't.code ILIKE $12',
    ];
    const positions = clauses.map((c) => sql.indexOf(c));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(sql.split(' AND ').length).toBeGreaterThanOrEqual(clauses.length);
  });

  it.each<[string, TaskFilterInput]>([
    ['measure', { measure: [] }],
    ['region', { region: [] }],
    ['sector', { sector: [] }],
    ['leadUnit', { leadUnit: [] }],
    ['unit', { unit: [] }],
    ['state', { state: [] }],
    ['light', { light: [] }],
    ['q', { q: '' }],
    ['responsible', { responsible: '' }],
    ['dueFrom', { dueFrom: '' }],
    ['dueTo', { dueTo: undefined }],
  ])('an empty %s adds nothing', (_name, f) => {
    const { sql, params } = build(f);
    expect(sql).toBe('t.workspace_id = $1 AND t.archived_at IS NULL');
    expect(params).toEqual([WS]);
  });

  describe('values never reach the SQL text', () => {
    const EVIL = [`'; DROP TABLE tasks; --`, `x' OR '1'='1`, `$1) OR (1=1`, `"quoted" \\'escaped\\'`];

    it.each(EVIL.map((e) => [e]))('%s', (evil) => {
      const { sql, params } = build({
        measure: [evil],
        region: [evil],
        sector: [evil],
        leadUnit: [evil],
        unit: [evil],
        responsible: evil,
        state: [evil] as never,
        light: [evil] as never,
        dueFrom: evil,
        dueTo: evil,
        q: evil,
      });
      expect(sql).not.toContain(evil);
      expect(sql).not.toContain(`'`);
      expect(sql).not.toContain('DROP');
      expect(sql).not.toContain('"');
      expectPlaceholdersMatch(sql, params);
      // every value is carried as a parameter instead
      expect(JSON.stringify(params)).toContain(JSON.stringify(evil).slice(1, -1));
    });

    it('leaves the workspace id to a parameter too', () => {
      const evilWs = `x'; DELETE FROM tasks; --`;
      const params: SqlParams = [];
      const sql = taskWhere(evilWs, { measure: ['policy'] }, params);
      expect(sql).not.toContain('DELETE');
      expect(params[0]).toBe(evilWs);
    });
  });

  describe('q is matched literally', () => {
    it.each([
      ['100%', '%100\\%%'],
      ['a_b', '%a\\_b%'],
      ['C:\\dir', '%C:\\\\dir%'],
      ['%_\\', '%\\%\\_\\\\%'],
      ['普通文本', '%普通文本%'],
    ])('%s becomes the pattern %s', (q, pattern) => {
      expect(build({ q }).params).toEqual([WS, pattern]);
    });

    it('escapes every occurrence, not just the first', () => {
      expect(build({ q: '%%__' }).params[1]).toBe('%\\%\\%\\_\\_%');
    });
  });
});
