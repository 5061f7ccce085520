import {
  IMPORT_FIELDS,
  isIsoDate,
  LONG_TERM_WORDS,
  restoreCell,
  type ImportField,
  type ImportRowError,
  type ImportRowErrorCode,
  type ImportSummary,
} from '@plan/contracts';
import type { TaskWrite } from '../tasks/tasks.repository';
import { excelSerialToIso, type CellIn, type ParsedBook, type ParsedRow } from './import.parser';

export type RefMeasure = { id: string; code: string; nameZh: string; nameEn: string };
export type RefRegion = {
  code: string;
  nameZh: string;
  nameEn: string;
  short: string;
  abbrZh: string | null;
};
export type RefSector = { code: string; nameZh: string; nameEn: string };
export type RefUnit = { id: string; code: string; nameZh: string; nameEn: string; active: boolean };
export type RefPerson = { id: string; username: string; displayName: string; active: boolean };

export type ImportReference = {
  measures: RefMeasure[];
  regions: RefRegion[];
  sectors: RefSector[];
  units: RefUnit[];
  people: RefPerson[];
};

export type ExistingTask = TaskWrite & {
  id: string;
  version: number;
  archived: boolean;
  firstMilestone: string | null;
  lastMilestone: string | null;
};

export type ImportPlan =
  | { kind: 'create'; code: string; write: TaskWrite }
  | { kind: 'update'; code: string; id: string; write: TaskWrite; fields: (keyof TaskWrite)[] }
  | { kind: 'unchanged'; code: string; id: string };

export type Validation = { errors: ImportRowError[]; plans: ImportPlan[]; summary: ImportSummary };

export const FIELD_LABELS: Record<ImportField, { zh: string; en: string }> = {
  code: { zh: '任务编号', en: 'code' },
  measure: { zh: '所属措施', en: 'measure' },
  title: { zh: '任务名称', en: 'title' },
  requirement: { zh: '目标及任务要求', en: 'requirement' },
  leadUnit: { zh: '牵头单位', en: 'lead unit' },
  cooperatingUnits: { zh: '配合单位', en: 'cooperating units' },
  responsible: { zh: '责任人', en: 'responsible person' },
  startDate: { zh: '开始日期', en: 'start date' },
  dueDate: { zh: '完成时限', en: 'due date' },
  region: { zh: '地区', en: 'region' },
  sectors: { zh: '领域', en: 'sectors' },
};

// What a new task must have; optional ones may be left empty.
const REQUIRED: ImportField[] = [
  'measure',
  'title',
  'leadUnit',
  'responsible',
  'startDate',
  'dueDate',
  'region',
  'sectors',
];

export const CODE_FORMAT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LIST_SEPARATORS = /[、,，;；\n\r]+/;
const TITLE_MAX = 300;
const REQUIREMENT_MAX = 10_000;

const split = (s: string) =>
  s
    .split(LIST_SEPARATORS)
    .map((x) => x.trim())
    .filter(Boolean);
const sameSet = (a: readonly string[], b: readonly string[]) => {
  if (a.length !== b.length) return false;
  const sorted = [...b].sort();
  return [...a].sort().every((x, i) => x === sorted[i]);
};
const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}…` : s);
const lower = (s: string) => s.toLowerCase();
// "AB12" → 28
const columnNumber = (address: string) =>
  [...(/^[A-Z]+/.exec(address)?.[0] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

// 2026-03-01, 2026/3/1, 2026.3.1 and 2026年3月1日 are the same date; 2026-02-30 is no date at all.
export function parseDate(c: CellIn): string | null {
  if (c.date) return c.date;
  if (c.serial !== null) {
    if (!Number.isInteger(c.serial) || c.serial < 1 || c.serial > 401768) return null;
    const iso = excelSerialToIso(c.serial);
    return isIsoDate(iso) ? iso : null;
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(c.text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const isLongTerm = (text: string) => (LONG_TERM_WORDS as readonly string[]).includes(text.replace(/\s/g, ''));

type Lookup<T> = { byKey: Map<string, T[]>; all: T[] };

function lookup<T>(items: T[], keys: (t: T) => (string | null)[]): Lookup<T> {
  const byKey = new Map<string, T[]>();
  for (const t of items)
    for (const k of new Set(
      keys(t)
        .filter((x): x is string => !!x)
        .map((x) => lower(x.trim())),
    )) {
      const list = byKey.get(k) ?? [];
      list.push(t);
      byKey.set(k, list);
    }
  return { byKey, all: items };
}

// Validates every row of every sheet against the workspace and the tasks the file names; nothing is
// written here. A row whose code exists updates that task (only what differs), otherwise creates one.
export function validateImport(
  book: ParsedBook,
  ref: ImportReference,
  existing: ReadonlyMap<string, ExistingTask>,
): Validation {
  const measures = lookup(ref.measures, (m) => [m.code, m.nameZh, m.nameEn]);
  const regions = lookup(ref.regions, (r) => [r.code, r.nameZh, r.nameEn, r.short, r.abbrZh]);
  const sectors = lookup(ref.sectors, (s) => [s.code, s.nameZh, s.nameEn]);
  const units = lookup(ref.units, (u) => [u.code, u.nameZh, u.nameEn]);
  const people = lookup(ref.people, (p) => [p.username, p.displayName]);
  const errors: ImportRowError[] = [];
  const plans: ImportPlan[] = [];
  const seen = new Map<string, ParsedRow>();

  for (const sheet of book.sheets)
    for (const row of sheet.rows) {
      const found: { at: number; error: ImportRowError }[] = [];
      const fail = (field: ImportField, code: ImportRowErrorCode, zh: string, en: string) => {
        const cell = row.cells[field];
        const label = FIELD_LABELS[field];
        // listed in the order of the row's columns; missing columns last
        const at = cell ? columnNumber(cell.address) : 1000 + IMPORT_FIELDS.indexOf(field);
        found.push({
          at,
          error: {
            sheet: sheet.name,
            row: row.row,
            column: sheet.headers[field] ?? label.zh,
            cell: cell?.address ?? null,
            value: clip(cell?.text ?? ''),
            code,
            messageZh: `${label.zh}：${zh}`,
            messageEn: `${label.en}: ${en}`,
          },
        });
      };
      const plan = checkRow(row, fail);
      if (plan && found.length === 0) plans.push(plan);
      errors.push(...found.sort((a, b) => a.at - b.at).map((f) => f.error));
    }
  return {
    errors,
    plans,
    summary: {
      rows: book.rows,
      create: plans.filter((p) => p.kind === 'create').length,
      update: plans.filter((p) => p.kind === 'update').length,
      unchanged: plans.filter((p) => p.kind === 'unchanged').length,
      errors: errors.length,
    },
  };

  function checkRow(
    row: ParsedRow,
    fail: (field: ImportField, code: ImportRowErrorCode, zh: string, en: string) => void,
  ): ImportPlan | null {
    const code = row.cells.code?.text ?? '';
    if (!code) {
      fail('code', 'REQUIRED', '必须填写', 'is required');
      return null;
    }
    if (!CODE_FORMAT.test(code)) {
      fail(
        'code',
        'CODE_FORMAT',
        '格式不正确：以字母或数字开头，只含字母、数字、点、下划线和连字符，最多 32 个字符',
        'must start with a letter or digit and contain only letters, digits, ".", "_" and "-", at most 32 characters',
      );
      return null;
    }
    const first = seen.get(code);
    if (first) {
      fail(
        'code',
        'CODE_DUPLICATE',
        `与工作表“${first.sheet}”第 ${first.row} 行重复`,
        `repeats sheet "${first.sheet}" row ${first.row}`,
      );
      return null;
    }
    seen.set(code, row);
    const current = existing.get(code) ?? null;
    if (current?.archived) {
      fail('code', 'TASK_ARCHIVED', '该任务已归档，请先恢复再导入', 'the task is archived; restore it first');
      return null;
    }

    // The cell when its column is in the sheet; a missing column keeps the current value, or is an
    // error for a new task that needs it.
    const cellOf = (field: ImportField): CellIn | null => {
      const c = row.cells[field];
      if (c) {
        if (!c.text && REQUIRED.includes(field)) {
          fail(field, 'REQUIRED', '必须填写', 'is required');
          return null;
        }
        return c;
      }
      if (!current && REQUIRED.includes(field))
        fail(
          field,
          'COLUMN_MISSING',
          '新任务必须填写，但表中没有这一列',
          'a new task needs it, but the sheet has no such column',
        );
      return null;
    };

    const text = (field: 'title' | 'requirement', max: number): string | null => {
      const c = cellOf(field);
      if (!c) return null;
      const v = restoreCell(c.text).trim();
      if (v.length > max) fail(field, 'TOO_LONG', `最多 ${max} 个字符`, `must be at most ${max} characters`);
      else if (CONTROL.test(v))
        fail(field, 'CONTROL_CHARS', '不能包含控制字符', 'must not contain control characters');
      else return v;
      return null;
    };

    const one = <T>(
      field: ImportField,
      list: Lookup<T>,
      id: (t: T) => string,
      keep: string | null,
      unknown: [ImportRowErrorCode, string, string],
      inactive?: (t: T) => boolean,
    ): T | null => {
      const c = cellOf(field);
      if (!c) return null;
      return pick(field, c.text, list, id, keep ? [keep] : [], unknown, inactive);
    };

    const pick = <T>(
      field: ImportField,
      key: string,
      list: Lookup<T>,
      id: (t: T) => string,
      keep: string[],
      [code, zh, en]: [ImportRowErrorCode, string, string],
      inactive?: (t: T) => boolean,
    ): T | null => {
      const found = list.byKey.get(lower(restoreCell(key).trim())) ?? [];
      // the current value wins a tie: a re-imported ledger names people and units as it showed them
      const hit = found.length > 1 ? found.find((t) => keep.includes(id(t))) : found[0];
      if (!found.length) {
        fail(field, code, `“${key}”${zh}`, `"${key}" ${en}`);
        return null;
      }
      if (!hit) {
        const ambiguous: ImportRowErrorCode = field === 'responsible' ? 'PERSON_AMBIGUOUS' : 'UNIT_AMBIGUOUS';
        fail(
          field,
          ambiguous,
          `“${key}”对应多条记录，请改填${field === 'responsible' ? '用户名' : '单位代码'}`,
          `"${key}" matches more than one; use the ${field === 'responsible' ? 'username' : 'unit code'}`,
        );
        return null;
      }
      if (inactive?.(hit) && !keep.includes(id(hit))) {
        const code2: ImportRowErrorCode = field === 'responsible' ? 'PERSON_INACTIVE' : 'UNIT_INACTIVE';
        fail(field, code2, `“${key}”已停用`, `"${key}" is deactivated`);
        return null;
      }
      return hit;
    };

    const date = (field: 'startDate' | 'dueDate'): string | null | undefined => {
      const c = cellOf(field);
      if (!c) return undefined;
      if (field === 'dueDate' && isLongTerm(c.text)) return null;
      const iso = parseDate(c);
      if (iso) return iso;
      fail(
        field,
        'DATE_INVALID',
        field === 'dueDate' ? '必须是有效日期（如 2026-12-31）或“长期”' : '必须是有效日期（如 2026-01-01）',
        field === 'dueDate'
          ? 'must be a real date (e.g. 2026-12-31) or 长期'
          : 'must be a real date (e.g. 2026-01-01)',
      );
      return undefined;
    };

    const title = text('title', TITLE_MAX);
    const requirement = text('requirement', REQUIREMENT_MAX);
    const measure = one('measure', measures, (m) => m.id, current?.measureId ?? null, [
      'MEASURE_UNKNOWN',
      `不是本工作区的措施；可填：${ref.measures.map((m) => m.nameZh).join('、')}`,
      `is not a measure of this workspace; use one of: ${ref.measures.map((m) => m.code).join(', ')}`,
    ]);
    const region = one('region', regions, (r) => r.code, current?.regionCode ?? null, [
      'REGION_UNKNOWN',
      '不是有效地区；请填写地区全称（如 广东省、全国）或 6 位代码',
      'is not a region; use its full name (e.g. 广东省) or 6-digit code',
    ]);
    const lead = one(
      'leadUnit',
      units,
      (u) => u.id,
      current?.leadUnitId ?? null,
      ['UNIT_UNKNOWN', '不是本工作区的单位', 'is not a unit of this workspace'],
      (u) => !u.active,
    );
    const person = one(
      'responsible',
      people,
      (p) => p.id,
      current?.responsiblePersonId ?? null,
      [
        'PERSON_UNKNOWN',
        '不是本工作区的人员（请填写姓名或用户名）',
        'is not a person of this workspace (name or username)',
      ],
      (p) => !p.active,
    );

    let sectorCodes: string[] | null = null;
    const sectorCell = cellOf('sectors');
    if (sectorCell) {
      const names = split(sectorCell.text);
      const unknown = names.filter((n) => !sectors.byKey.has(lower(restoreCell(n))));
      if (unknown.length)
        fail(
          'sectors',
          'SECTOR_UNKNOWN',
          `不是有效领域：${unknown.join('、')}（多个领域用“、”分隔）`,
          `unknown sectors: ${unknown.join(', ')} (separate several with 、)`,
        );
      else
        sectorCodes = [
          ...new Set(names.map((n) => (sectors.byKey.get(lower(restoreCell(n))) as RefSector[])[0].code)),
        ].sort();
    }

    let coop: string[] | null = null;
    const coopCell = cellOf('cooperatingUnits');
    if (coopCell) {
      const ids: string[] = [];
      let ok = true;
      for (const name of split(coopCell.text)) {
        const u = pick(
          'cooperatingUnits',
          name,
          units,
          (x) => x.id,
          current?.cooperatingUnitIds ?? [],
          ['UNIT_UNKNOWN', '不是本工作区的单位', 'is not a unit of this workspace'],
          (x) => !x.active,
        );
        if (u) ids.push(u.id);
        else ok = false;
      }
      if (ok) coop = [...new Set(ids)];
    }

    const start = date('startDate');
    const due = date('dueDate');

    const effectiveLead = lead?.id ?? current?.leadUnitId;
    const effectiveCoop = coop ?? current?.cooperatingUnitIds ?? [];
    if (effectiveLead && effectiveCoop.includes(effectiveLead))
      fail(
        'cooperatingUnits',
        'LEAD_ALSO_COOPERATING',
        '牵头单位不能同时是配合单位',
        'the lead unit cannot also cooperate',
      );
    const startDate = start ?? current?.startDate;
    const dueDate = due === undefined ? current?.dueDate : due;
    if (startDate && dueDate && dueDate < startDate)
      fail(
        'dueDate',
        'DATES_ORDER',
        '完成时限不能早于开始日期',
        'the due date cannot be before the start date',
      );
    // milestones must stay within the task's dates (as TasksService.update requires)
    if (current?.firstMilestone && start && start > current.firstMilestone)
      fail(
        'startDate',
        'MILESTONES_OUTSIDE',
        `晚于最早的节点日期 ${current.firstMilestone}，请先调整节点`,
        `is after the earliest milestone (${current.firstMilestone}); adjust the milestones first`,
      );
    if (current?.lastMilestone && due && due < current.lastMilestone)
      fail(
        'dueDate',
        'MILESTONES_OUTSIDE',
        `早于最晚的节点日期 ${current.lastMilestone}，请先调整节点`,
        `is before the latest milestone (${current.lastMilestone}); adjust the milestones first`,
      );

    // Only used when the row raised no error, so every value is set: parsed, or the current one.
    const write: TaskWrite = {
      code,
      title: title ?? current?.title ?? '',
      requirement: requirement ?? current?.requirement ?? '',
      measureId: measure?.id ?? (current?.measureId as string),
      regionCode: region?.code ?? (current?.regionCode as string),
      sectors: sectorCodes ?? (current?.sectors as string[]),
      leadUnitId: lead?.id ?? (current?.leadUnitId as string),
      cooperatingUnitIds: effectiveCoop,
      responsiblePersonId: person?.id ?? (current?.responsiblePersonId as string),
      startDate: startDate ?? '',
      dueDate: dueDate ?? null,
    };
    if (!current) return { kind: 'create', code, write };
    const fields = changedFields(current, write);
    return fields.length
      ? { kind: 'update', code, id: current.id, write, fields }
      : { kind: 'unchanged', code, id: current.id };
  }
}

export function changedFields(current: TaskWrite, next: TaskWrite): (keyof TaskWrite)[] {
  return (Object.keys(next) as (keyof TaskWrite)[]).filter((k) => {
    const a = current[k];
    const b = next[k];
    return Array.isArray(a) && Array.isArray(b) ? !sameSet(a, b) : a !== b;
  });
}
