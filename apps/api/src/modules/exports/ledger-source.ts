import type { TaskSnapshotRow } from '@plan/contracts';
import type { TaskFilterInput } from '../tasks/task-filter.sql';
import { toLedgerRow, type LedgerRow } from './ledger-columns';

export type OpenRows = (f: TaskFilterInput) => AsyncIterator<TaskSnapshotRow[]>;

const OUT_PAGE = 2000;

// Task codes are ASCII letters, digits and . _ - ; the database (C collation) orders them by code
// unit, as this does. Under a linguistic collation, codes that differ only in punctuation could come
// out in a slightly different order than rows() would give them.
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Head = { it: AsyncIterator<TaskSnapshotRow[]>; page: (LedgerRow | null)[]; i: number };

async function head(it: AsyncIterator<TaskSnapshotRow[]>): Promise<Head | null> {
  for (;;) {
    const r = await it.next();
    if (r.done) return null;
    // only the narrow copy is kept while the other slices are read
    if (r.value.length) return { it, page: r.value.map(toLedgerRow), i: 0 };
  }
}

// First pages are read a few at a time: the database works on several slices at once.
const PARALLEL = 4;

async function firstPages(streams: AsyncIterator<TaskSnapshotRow[]>[]): Promise<Head[]> {
  const out: (Head | null)[] = new Array(streams.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < streams.length) {
      const i = next++;
      out[i] = await head(streams[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, streams.length) }, worker));
  return out.filter((h): h is Head => h !== null);
}

const code = (h: Head) => (h.page[h.i] as LedgerRow).code;

// Merges page streams that are each in code order into one stream in code order.
export async function* mergeByCode(streams: AsyncIterator<TaskSnapshotRow[]>[]): AsyncGenerator<LedgerRow[]> {
  const heads = await firstPages(streams);
  let out: LedgerRow[] = [];
  while (heads.length) {
    let k = 0;
    for (let j = 1; j < heads.length; j++) if (byCode(code(heads[j]), code(heads[k])) < 0) k = j;
    const h = heads[k];
    out.push(h.page[h.i] as LedgerRow);
    // let the row go with its page of output, not with the (whole) slice it came in
    h.page[h.i++] = null;
    if (h.i === h.page.length) {
      const next = await head(h.it);
      if (next) heads[k] = next;
      else heads.splice(k, 1);
    }
    if (out.length === OUT_PAGE) {
      yield out;
      out = [];
    }
  }
  if (out.length) yield out;
}

// The same rows in the same ledger order (measure, then code), read as measure × region slices and
// merged back per measure. A small slice is cheap for the snapshot query, which sorts everything that
// matches on every page: read whole, 100k tasks cost ~50 pages of ~1.5 s each; sliced, ~10 s in all.
export async function* slicedRows(
  open: OpenRows,
  f: TaskFilterInput,
  measures: string[],
  regions: string[],
): AsyncGenerator<LedgerRow[]> {
  const inScope = f.region?.length ? regions.filter((r) => f.region?.includes(r)) : regions;
  for (const measure of measures)
    yield* mergeByCode(inScope.map((region) => open({ ...f, measure: [measure], region: [region] })));
}
