import { isIsoDate, type TaskSort } from '@plan/contracts';
import { AppException } from '../../common/app.exception';

export type SortSpec = { expr: string; cast: string; desc: boolean; valid: (v: string) => boolean };

// Dates here include the 9999-12-31 sentinel, beyond what isIsoDate() allows for user input.
const isDate = (v: string) => v === '9999-12-31' || isIsoDate(v);
const isInt = (v: string) => /^-?\d{1,9}$/.test(v);
const isDecimal = (v: string) => /^-?\d{1,6}(\.\d{1,2})?$/.test(v);
const isTimestamp = (v: string) => {
  const m = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.exec(v);
  return m !== null && isIsoDate(m[1]);
};

// Nullable columns sort through a sentinel so keyset comparison never meets NULL.
const SORTS: Record<string, Omit<SortSpec, 'desc'>> = {
  code: { expr: 't.code', cast: 'text', valid: (v) => v.length <= 32 },
  dueDate: { expr: `COALESCE(t.due_date, DATE '9999-12-31')`, cast: 'date', valid: isDate },
  progress: { expr: 't.progress', cast: 'int', valid: isInt },
  gap: { expr: 'COALESCE(t.status_gap, -9999)', cast: 'numeric', valid: isDecimal },
  daysLate: { expr: 't.status_days_late', cast: 'int', valid: isInt },
  updatedAt: { expr: 't.updated_at', cast: 'timestamptz', valid: isTimestamp },
};

export function sortSpec(sort: TaskSort): SortSpec {
  const desc = sort.startsWith('-');
  return { ...SORTS[desc ? sort.slice(1) : sort], desc };
}

export type Cursor = { value: string; id: string };

const INVALID = () =>
  new AppException('INVALID_CURSOR', {
    zh: '分页游标无效，请从第一页重新开始',
    en: 'The page cursor is invalid; start again from the first page',
  });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(sort: TaskSort, c: Cursor): string {
  return Buffer.from(JSON.stringify({ s: sort, v: c.value, i: c.id })).toString('base64url');
}

export function decodeCursor(sort: TaskSort, raw: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw INVALID();
  }
  const c = parsed as { s?: unknown; v?: unknown; i?: unknown };
  if (
    !c ||
    typeof c !== 'object' ||
    c.s !== sort ||
    typeof c.v !== 'string' ||
    typeof c.i !== 'string' ||
    !UUID.test(c.i)
  )
    throw INVALID();
  if (!sortSpec(sort).valid(c.v)) throw INVALID();
  return { value: c.v, id: c.i };
}
