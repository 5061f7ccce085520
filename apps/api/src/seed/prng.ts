// Seeded pseudo-random numbers so the same seed always yields the same demo data (mulberry32).
export type Rng = {
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  pickSome: <T>(items: readonly T[], count: number) => T[];
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  fork: (salt: number) => Rng;
};

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // inclusive on both ends
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    pickSome: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      const out: T[] = [];
      while (out.length < count && pool.length > 0)
        out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      return out;
    },
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    // an independent stream, so adding draws in one part does not reshuffle another
    fork: (salt) => createRng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35)),
  };
}

// Values in exact proportions, shuffled, in decks of up to 200: small data sets get every value in its
// share instead of whatever a run of independent draws happens to give.
export function dealer<T>(rng: Rng, weights: readonly (readonly [T, number])[], total: number): () => T {
  const DECK = 200;
  const weightSum = weights.reduce((s, [, w]) => s + w, 0);
  let deck: T[] = [];
  let dealt = 0;
  return () => {
    if (deck.length === 0) {
      const size = Math.min(DECK, Math.max(1, total - dealt));
      const shares = weights.map(([value, w]) => {
        const exact = (size * w) / weightSum;
        return { value, count: Math.floor(exact), remainder: exact - Math.floor(exact) };
      });
      // largest remainder, so the counts add up to the deck size
      const left = size - shares.reduce((s, x) => s + x.count, 0);
      for (const share of [...shares].sort((a, b) => b.remainder - a.remainder).slice(0, left)) share.count++;
      deck = rng.pickSome(
        shares.flatMap((x) => Array<T>(x.count).fill(x.value)),
        size,
      );
    }
    dealt++;
    return deck.pop()!;
  };
}
