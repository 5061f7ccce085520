import type { TaskSnapshotRow } from '@plan/contracts';
import type { TaskFilterInput } from '../tasks/task-filter.sql';
import { toLedgerRow, type LedgerRow } from './ledger-columns';

export type OpenRows = (f: TaskFilterInput) => AsyncIterator<TaskSnapshotRow[]>;

// The same rows in the same ledger order (measure, then code), read one measure at a time. The snapshot
// query sorts everything that matches on every page: read whole, 100k tasks cost ~50 pages of ~1.5 s
// each; a measure (~20k tasks) ~0.15 s a page. Slicing further, by region, cost more than it saved: 34×
// the queries, each still scanning all of its measure's tasks (17 s of database CPU instead of 9), and the
// first page of every region of a measure held at once.
export async function* slicedRows(
  open: OpenRows,
  f: TaskFilterInput,
  measures: string[],
): AsyncGenerator<LedgerRow[]> {
  for (const measure of measures) {
    const rows = open({ ...f, measure: [measure] });
    try {
      for (let r = await rows.next(); !r.done; r = await rows.next())
        if (r.value.length) yield r.value.map(toLedgerRow);
    } finally {
      await rows.return?.();
    }
  }
}

// Reads the next page while the current one is written: the database builds page n+1 while this
// process turns page n into XML, at the cost of one page more in memory.
export async function* readAhead<T>(pages: AsyncIterable<T>): AsyncGenerator<T> {
  const it = pages[Symbol.asyncIterator]();
  let next = it.next();
  try {
    for (;;) {
      const r = await next;
      if (r.done) return;
      next = it.next();
      // a failed read is thrown where it is awaited, above
      next.catch(() => undefined);
      yield r.value;
    }
  } finally {
    // the consumer stopped (a closed download, a failed write): stop reading
    await it.return?.();
  }
}
