// A seeded pseudo-random source for tests over random data: a failing run names its seed, and the same seed
// replays the same data.
export function mulberry32(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomTools(seed: number) {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  // one to `max` distinct values of xs
  const some = <T>(xs: readonly T[], max: number): T[] => {
    const out = new Set<T>();
    const n = int(1, max);
    while (out.size < n) out.add(pick(xs));
    return [...out];
  };
  return { rnd, int, pick, some };
}
