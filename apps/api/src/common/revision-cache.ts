// A small in-process cache for figures that are expensive to compute and cheap to key exactly: callers put
// the workspace, its data revision (workspace-revision.ts), the day and the full normalized filter in the
// key, so an entry can never answer for other data, another workspace or another scope. Nothing here is
// needed by another replica: each one fills its own from the same database.
//
// Concurrent misses for one key share one computation (a dashboard opened by a room of people at 9:00 runs
// its aggregate once); a failed computation is not kept.
export class RevisionCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly capacity: number) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      // most recently used last: Map keeps insertion order
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

// A stable key for a filter object: keys sorted, list values sorted and de-duplicated, empty values dropped,
// so the same view asked two ways shares one entry.
export function filterKey(f: object): string {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(f).sort()) {
    const v = (f as Record<string, unknown>)[k];
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      out[k] = [...new Set(v.map(String))].sort();
    } else out[k] = v;
  }
  return JSON.stringify(out);
}
