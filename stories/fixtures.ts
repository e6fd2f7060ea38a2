/** Deterministic sample accounts for stories (a seeded PRNG; no Math.random, so screenshots are stable). */
export interface SampleAccount {
  id: string;
  name: string;
  revenue: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const prefixes = [
  'Nordklinik',
  'St. Aurelia',
  'Helix',
  'Medivia',
  'Caritas',
  'Lumen',
  'Vita',
  'Bergen',
  'Alpen',
  'Rhein',
];
const suffixes = [
  'Health',
  'Kliniken',
  'Labs',
  'Care',
  'Hospital Group',
  'Diagnostics',
  'Praxisverbund',
  'Spital',
];

/** `count` accounts with a heavy-tailed (Pareto, α ≈ 1.16: the 80/20 shape) revenue distribution. */
export function sampleAccounts(count = 60, seed = 7): SampleAccount[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const u = 1 - random();
    const revenue = Math.round(12_000 * u ** (-1 / 1.16));
    const name = `${prefixes[i % prefixes.length]} ${suffixes[Math.floor(i / prefixes.length) % suffixes.length]}${i >= 80 ? ` ${Math.floor(i / 80)}` : ''}`;
    return { id: `acc-${String(i + 1).padStart(5, '0')}`, name, revenue };
  });
}

/** Account names that try to break out of text: they must show as text everywhere. */
export const hostileAccounts: SampleAccount[] = [
  { id: 'h1', name: '<img src=x onerror=alert(1)>', revenue: 500_000 },
  { id: 'h2', name: '=HYPERLINK("http://evil.invalid","click")', revenue: 300_000 },
  { id: 'h3', name: '"; DROP TABLE accounts; --', revenue: 120_000 },
  { id: 'h4', name: '</title><script>alert(1)</script>', revenue: 60_000 },
  { id: 'h5', name: '&amp; &lt;b&gt;not bold&lt;/b&gt;', revenue: 20_000 },
];

/** Very long account names. */
export const longNameAccounts: SampleAccount[] = [
  {
    id: 'l1',
    name: 'Universitätsklinikum Schleswig-Holstein-Mecklenburg-Vorpommern Verbund gGmbH',
    revenue: 900_000,
  },
  {
    id: 'l2',
    name: 'Mount Meridian Health System — Northern Regional Cardiothoracic Center of Excellence',
    revenue: 640_000,
  },
  {
    id: 'l3',
    name: 'Krankenhausgesellschaft für Rehabilitation und Prävention Südwestdeutschland',
    revenue: 310_000,
  },
  { id: 'l4', name: 'Short', revenue: 150_000 },
  { id: 'l5', name: 'Associazione Ospedaliera Interregionale Piemonte-Valle d’Aosta', revenue: 90_000 },
  { id: 'l6', name: 'Centre Hospitalier Universitaire de Clermont-Ferrand-Auvergne', revenue: 40_000 },
];

/** A product of the whitespace fixtures: what {@link sampleHoldings} may hold and what it would bring a month. */
export interface SampleProduct {
  id: string;
  name: string;
  /** The MRR the product would bring an account that does not hold it (core's `potential` field). */
  potential: number;
  audience: 'new' | 'existing';
}

/** Four products, two for accounts new to us and two for existing ones (the template's cross-sell split). */
export const sampleProducts: SampleProduct[] = [
  { id: 'p-cloud', name: 'Cloud platform', potential: 9000, audience: 'new' },
  { id: 'p-chat', name: 'Care-team chat', potential: 1800, audience: 'new' },
  { id: 'p-voice', name: 'Clinical dictation', potential: 4200, audience: 'existing' },
  { id: 'p-fraud', name: 'Claims fraud guard', potential: 2500, audience: 'existing' },
];

/** A holding of the whitespace fixtures (core's default field names). */
export interface SampleHolding {
  accountId: string;
  productId: string;
  status: 'owned' | 'pilot';
  mrr: number;
}

/**
 * Deterministic holdings for `accounts`: each owns the first product (a twelfth of its revenue a month) and, by a
 * seeded draw, owns or pilots some of the others; the rest is whitespace.
 */
export function sampleHoldings(accounts: readonly SampleAccount[], seed = 11): SampleHolding[] {
  const random = mulberry32(seed);
  return accounts.flatMap((account) =>
    sampleProducts.flatMap((product, k): SampleHolding[] => {
      const draw = k === 0 ? 0 : random();
      if (draw < 0.35)
        return [
          {
            accountId: account.id,
            productId: product.id,
            status: 'owned',
            mrr: Math.round(account.revenue / 12 / (k + 1)),
          },
        ];
      if (draw < 0.5) return [{ accountId: account.id, productId: product.id, status: 'pilot', mrr: 0 }];
      return [];
    }),
  );
}
