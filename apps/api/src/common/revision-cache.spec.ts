import { filterKey, RevisionCache } from './revision-cache';

describe('RevisionCache', () => {
  it('computes once per key, sharing a computation still running', async () => {
    const cache = new RevisionCache<number>(4);
    let runs = 0;
    let release: (n: number) => void = () => undefined;
    const compute = () => {
      runs++;
      return new Promise<number>((r) => (release = r));
    };
    const a = cache.get('k', compute);
    const b = cache.get('k', compute);
    release(7);
    expect(await a).toBe(7);
    expect(await b).toBe(7);
    expect(await cache.get('k', compute)).toBe(7);
    expect(runs).toBe(1);
  });

  it('keeps no failure', async () => {
    const cache = new RevisionCache<number>(4);
    await expect(cache.get('k', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('k', () => Promise.resolve(1))).toBe(1);
  });

  it('drops the least recently used entry beyond its capacity', async () => {
    const cache = new RevisionCache<string>(2);
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('a', async () => 'a2'); // a is now the most recent
    await cache.get('c', async () => 'c1'); // evicts b
    expect(await cache.get('a', async () => 'a3')).toBe('a1');
    expect(await cache.get('b', async () => 'b2')).toBe('b2');
  });
});

describe('filterKey', () => {
  it('names one view the same however it is asked', () => {
    expect(filterKey({ region: ['440000', '110000'], measure: ['policy'] })).toBe(
      filterKey({ measure: ['policy'], region: ['110000', '440000', '110000'], sector: [], q: undefined }),
    );
  });

  it('tells different views apart', () => {
    expect(filterKey({ region: ['440000'] })).not.toBe(filterKey({ region: ['110000'] }));
    expect(filterKey({ region: ['440000'] })).not.toBe(filterKey({ leadUnit: ['440000'] }));
    expect(filterKey({})).not.toBe(filterKey({ state: ['behind'] }));
  });
});
