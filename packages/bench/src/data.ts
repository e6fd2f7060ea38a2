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

/** The dashboard's plans, lowest first: the last (Premium) is the upsell plan. */
export const DASHBOARD_PLANS = ['Basic', 'Standard', 'Premium'] as const;
export type DashboardPlan = (typeof DASHBOARD_PLANS)[number];

/** The onboarding stages in order; the last is the goal. */
export const DASHBOARD_STAGES = ['Contract signed', 'Kick-off', 'Integration', 'Training', 'Live'] as const;
export type DashboardStage = (typeof DASHBOARD_STAGES)[number];

/** The months of every account's MRR series: January 2023 to December 2024 (24 months). */
export const DASHBOARD_MONTHS: readonly string[] = Array.from(
  { length: 24 },
  (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
/** The movements compare December 2023 with December 2024. */
export const DASHBOARD_FROM = '2023-12';
export const DASHBOARD_TO = '2024-12';

/** One month of an account's MRR series. */
export interface MrrPoint {
  month: string;
  /** `null` in the months the organisation was not a customer (then `mrr` is 0). */
  plan: DashboardPlan | null;
  mrr: number;
}

/** One key account as the dashboard reads it: a monthly MRR series and the snapshot of onboarding and health. */
export interface DashboardAccount {
  id: string;
  name: string;
  mrr: MrrPoint[];
  onboardingStage: DashboardStage;
  /** Survey score, 0–10, one decimal. */
  satisfaction: number;
  /** Product engagement, 0–100 (higher is healthier). */
  engagement: number;
  /** Drop in usage over the last 90 days, percent (0–100). */
  usageDropPct: number;
  /** Days in the at-risk queue (0 when not queued). */
  daysInQueue: number;
}

const PLAN_PRICE: Record<DashboardPlan, [number, number]> = {
  Basic: [400, 1_600],
  Standard: [1_800, 6_000],
  Premium: [7_000, 24_000],
};

/**
 * `n` key accounts with 24 months of MRR each, deterministic for a seed: most are customers from the start,
 * about a fifth join during the two years (new MRR), some change plan (expansion, contraction), grow a little
 * (seats) or cancel (churn). Recent customers are still onboarding; a latent health drives satisfaction,
 * engagement, the usage drop and the days in the at-risk queue, so a few per cent are at high risk.
 */
export function dashboardAccounts(n: number, seed = 11): DashboardAccount[] {
  const next = random(seed);
  const pick = (lo: number, hi: number) => lo + (hi - lo) * next();
  const months = DASHBOARD_MONTHS.length;
  const data: DashboardAccount[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const u = next();
    let plan = u < 0.5 ? 0 : u < 0.85 ? 1 : 2;
    const [lo, hi] = PLAN_PRICE[DASHBOARD_PLANS[plan] as DashboardPlan];
    let price = Math.round(pick(lo, hi) / 10) * 10;
    const start = next() < 0.78 ? 0 : 1 + Math.floor(next() * (months - 1));
    const churnAt = next() < 0.09 ? start + 1 + Math.floor(next() * (months - start)) : months;
    const changeAt = start + 1 + Math.floor(next() * (months - start));
    const change = next();
    const step = change < 0.16 ? 1 : change < 0.22 ? -1 : 0;
    const growth = next() < 0.3 ? 1 + pick(0.02, 0.12) : 1;
    const growAt = start + Math.floor(next() * (months - start));
    const series: MrrPoint[] = new Array(months);
    for (let m = 0; m < months; m++) {
      const month = DASHBOARD_MONTHS[m] as string;
      if (m === changeAt && step !== 0 && plan + step >= 0 && plan + step < DASHBOARD_PLANS.length) {
        plan += step;
        price = Math.round((step > 0 ? price * pick(1.8, 2.6) : price * pick(0.4, 0.6)) / 10) * 10;
      }
      if (m === growAt) price = Math.round((price * growth) / 10) * 10;
      series[m] =
        m < start || m >= churnAt
          ? { month, plan: null, mrr: 0 }
          : { month, plan: DASHBOARD_PLANS[plan] as DashboardPlan, mrr: price };
    }
    const since = months - 1 - start;
    const stage =
      since < 8
        ? Math.min(4, Math.floor(since / 2 + next() * 1.5))
        : next() < 0.9
          ? 4
          : 2 + Math.floor(next() * 2);
    // Most accounts are healthy; about 8 % are troubled (low engagement and satisfaction, falling usage).
    const troubled = next() < 0.08;
    const spread = next() + next() + next() - 1.5;
    const health = Math.min(1, Math.max(0, troubled ? 0.16 + 0.12 * spread : 0.68 + 0.3 * spread));
    const noise = () => (next() - 0.5) * 20;
    data[i] = {
      id: `K${String(i + 1).padStart(5, '0')}`,
      name: `Key account ${i + 1}`,
      mrr: series,
      onboardingStage: DASHBOARD_STAGES[stage] as DashboardStage,
      satisfaction: Math.round(Math.min(10, Math.max(0, 10 * health + noise() / 10)) * 10) / 10,
      engagement: Math.round(Math.min(100, Math.max(0, 100 * health + noise()))),
      usageDropPct: Math.round(Math.min(100, Math.max(0, 70 * (1 - health) - 10 + noise()))),
      daysInQueue: health < 0.45 ? 1 + Math.floor(next() * 90) : 0,
    };
  }
  return data;
}

/** One account of the scoring benchmark: revenue and four criteria scored 1–10 (two per axis). */
export interface ScoringAccount {
  id: string;
  name: string;
  revenue: number;
  potential: number;
  budget: number;
  fit: number;
  trust: number;
}

/**
 * `n` scoring accounts (seeded): revenue as in {@link accounts}, each criterion a score from 1 to 10 with one
 * decimal (so that few bubbles sit exactly on top of each other).
 */
export function scoringAccounts(n: number, seed = 13): ScoringAccount[] {
  const next = random(seed);
  const score = () => 1 + Math.round(next() * 90) / 10;
  return accounts(n, seed).map((a) => ({
    ...a,
    potential: score(),
    budget: score(),
    fit: score(),
    trust: score(),
  }));
}
