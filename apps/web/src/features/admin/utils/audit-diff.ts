export type DiffChange = 'added' | 'removed' | 'changed' | 'same';
export type DiffRow = { field: string; before: string | null; after: string | null; change: DiffChange };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

const changeOf = (inBefore: boolean, inAfter: boolean, was: string | null, now: string | null): DiffChange =>
  inBefore && inAfter ? (was === now ? 'same' : 'changed') : inAfter ? 'added' : 'removed';

const RANK: Record<DiffChange, number> = { changed: 0, added: 1, removed: 2, same: 3 };

// One row per top-level field of the before/after snapshots, changed fields first; nested values are
// compared and shown as JSON. Unchanged rows stay so the reader can see the whole record.
export const auditDiff = (before: unknown, after: unknown): DiffRow[] => {
  if (!isRecord(before) && !isRecord(after)) {
    const was = before == null ? null : show(before);
    const now = after == null ? null : show(after);
    if (was === null && now === null) return [];
    return [{ field: '', before: was, after: now, change: changeOf(was !== null, now !== null, was, now) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .map((field): DiffRow => {
      const was = field in b ? show(b[field]) : null;
      const now = field in a ? show(a[field]) : null;
      return { field, before: was, after: now, change: changeOf(field in b, field in a, was, now) };
    })
    .sort((x, y) => RANK[x.change] - RANK[y.change]);
};

export const changedOnly = (rows: DiffRow[]) => rows.filter((row) => row.change !== 'same');
