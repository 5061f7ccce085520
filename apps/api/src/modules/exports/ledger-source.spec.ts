import type { TaskSnapshotRow } from '@plan/contracts';
import type { TaskFilterInput } from '../tasks/task-filter.sql';
import { mergeByCode, slicedRows } from './ledger-source';

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

describe(mergeByCode.name, () => {
  it('merges code-ordered streams of uneven pages into one code-ordered stream', async () => {
    const all = Array.from({ length: 500 }, (_, i) =>
      row('policy', ['a', 'b', 'c'][i % 3], `P-${String(i).padStart(4, '0')}`),
    );
    const { open } = source(all, 7);
    const merged = await collect(mergeByCode(['a', 'b', 'c', 'none'].map((r) => open({ region: [r] }))));
    expect(merged).toEqual(all.map((r) => r.code));
  });

  it('yields nothing from nothing', async () => {
    expect(await collect(mergeByCode([]))).toEqual([]);
  });
});

describe(slicedRows.name, () => {
  it('gives the rows in ledger order, measure by measure, reading measure × region slices', async () => {
    const rows = [
      row('talent', '440000', 'TAL-002'),
      row('policy', '000000', 'POL-003'),
      row('policy', '440000', 'POL-001'),
      row('talent', '000000', 'TAL-001'),
      row('policy', '110000', 'POL-002'),
    ];
    const { open, calls } = source(rows, 1);
    const out = await collect(
      slicedRows(open, { q: 'x' }, ['policy', 'talent'], ['000000', '110000', '440000']),
    );
    expect(out).toEqual(['POL-001', 'POL-002', 'POL-003', 'TAL-001', 'TAL-002']);
    expect(calls).toHaveLength(6);
    expect(calls[0]).toEqual({ q: 'x', measure: ['policy'], region: ['000000'] });
  });

  it('keeps to the regions asked for', async () => {
    const rows = [row('policy', '000000', 'POL-1'), row('policy', '440000', 'POL-2')];
    const { open, calls } = source(rows, 10);
    const out = await collect(slicedRows(open, { region: ['440000'] }, ['policy'], ['000000', '440000']));
    expect(out).toEqual(['POL-2']);
    expect(calls).toEqual([{ region: ['440000'], measure: ['policy'] }]);
  });
});
