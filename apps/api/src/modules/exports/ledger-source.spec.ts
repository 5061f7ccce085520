import type { TaskSnapshotRow } from '@plan/contracts';
import type { TaskFilterInput } from '../tasks/task-filter.sql';
import { readAhead, slicedRows } from './ledger-source';

const row = (measureCode: string, regionCode: string, code: string) =>
  ({ code, measureCode, regionCode, sectors: [] }) as unknown as TaskSnapshotRow;

// A stand-in for MeetingsService.rows(): the matching rows in ledger order, in pages of `size`.
function source(rows: TaskSnapshotRow[], size: number) {
  const calls: TaskFilterInput[] = [];
  const open = (f: TaskFilterInput) => {
    calls.push(f);
    const hit = rows
      .filter(
        (r) =>
          (!f.measure || f.measure.includes(r.measureCode)) && (!f.region || f.region.includes(r.regionCode)),
      )
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return (async function* () {
      for (let i = 0; i < hit.length; i += size) yield hit.slice(i, i + size);
    })();
  };
  return { open, calls };
}

const collect = async (pages: AsyncIterable<{ code: string }[]>) => {
  const out: string[] = [];
  for await (const p of pages) out.push(...p.map((r) => r.code));
  return out;
};

describe(slicedRows.name, () => {
  it('gives the rows in ledger order, reading one measure at a time with the filters kept', async () => {
    const rows = [
      row('talent', '440000', 'TAL-002'),
      row('policy', '000000', 'POL-003'),
      row('policy', '440000', 'POL-001'),
      row('talent', '000000', 'TAL-001'),
      row('policy', '110000', 'POL-002'),
    ];
    const { open, calls } = source(rows, 2);
    const out = await collect(
      slicedRows(open, { q: 'x', region: ['000000', '440000'] }, ['policy', 'talent']),
    );
    expect(out).toEqual(['POL-001', 'POL-003', 'TAL-001', 'TAL-002']);
    expect(calls).toEqual([
      { q: 'x', region: ['000000', '440000'], measure: ['policy'] },
      { q: 'x', region: ['000000', '440000'], measure: ['talent'] },
    ]);
  });

  it('keeps only what the ledger needs of a row', async () => {
    const full = { ...row('policy', '000000', 'POL-1'), requirement: '要求', taskId: 't1' };
    const { open } = source([full], 10);
    const got = [];
    for await (const page of slicedRows(open, {}, ['policy'])) got.push(...page);
    const [r] = got;
    expect(r).toMatchObject({ code: 'POL-1', measureCode: 'policy' });
    expect(r).not.toHaveProperty('requirement');
  });

  it('closes the page stream of a measure when the reader stops', async () => {
    let closed = false;
    const open = () =>
      (async function* () {
        try {
          yield [row('policy', '000000', 'POL-1')];
          yield [row('policy', '000000', 'POL-2')];
        } finally {
          closed = true;
        }
      })();
    for await (const page of slicedRows(open, {}, ['policy'])) {
      expect(page).toHaveLength(1);
      break;
    }
    expect(closed).toBe(true);
  });
});

describe(readAhead.name, () => {
  // pages that say when each was asked for, so the test sees how far ahead they are read
  function pages(n: number, fail?: number) {
    const asked: number[] = [];
    let closed = false;
    const it = (async function* () {
      try {
        for (let i = 0; i < n; i++) {
          asked.push(i);
          await new Promise((r) => setImmediate(r));
          if (i === fail) throw new Error(`page ${i} failed`);
          yield i;
        }
      } finally {
        closed = true;
      }
    })();
    return { it, asked, closed: () => closed };
  }

  it('gives the pages in order, the next one already asked for while the current one is used', async () => {
    const p = pages(4);
    const seen: [number, number[]][] = [];
    for await (const page of readAhead(p.it)) {
      // let the read ahead get going
      await new Promise((r) => setImmediate(r));
      seen.push([page, [...p.asked]]);
    }
    expect(seen).toEqual([
      [0, [0, 1]],
      [1, [0, 1, 2]],
      [2, [0, 1, 2, 3]],
      [3, [0, 1, 2, 3]],
    ]);
  });

  it('throws a failed read where that page is awaited', async () => {
    const p = pages(5, 2);
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const page of readAhead(p.it)) seen.push(page);
      })(),
    ).rejects.toThrow('page 2 failed');
    expect(seen).toEqual([0, 1]);
  });

  it('stops reading when the reader stops', async () => {
    const p = pages(100);
    for await (const page of readAhead(p.it)) if (page === 3) break;
    expect(p.closed()).toBe(true);
    expect(p.asked.length).toBeLessThanOrEqual(5);
  });

  it('gives nothing from nothing', async () => {
    expect(await collect(readAhead((async function* () {})()))).toEqual([]);
  });
});
