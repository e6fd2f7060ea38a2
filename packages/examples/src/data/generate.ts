import { GROWTH_CRITERIA, HARMONY_CRITERIA } from './criteria';
import { COUNTRIES, LANGUAGES, LONG_NAME, OWNERS } from './names';
import { clamp, Random, roundTo, score } from './random';
import {
  ACQUIRED_NAME,
  ACQUISITION_MONTH,
  AS_OF_DATE,
  buildHoldings,
  buildSurvey,
  COMPANY_NAME,
  daysBefore,
  growthRatings,
  mrrToWin,
  PRODUCTS,
  productPotential,
  revenueGrowthRate,
  SURVEY_QUESTIONS,
} from './scenario';
import type { Lifecycle } from './series';
import { buildMrr, LAST, MONTH_COUNT, monthAt, revenueByYear, YEARS } from './series';
import { FLAGSHIP_NAME, flagshipStakeholders } from './stakeholders';
import type {
  Account,
  ChurnSignals,
  DemoData,
  GrowthScores,
  HarmonyScores,
  OnboardingStage,
  Origin,
  Plan,
  Segment,
} from './types';

/** Number of accounts {@link generateDemoData} creates, the flagship included. */
export const ACCOUNT_COUNT = 150;

const PLANS: readonly Plan[] = ['Basic', 'Standard', 'Premium'];
/** Month index of the acquisition's closing (2023-07): acquired accounts are billed from then on. */
const ACQUIRED_FROM = 18;
/** Share of the generated accounts that came with the acquisition. */
const ACQUIRED_SHARE = 0.4;

/** Fixed yearly cost to serve of each plan (success manager time, premium support), EUR. */
const PLAN_FIXED_COST: Record<Plan, number> = { Basic: 2500, Standard: 6000, Premium: 14000 };

/** Median yearly revenue of an account before the segment factor, EUR. */
const MEDIAN_REVENUE = 42_000;
/** Smallest yearly contract, EUR. */
const MIN_REVENUE = 3000;
/** Spread of log revenue: ~1.45 gives a top-20 % share of about 0.75–0.8. */
const LOG_SIGMA = 1.45;
const SEGMENTS: readonly { segment: Segment; weight: number; sizeFactor: number }[] = [
  { segment: 'Hospital system', weight: 25, sizeFactor: 2.2 },
  { segment: 'Clinic', weight: 35, sizeFactor: 0.55 },
  { segment: 'Laboratory', weight: 22, sizeFactor: 0.8 },
  { segment: 'Insurer', weight: 18, sizeFactor: 1.7 },
];

export { mulberry32 } from './random';
export { YEARS } from './series';

function onboardingStage(rng: Random, life: Lifecycle): OnboardingStage {
  if (life.churn !== null) return 'Live';
  const months = LAST - life.start + rng.int(-1, 1);
  if (months <= 1) return 'Contract signed';
  if (months <= 3) return 'Kick-off';
  if (months <= 6) return 'Integration';
  if (months <= 9) return 'Training';
  // Some customers of the last two years are stuck in onboarding.
  if (life.start >= 12 && rng.chance(0.15)) return rng.pick(['Integration', 'Training'] as const);
  return 'Live';
}

function randomLifecycle(rng: Random): Lifecycle {
  const r = rng.uniform();
  const start =
    r < 0.64
      ? rng.int(-8 * 12, -1) // customer since 2014–2021
      : r < 0.77
        ? rng.int(0, 11)
        : r < 0.89
          ? rng.int(12, 23)
          : rng.int(24, 34);
  const earliestChurn = Math.max(start + 9, 9);
  const churn = earliestChurn <= LAST && rng.chance(0.11) ? rng.int(earliestChurn, LAST) : null;
  return { start, churn, pilotMonths: 0, change: null };
}

function randomName(
  rng: Random,
  languages: readonly (keyof typeof LANGUAGES)[],
  segment: Segment,
  taken: Set<string>,
) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const language = LANGUAGES[rng.pick(languages)];
    let place: string = rng.pick(language.places);
    // When the single places run out (small languages), join two: 'Kuusilahti-Järvelä'.
    if (attempt >= 30) place = `${place}-${rng.pick(language.places)}`;
    const name = rng.pick(language.templates[segment]).replace('{p}', place);
    if (!taken.has(name)) return name;
  }
  throw new Error(`generateDemoData: ran out of unique ${segment} names`);
}

interface Snapshot {
  satisfaction: number | null;
  engagement: number;
  daysInQueue: number;
  churnSignals: ChurnSignals;
}

function randomSnapshot(rng: Random, status: 'healthy' | 'at-risk' | 'churned', z: number): Snapshot {
  if (status === 'at-risk') {
    return {
      satisfaction: rng.int(1, 5),
      engagement: rng.int(8, 38),
      daysInQueue: 3 + Math.floor(rng.uniform() ** 1.6 * 150),
      churnSignals: {
        usageDropPct: rng.int(20, 75),
        supportTickets: rng.int(5, 28),
        paymentDelayDays: rng.chance(0.5) ? 0 : rng.int(10, 75),
      },
    };
  }
  if (status === 'churned') {
    return {
      satisfaction: rng.chance(0.4) ? null : rng.int(0, 4),
      engagement: rng.int(3, 25),
      daysInQueue: 0,
      churnSignals: {
        usageDropPct: rng.int(60, 100),
        supportTickets: rng.int(0, 12),
        paymentDelayDays: rng.chance(0.5) ? 0 : rng.int(5, 45),
      },
    };
  }
  return {
    satisfaction: rng.chance(0.05) ? null : clamp(Math.round(rng.normal(8, 1.2)), 5, 10),
    engagement: Math.round(clamp(rng.normal(70, 13), 42, 99)),
    daysInQueue: 0,
    churnSignals: {
      usageDropPct: rng.chance(0.6) ? 0 : rng.int(1, 15),
      supportTickets: Math.max(0, Math.round(rng.uniform(0, 5) + 1.5 * z + 2)),
      paymentDelayDays: rng.chance(0.8) ? 0 : rng.int(1, 12),
    },
  };
}

function randomHarmony(rng: Random, shift: number): HarmonyScores {
  const h = rng.normal(6.2, 1.4) + shift;
  return {
    strategicFit: score(h + rng.normal(0, 1)),
    culture: score(h + rng.normal(0, 1)),
    vision: score(h + rng.normal(0, 1)),
    strategy: score(h + rng.normal(0, 1)),
  };
}

/** Cost to serve in 2024, EUR, or `null` when not a customer in 2024. */
function costToServe(
  rng: Random,
  account: Pick<Account, 'mrr' | 'revenue' | 'customerSince'>,
  plan: Plan,
  extra: number,
) {
  const revenue = account.revenue['2024'];
  if (revenue === null) return null;
  const activeMonths = account.mrr.slice(24).filter((p) => p.plan !== null).length;
  const onboarding = account.customerSince >= '2024-01' ? 8000 : 0;
  const cost =
    (PLAN_FIXED_COST[plan] * activeMonths) / 12 + revenue * rng.uniform(0.14, 0.32) + extra + onboarding;
  return roundTo(cost, 10);
}

/** Special cases at fixed ids, so the demo always shows them. */
const LONG_NAME_ID = 7;
const MISSING_SATISFACTION_ID = 23;
const NEW_IN_2024_ID = 42;
const CHURNED_IN_2024_ID = 58;
const CHURNED_END_2023_ID = 66;
const FREE_PILOT_ID = 89;
const SIGNED_IN_DECEMBER_ID = 97;

function flagshipAccount(rng: Random): Account {
  // A Larkspur customer since 2019, billed by us since the acquisition closed; upgraded to Standard in April
  // 2024, but not yet committed to the full migration to the cloud platform (a pilot runs).
  const life: Lifecycle = {
    start: ACQUIRED_FROM,
    churn: null,
    pilotMonths: 0,
    change: { month: 27, from: 'Basic' },
  };
  const mrr = buildMrr(life, { plan: 'Standard', runRate: 1_380_000, growth: 0.09 });
  const revenue = revenueByYear(mrr);
  const partial = { mrr, revenue, customerSince: monthAt(life.start) };
  const cost = costToServe(rng, partial, 'Standard', 9 * 180)!;
  return {
    id: 'acc-001',
    origin: 'acquired',
    name: FLAGSHIP_NAME,
    segment: 'Hospital system',
    region: 'North America',
    country: 'US',
    owner: OWNERS['North America'],
    plan: 'Standard',
    customerSince: partial.customerSince,
    churnedAt: null,
    revenue,
    mrr,
    onboardingStage: 'Live',
    satisfaction: 8,
    engagement: 81,
    daysInQueue: 0,
    flaggedAt: null,
    costToServe: cost,
    netPricePct: 84.5,
    contributionMargin: revenue['2024']! - cost,
    revenueGrowthRate: null, // set from the MRR series once all accounts exist
    mrrToWin: 0, // set from the holdings once all accounts exist
    productPotential: productPotential({ segment: 'Hospital system', mrr, churnedAt: null }),
    growth: { revenueGrowth: null, revenuePotential: 1, budgetGrowth: 8, marketPosition: 9 },
    harmony: { strategicFit: 8, culture: 6, vision: 7, strategy: 7 },
    churnSignals: { usageDropPct: 0, supportTickets: 9, paymentDelayDays: 0 },
  };
}

function randomAccount(rng: Random, n: number, taken: Set<string>, origin: Origin): Account {
  const country = n === LONG_NAME_ID ? COUNTRIES[0]! : rng.weighted(COUNTRIES);
  const { segment, sizeFactor } = n === LONG_NAME_ID ? SEGMENTS[0]! : rng.weighted(SEGMENTS);
  const name = n === LONG_NAME_ID ? LONG_NAME : randomName(rng, country.languages, segment, taken);
  taken.add(name);

  // Size: log-normal, scaled by segment. `z` is the account's standardised size.
  const drawn = rng.normal();
  const z = n === LONG_NAME_ID ? Math.max(drawn, 1.4) : drawn; // the long name should show up among the top accounts
  const runRate = Math.max(MIN_REVENUE, roundTo(MEDIAN_REVENUE * sizeFactor * Math.exp(LOG_SIGMA * z), 100));
  const planScore = z + 0.5 * Math.log(sizeFactor) + rng.normal(0, 0.6);
  const plan: Plan = planScore > 0.75 ? 'Premium' : planScore < -0.45 ? 'Basic' : 'Standard';

  const life = randomLifecycle(rng);
  if (n === LONG_NAME_ID) life.churn = null;
  if (n === NEW_IN_2024_ID) Object.assign(life, { start: 32, churn: null });
  if (n === CHURNED_IN_2024_ID) Object.assign(life, { start: Math.min(life.start, 10), churn: 30 });
  if (n === CHURNED_END_2023_ID) Object.assign(life, { start: Math.min(life.start, 6), churn: 24 });
  if (n === FREE_PILOT_ID) Object.assign(life, { start: 0, churn: null, pilotMonths: 12 });
  if (n === SIGNED_IN_DECEMBER_ID) Object.assign(life, { start: LAST, churn: null, pilotMonths: 0 });
  if (origin === 'acquired' && life.start < ACQUIRED_FROM) {
    // A customer of the acquired company before the closing: our bills (and the series) start at the closing.
    life.start = ACQUIRED_FROM;
    if (life.churn !== null && life.churn < life.start + 9) life.churn = null;
  }

  // Upgrades and downgrades: one plan change for about a quarter of the accounts.
  const lastActive = (life.churn ?? MONTH_COUNT) - 1;
  const firstPaid = Math.max(life.start + life.pilotMonths, 0);
  if (lastActive - firstPaid >= 6 && rng.chance(0.28)) {
    const p = PLANS.indexOf(plan);
    const upgrade = rng.chance(0.7) ? p > 0 : p === PLANS.length - 1;
    const from = PLANS[upgrade ? p - 1 : p + 1];
    if (from) life.change = { month: rng.int(firstPaid + 3, lastActive - 2), from };
  }

  const growth = clamp(rng.normal(0.07, 0.08), -0.15, 0.35);
  const mrr = buildMrr(life, { plan, runRate, growth });
  const revenue = revenueByYear(mrr);
  const customerSince = monthAt(life.start);

  const status = life.churn !== null ? 'churned' : rng.chance(0.13) ? 'at-risk' : 'healthy';
  const snapshot = randomSnapshot(rng, status, z);
  if (n === MISSING_SATISFACTION_ID) snapshot.satisfaction = null;

  const extraCost = snapshot.churnSignals.supportTickets * 180 + (status === 'at-risk' ? 4000 : 0);
  const cost = costToServe(rng, { mrr, revenue, customerSince }, plan, extraCost);
  const discount = clamp(2 + 5 * (Math.log10(runRate) - 4) + rng.normal(0, 4), 0, 40);
  // The draw for a hand-rated revenue potential is kept so the rest of the random stream stays as it was; the
  // computed ratings replace it once all accounts exist.
  rng.normal(0, 1.3);
  const growthScores: GrowthScores = {
    revenueGrowth: null,
    revenuePotential: 1,
    budgetGrowth: score(rng.normal(5.5, 1.8) - (status === 'healthy' ? 0 : 1)),
    marketPosition: score(5.5 + 1.5 * z + rng.normal(0, 1.3)),
  };
  const harmonyShift = status === 'at-risk' ? -1.5 : status === 'churned' ? -2 : 0;

  return {
    id: `acc-${String(n).padStart(3, '0')}`,
    origin,
    name,
    segment,
    region: country.region,
    country: country.code,
    owner: OWNERS[country.region],
    plan,
    customerSince,
    churnedAt: life.churn === null ? null : monthAt(life.churn),
    revenue,
    mrr,
    onboardingStage: onboardingStage(rng, life),
    ...snapshot,
    flaggedAt: snapshot.daysInQueue > 0 ? daysBefore(snapshot.daysInQueue) : null,
    costToServe: cost,
    netPricePct: Math.round((100 - discount) * 10) / 10,
    contributionMargin: cost === null ? null : revenue['2024']! - cost,
    revenueGrowthRate: null, // set from the MRR series once all accounts exist
    mrrToWin: 0, // set from the holdings once all accounts exist
    productPotential: productPotential({
      segment,
      mrr,
      churnedAt: life.churn === null ? null : monthAt(life.churn),
    }),
    growth: growthScores,
    harmony: randomHarmony(rng, harmonyShift),
  };
}

/** Accounts that must stay our own for their documented special case (their lifecycle starts before 2023-07). */
const OWN_IDS = new Set([
  LONG_NAME_ID,
  CHURNED_IN_2024_ID,
  CHURNED_END_2023_ID,
  FREE_PILOT_ID,
  NEW_IN_2024_ID,
]);

/**
 * Generates the demo data set of the worked scenario: {@link ACCOUNT_COUNT} fictional healthcare accounts of
 * Nimbus Health Cloud over 2022–2024 — our own base plus about 40 % that came with the acquisition of Larkspur
 * Voice Systems in July 2023 — with a heavy-tailed (log-normal) revenue distribution, monthly MRR on three plans
 * with upgrades and downgrades, onboarding stages, satisfaction, engagement, an at-risk queue, cost to serve,
 * products owned and piloted (the cross-sell view), an onboarding survey by question, scoring-matrix criteria
 * (growth computed from revenue by core's `growthRating`) and the stakeholder map of the flagship `'acc-001'`
 * (Mount Meridian Health System, acquired, piloting but not yet committed to the full cloud migration).
 *
 * Pure and deterministic: the same seed gives an identical result (no `Math.random`, no clock). The flagship
 * and its stakeholder map are authored and the same for every seed. Messy cases always present: `'acc-023'`
 * has no satisfaction score, `'acc-042'` is new in 2024, `'acc-058'` churned in July 2024, `'acc-066'` churned
 * at the end of 2023, `'acc-089'` paid nothing in 2022 (free pilot), `'acc-097'` signed in December 2024 (its
 * onboarding has not started) and `'acc-007'` has a very long name.
 *
 * @param seed Seed of the PRNG. Default `42`.
 * @example
 * const data = generateDemoData();
 * data.accounts.length; // 150
 * data.accounts[0].name; // 'Mount Meridian Health System'
 */
export function generateDemoData(seed = 42): DemoData {
  const rng = new Random(seed);
  // A second stream for the scenario's additions, so they do not shift the accounts' own random draws.
  const extra = new Random((seed ^ 0x2545f491) >>> 0);
  const taken = new Set<string>([FLAGSHIP_NAME]);
  const accounts: Account[] = [flagshipAccount(rng)];
  for (let n = 2; n <= ACCOUNT_COUNT; n++) {
    const origin: Origin = !OWN_IDS.has(n) && extra.chance(ACQUIRED_SHARE) ? 'acquired' : 'own';
    accounts.push(randomAccount(rng, n, taken, origin));
  }
  const flagshipId = 'acc-001';
  const holdings = buildHoldings(accounts, extra, flagshipId);
  const toWin = mrrToWin(accounts, holdings);
  for (const account of accounts) {
    account.mrrToWin = toWin.get(account.id) ?? 0;
    account.revenueGrowthRate = revenueGrowthRate(account);
  }
  const ratings = growthRatings(accounts);
  for (const account of accounts) {
    const rating = ratings.get(account.id);
    if (rating) Object.assign(account.growth, rating);
  }
  return {
    seed,
    asOf: monthAt(LAST),
    asOfDate: AS_OF_DATE,
    company: { name: COMPANY_NAME, acquired: { name: ACQUIRED_NAME, closedAt: ACQUISITION_MONTH } },
    years: [...YEARS],
    months: Array.from({ length: MONTH_COUNT }, (_, i) => monthAt(i)),
    accounts,
    flagshipId,
    stakeholders: flagshipStakeholders(flagshipId),
    products: PRODUCTS.map((p) => ({ ...p })),
    holdings,
    survey: {
      questions: SURVEY_QUESTIONS.map((q) => ({ ...q, stages: [...q.stages] })),
      answers: buildSurvey(accounts, extra),
    },
    criteria: {
      growth: GROWTH_CRITERIA.map((c) => ({ ...c })),
      harmony: HARMONY_CRITERIA.map((c) => ({ ...c })),
    },
  };
}
