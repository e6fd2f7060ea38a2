/** One account of the benchmark data: the shape a CRM export has. */
export interface Account {
  id: string;
  name: string;
  revenue: number;
}

/** Deterministic 32-bit PRNG (mulberry32), so every run and every library gets the same accounts. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` accounts in input (not rank) order with a Pareto-distributed revenue (shape 1.16: about 20 % of accounts
 * make 80 % of revenue), in cents, so small accounts tie now and then as in real data. Ids are strings.
 */
export function accounts(n: number, seed = 7): Account[] {
  const next = random(seed);
  const data: Account[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const u = 1 - next();
    const revenue = Math.round(100_000 * u ** (-1 / 1.16)) / 100;
    const id = `A${String(i).padStart(7, '0')}`;
    data[i] = { id, name: `Account ${i + 1}`, revenue };
  }
  return data;
}
