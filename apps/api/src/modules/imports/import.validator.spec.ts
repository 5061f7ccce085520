import type { ImportField } from '@plan/contracts';
import type { CellIn, ParsedBook } from './import.parser';
import { parseDate, validateImport, type ExistingTask, type ImportReference } from './import.validator';

const ref: ImportReference = {
  measures: [
    { id: 'm-pol', code: 'policy', nameZh: '强化政策引导与扶持', nameEn: 'Policy' },
    { id: 'm-tal', code: 'talent', nameZh: '构建多层次人才培养体系', nameEn: 'Talent' },
  ],
  regions: [
    { code: '000000', nameZh: '全国', nameEn: 'National', short: 'CN', abbrZh: null },
    { code: '440000', nameZh: '广东省', nameEn: 'Guangdong', short: 'GD', abbrZh: '粤' },
  ],
  sectors: [
    { code: 'energy', nameZh: '能源', nameEn: 'Energy' },
    { code: 'manufacturing', nameZh: '制造业', nameEn: 'Manufacturing' },
  ],
  units: [
    { id: 'u-ndrc', code: 'ndrc', nameZh: '国家发展改革委', nameEn: 'NDRC', active: true },
    { id: 'u-miit', code: 'miit', nameZh: '工业和信息化部', nameEn: 'MIIT', active: true },
    { id: 'u-old', code: 'old', nameZh: '已撤销单位', nameEn: 'Old', active: false },
    { id: 'u-gd1', code: 'gd1', nameZh: '同名单位', nameEn: 'Same 1', active: true },
    { id: 'u-gd2', code: 'gd2', nameZh: '同名单位', nameEn: 'Same 2', active: true },
  ],
  people: [
    { id: 'p-wang', username: 'wang', displayName: '王晓燕', active: true },
    { id: 'p-li1', username: 'li1', displayName: '李明', active: true },
    { id: 'p-li2', username: 'li2', displayName: '李明', active: true },
    { id: 'p-gone', username: 'gone', displayName: '离职人员', active: false },
  ],
};

const existingTask: ExistingTask = {
  id: 't-1',
  code: 'POL-001',
  title: '出台专项政策',
  requirement: '按期完成',
  measureId: 'm-pol',
  regionCode: '000000',
  sectors: ['energy'],
  leadUnitId: 'u-ndrc',
  cooperatingUnitIds: ['u-miit'],
  responsiblePersonId: 'p-li1',
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  version: 3,
  archived: false,
  firstMilestone: '2026-03-01',
  lastMilestone: '2026-09-30',
};

const full: Record<ImportField, string> = {
  code: 'POL-002',
  measure: '强化政策引导与扶持',
  title: '新任务',
  requirement: '',
  leadUnit: '国家发展改革委',
  cooperatingUnits: '工业和信息化部',
  responsible: '王晓燕',
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  region: '广东省',
  sectors: '能源、制造业',
};

const cell = (text: string, col: number, row: number): CellIn => ({
  text,
  date: null,
  serial: null,
  address: `${String.fromCharCode(64 + col)}${row}`,
});

// A one-sheet book whose columns are the keys of the first row.
function bookOf(rows: Partial<Record<ImportField, string | CellIn>>[], columns?: ImportField[]): ParsedBook {
  const fields = columns ?? (Object.keys(rows[0]) as ImportField[]);
  return {
    rows: rows.length,
    ignoredColumns: [],
    sheets: [
      {
        name: '任务',
        headerRow: 1,
        headers: Object.fromEntries(fields.map((f) => [f, `${f}-header`])),
        rows: rows.map((r, i) => ({
          sheet: '任务',
          row: i + 2,
          cells: Object.fromEntries(
            fields.map((f, c) => {
              const v = r[f] ?? '';
              return [f, typeof v === 'string' ? cell(v, c + 1, i + 2) : v];
            }),
          ),
        })),
      },
    ],
  };
}

const run = (
  rows: Partial<Record<ImportField, string | CellIn>>[],
  existing: ExistingTask[] = [],
  cols?: ImportField[],
) => validateImport(bookOf(rows, cols), ref, new Map(existing.map((t) => [t.code, t])));

const codes = (
  rows: Partial<Record<ImportField, string>>[],
  existing: ExistingTask[] = [],
  cols?: ImportField[],
) => run(rows, existing, cols).errors.map((e) => [e.column, e.code]);

describe(validateImport.name, () => {
  it('plans a new task from a full row, names and codes alike', () => {
    const v = run([
      full,
      {
        ...full,
        code: 'TAL-1',
        measure: 'talent',
        region: '440000',
        sectors: 'energy',
        leadUnit: 'miit',
        cooperatingUnits: '',
        responsible: 'wang',
      },
    ]);
    expect(v.errors).toEqual([]);
    expect(v.summary).toEqual({ rows: 2, create: 2, update: 0, unchanged: 0, errors: 0 });
    expect(v.plans[0]).toEqual({
      kind: 'create',
      code: 'POL-002',
      write: {
        code: 'POL-002',
        title: '新任务',
        requirement: '',
        measureId: 'm-pol',
        regionCode: '440000',
        sectors: ['energy', 'manufacturing'],
        leadUnitId: 'u-ndrc',
        cooperatingUnitIds: ['u-miit'],
        responsiblePersonId: 'p-wang',
        startDate: '2026-01-01',
        dueDate: '2026-12-31',
      },
    });
    expect(v.plans[1]).toMatchObject({
      kind: 'create',
      write: { measureId: 'm-tal', cooperatingUnitIds: [] },
    });
  });

  it('names each bad cell with its column, address, value and a reason in both languages', () => {
    const v = run([{ ...full, region: '火星', dueDate: '2026-02-30' }]);
    expect(v.errors).toEqual([
      expect.objectContaining({
        column: 'dueDate-header',
        cell: 'I2',
        value: '2026-02-30',
        code: 'DATE_INVALID',
      }),
      {
        sheet: '任务',
        row: 2,
        column: 'region-header',
        cell: 'J2',
        value: '火星',
        code: 'REGION_UNKNOWN',
        messageZh: expect.stringContaining('地区：“火星”不是有效地区'),
        messageEn: expect.stringContaining('region: "火星" is not a region'),
      },
    ]);
    expect(v.plans).toEqual([]);
  });

  it('requires what a new task needs, and refuses blanks in required columns', () => {
    expect(codes([{ ...full, title: '', measure: '' }])).toEqual([
      ['measure-header', 'REQUIRED'],
      ['title-header', 'REQUIRED'],
    ]);
    expect(codes([{ code: 'NEW-1', title: '只有名称' }])).toEqual(
      ['measure', 'leadUnit', 'responsible', 'startDate', 'dueDate', 'region', 'sectors'].map((f) => [
        {
          measure: '所属措施',
          leadUnit: '牵头单位',
          responsible: '责任人',
          region: '地区',
          sectors: '领域',
          startDate: '开始日期',
          dueDate: '完成时限',
        }[f],
        'COLUMN_MISSING',
      ]),
    );
    expect(codes([{ ...full, code: '' }])).toEqual([['code-header', 'REQUIRED']]);
  });

  it('checks code format and duplicates within the file', () => {
    expect(codes([{ ...full, code: '-bad code' }])).toEqual([['code-header', 'CODE_FORMAT']]);
    const v = run([full, { ...full, title: '又一行' }]);
    expect(v.errors).toEqual([
      expect.objectContaining({
        row: 3,
        code: 'CODE_DUPLICATE',
        messageZh: expect.stringContaining('第 2 行'),
      }),
    ]);
  });

  it('accepts real dates in common spellings and 长期, and refuses the rest', () => {
    const d = (text: string, extra: Partial<CellIn> = {}) => parseDate({ ...cell(text, 1, 1), ...extra });
    expect(d('2026-03-01')).toBe('2026-03-01');
    expect(d('2026/3/1')).toBe('2026-03-01');
    expect(d('2026.03.01')).toBe('2026-03-01');
    expect(d('2026年3月1日')).toBe('2026-03-01');
    expect(d('', { date: '2026-03-01' })).toBe('2026-03-01');
    expect(d('46082', { serial: 46082 })).toBe('2026-03-01');
    expect(d('2026-02-30')).toBeNull();
    expect(d('2025-02-29')).toBeNull();
    expect(d('明年')).toBeNull();
    expect(d('1.5', { serial: 1.5 })).toBeNull();
    expect(run([{ ...full, dueDate: '长期' }]).plans[0]).toMatchObject({ write: { dueDate: null } });
    expect(run([{ ...full, dueDate: ' 持续推进 ' }]).plans[0]).toMatchObject({ write: { dueDate: null } });
    expect(codes([{ ...full, startDate: '长期' }])).toEqual([['startDate-header', 'DATE_INVALID']]);
    expect(codes([{ ...full, startDate: '2026-06-01', dueDate: '2026-05-31' }])).toEqual([
      ['dueDate-header', 'DATES_ORDER'],
    ]);
  });

  it('refuses unknown, inactive and ambiguous references', () => {
    expect(
      codes([
        {
          ...full,
          measure: '不存在的措施',
          sectors: '能源、太空',
          leadUnit: '已撤销单位',
          cooperatingUnits: '同名单位、工业和信息化部',
          responsible: '李明',
        },
      ]),
    ).toEqual([
      ['measure-header', 'MEASURE_UNKNOWN'],
      ['leadUnit-header', 'UNIT_INACTIVE'],
      ['cooperatingUnits-header', 'UNIT_AMBIGUOUS'],
      ['responsible-header', 'PERSON_AMBIGUOUS'],
      ['sectors-header', 'SECTOR_UNKNOWN'],
    ]);
    expect(codes([{ ...full, responsible: 'gone' }])).toEqual([['responsible-header', 'PERSON_INACTIVE']]);
    expect(codes([{ ...full, cooperatingUnits: '国家发展改革委' }])).toEqual([
      ['cooperatingUnits-header', 'LEAD_ALSO_COOPERATING'],
    ]);
  });

  it('finds nothing to change when a row says what the task already is', () => {
    const same = {
      code: 'POL-001',
      measure: '强化政策引导与扶持',
      title: '出台专项政策',
      leadUnit: '国家发展改革委',
      cooperatingUnits: '工业和信息化部',
      // ambiguous on its own, but it is the current responsible person
      responsible: '李明',
      dueDate: '2026-12-31',
      region: '全国',
      sectors: '能源',
    };
    const v = run([same], [existingTask]);
    expect(v.errors).toEqual([]);
    expect(v.plans).toEqual([{ kind: 'unchanged', code: 'POL-001', id: 't-1' }]);
  });

  it('updates only what differs; a missing column keeps its value', () => {
    const v = run(
      [{ code: 'POL-001', title: '出台专项政策（修订）', dueDate: '2027-06-30' }],
      [existingTask],
    );
    expect(v.errors).toEqual([]);
    expect(v.plans).toEqual([
      {
        kind: 'update',
        code: 'POL-001',
        id: 't-1',
        fields: ['title', 'dueDate'],
        write: { ...existingTaskWrite(), title: '出台专项政策（修订）', dueDate: '2027-06-30' },
      },
    ]);
  });

  it('reads back a title the export neutralized', () => {
    const v = run(
      [{ code: 'POL-001', title: `'=HYPERLINK("http://x","y")` }],
      [{ ...existingTask, title: '=HYPERLINK("http://x","y")' }],
    );
    expect(v.plans).toEqual([{ kind: 'unchanged', code: 'POL-001', id: 't-1' }]);
  });

  it('keeps milestones within the dates and refuses archived tasks', () => {
    expect(
      codes([{ code: 'POL-001', startDate: '2026-04-01', dueDate: '2026-08-31' }], [existingTask]),
    ).toEqual([
      ['startDate-header', 'MILESTONES_OUTSIDE'],
      ['dueDate-header', 'MILESTONES_OUTSIDE'],
    ]);
    expect(codes([{ code: 'POL-001', title: 'x' }], [{ ...existingTask, archived: true }])).toEqual([
      ['code-header', 'TASK_ARCHIVED'],
    ]);
  });

  it('checks text length and control characters', () => {
    expect(codes([{ ...full, title: 'x'.repeat(301) }])).toEqual([['title-header', 'TOO_LONG']]);
    expect(codes([{ ...full, title: 'a\u0007b' }])).toEqual([['title-header', 'CONTROL_CHARS']]);
  });
});

function existingTaskWrite() {
  const {
    id: _id,
    version: _v,
    archived: _a,
    firstMilestone: _f,
    lastMilestone: _l,
    ...write
  } = existingTask;
  return write;
}
