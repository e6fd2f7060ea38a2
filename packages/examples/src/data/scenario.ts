import { growthRating, revenueGrowth, whitespace } from '@kamkit/core';
import type { Random } from './random';
import { clamp, roundTo } from './random';
import type {
  Account,
  Holding,
  Month,
  Product,
  ProductId,
  Segment,
  SurveyAnswer,
  SurveyQuestion,
  SurveyQuestionKey,
  SurveyStage,
} from './types';

/** Our company in the scenario (fictional): a healthcare-cloud provider. */
export const COMPANY_NAME = 'Nimbus Health Cloud';

/** The speech-recognition company we acquired (fictional); its customers are our "new" key accounts. */
export const ACQUIRED_NAME = 'Larkspur Voice Systems';

/** The month the acquisition closed: acquired accounts are billed by us from then on. */
export const ACQUISITION_MONTH: Month = '2023-07';

/** The last day of the covered period: the day the snapshot fields (queue, survey) describe. */
export const AS_OF_DATE = '2024-12-31';

/**
 * The products of the cross-sell view. The cloud products go to accounts new to us (the acquired base); the
 * acquired company's speech and fraud tools go to our existing accounts — as in the template's scenario.
 */
export const PRODUCTS: readonly Product[] = [
  {
    id: 'cloud-platform',
    name: 'Nimbus Cloud Platform',
    nameDe: 'Nimbus Cloud-Plattform',
    maker: COMPANY_NAME,
    audience: 'new',
    description: 'The full cloud migration: hosting, backup and analytics for clinical and business systems.',
  },
  {
    id: 'teamspace',
    name: 'Nimbus Teamspace',
    nameDe: 'Nimbus Teamspace',
    maker: COMPANY_NAME,
    audience: 'new',
    description: 'Secure chat, video and shared documents for care teams.',
  },
  {
    id: 'relate',
    name: 'Nimbus Relate CRM',
    nameDe: 'Nimbus Relate CRM',
    maker: COMPANY_NAME,
    audience: 'new',
    description: 'Patient and referrer relationship management.',
  },
  {
    id: 'clinical-dictation',
    name: 'Larkspur Clinical Dictation',
    nameDe: 'Larkspur Klinisches Diktat',
    maker: ACQUIRED_NAME,
    audience: 'existing',
    description: 'Speech recognition that turns dictated notes into structured clinical documentation.',
  },
  {
    id: 'claims-guard',
    name: 'Larkspur Claims Guard',
    nameDe: 'Larkspur Claims Guard',
    maker: ACQUIRED_NAME,
    audience: 'existing',
    description: 'Voice biometrics and pattern checks that stop fraudulent claims and calls.',
  },
];

/**
 * MRR a product would add, as a share of the account's latest MRR, by segment. The full cloud migration of a
 * hospital system is the biggest prize: more than it pays today.
 */
const POTENTIAL_SHARE: Record<ProductId, Record<Segment, number>> = {
  'cloud-platform': { 'Hospital system': 1.5, Clinic: 0.8, Laboratory: 0.7, Insurer: 0.9 },
  teamspace: { 'Hospital system': 0.2, Clinic: 0.15, Laboratory: 0.1, Insurer: 0.15 },
  relate: { 'Hospital system': 0.2, Clinic: 0.3, Laboratory: 0.15, Insurer: 0.35 },
  'clinical-dictation': { 'Hospital system': 0.45, Clinic: 0.35, Laboratory: 0.15, Insurer: 0.1 },
  'claims-guard': { 'Hospital system': 0.1, Clinic: 0.05, Laboratory: 0.05, Insurer: 0.5 },
};

/** Smallest potential of a product for an active account, EUR per month. */
const MIN_POTENTIAL = 100;

/**
 * The MRR each product would bring an account, EUR per month (whole tens): its latest MRR × the product's
 * share for its segment, at least {@link MIN_POTENTIAL}; 0 for every product when it has churned.
 */
export function productPotential(account: Pick<Account, 'segment' | 'mrr' | 'churnedAt'>) {
  const latest = account.churnedAt === null ? (account.mrr[account.mrr.length - 1]?.mrr ?? 0) : 0;
  const potential = {} as Record<ProductId, number>;
  for (const product of PRODUCTS) {
    const share = POTENTIAL_SHARE[product.id][account.segment];
    potential[product.id] = latest > 0 ? Math.max(MIN_POTENTIAL, roundTo(latest * share, 10)) : 0;
  }
  return potential;
}

/**
 * Whether a product is offered to an account: only to active accounts, the cloud products (`audience: 'new'`)
 * to the acquired accounts, the acquired company's tools (`audience: 'existing'`) to our own accounts.
 *
 * @example
 * whitespace(demo.accounts, demo.products, demo.holdings, { eligible: offeredTo, potential: potentialOf });
 */
export function offeredTo(
  account: Pick<Account, 'origin' | 'churnedAt'>,
  product: Pick<Product, 'audience'>,
) {
  return (
    account.churnedAt === null && product.audience === (account.origin === 'acquired' ? 'new' : 'existing')
  );
}

/** The potential of a product for an account (for core's `whitespace`). */
export function potentialOf(
  account: Pick<Account, 'productPotential'>,
  product: Pick<Product, 'id'>,
): number {
  return account.productPotential[product.id];
}

/**
 * The products an active account owns or pilots. Acquired accounts own the dictation tool (insurers and some
 * others the fraud tool too); our own accounts own the cloud platform, some also Teamspace and Relate. The owned
 * products split the latest MRR (their MRRs add up to it, in whole tens, the first product taking the rest).
 * A few accounts pilot a product they are offered, free. The flagship owns dictation and pilots the cloud
 * platform: it has not committed to the full migration.
 */
export function buildHoldings(accounts: readonly Account[], rng: Random, flagshipId: string): Holding[] {
  const holdings: Holding[] = [];
  for (const account of accounts) {
    if (account.churnedAt !== null) continue;
    const latest = account.mrr[account.mrr.length - 1]?.mrr ?? 0;
    const owned: [ProductId, number][] = [];
    const pilots: ProductId[] = [];
    if (account.origin === 'acquired') {
      owned.push(['clinical-dictation', 1]);
      if (account.segment === 'Insurer' || rng.chance(0.25)) owned.push(['claims-guard', 0.3]);
      if (account.id === flagshipId) pilots.push('cloud-platform');
      else if (rng.chance(0.12)) pilots.push(rng.pick(['cloud-platform', 'teamspace', 'relate'] as const));
    } else {
      owned.push(['cloud-platform', 1]);
      if (rng.chance(0.5)) owned.push(['teamspace', 0.25]);
      if (rng.chance(0.35)) owned.push(['relate', 0.3]);
      if (rng.chance(0.12)) pilots.push(rng.pick(['clinical-dictation', 'claims-guard'] as const));
    }
    const weight = owned.reduce((s, [, w]) => s + w, 0);
    const parts = owned.map(([id, w]) => [id, roundTo((latest * w) / weight, 10)] as const);
    const rest = latest - parts.slice(1).reduce((s, [, m]) => s + m, 0);
    parts.forEach(([productId, mrr], k) => {
      holdings.push({ accountId: account.id, productId, status: 'owned', mrr: k === 0 ? rest : mrr });
    });
    for (const productId of pilots)
      holdings.push({ accountId: account.id, productId, status: 'pilot', mrr: 0 });
  }
  const order = new Map(PRODUCTS.map((p, i) => [p.id, i]));
  return holdings.sort(
    (a, b) =>
      a.accountId.localeCompare(b.accountId) ||
      (order.get(a.productId) as number) - (order.get(b.productId) as number),
  );
}

/**
 * MRR still to win per account: the sum of its rows in core's `whitespace` (whitespace in full, pilots less what
 * they pay), over the products it is offered.
 */
export function mrrToWin(accounts: readonly Account[], holdings: readonly Holding[]): Map<string, number> {
  const result = whitespace(accounts, PRODUCTS, holdings, { eligible: offeredTo, potential: potentialOf });
  const toWin = new Map<string, number>(accounts.map((a) => [a.id, 0]));
  for (const row of result.rows) {
    toWin.set(row.accountId as string, (toWin.get(row.accountId as string) ?? 0) + (row.potential ?? 0));
  }
  return toWin;
}

/** Revenue-growth range of the growth rating: −20 % or less → 1, +50 % or more → 10. */
export const GROWTH_RANGE: readonly [number, number] = [-0.2, 0.5];
/**
 * MRR-to-win range of the growth rating, EUR per month: 0 → 1, 8,000 or more → 10 (about the top fifth of the
 * accounts; a range up to the largest account would squeeze everyone else into ratings 1–2).
 */
export const POTENTIAL_RANGE: readonly [number, number] = [0, 8000];

/**
 * The demo's growth axis, computed by core's `growthRating` from two revenue measures, each on its own range and
 * rounded to whole ratings 1–10: revenue growth ({@link GROWTH_RANGE}) and MRR still to win
 * ({@link POTENTIAL_RANGE}). An unknown growth rate gives `null`.
 */
export function growthRatings(
  accounts: readonly Pick<Account, 'id' | 'revenueGrowthRate' | 'mrrToWin'>[],
): Map<string, { revenueGrowth: number | null; revenuePotential: number }> {
  const growth = growthRating(accounts, {
    measures: [{ key: 'revenueGrowth', value: 'revenueGrowthRate', range: GROWTH_RANGE }],
    step: 1,
  });
  const potential = growthRating(accounts, {
    measures: [{ key: 'revenuePotential', value: 'mrrToWin', range: POTENTIAL_RANGE }],
    step: 1,
  });
  const byId = new Map<string, { revenueGrowth: number | null; revenuePotential: number }>();
  for (const row of potential.rows)
    byId.set(row.id as string, { revenueGrowth: null, revenuePotential: row.rating });
  for (const row of growth.rows) {
    const entry = byId.get(row.id as string);
    if (entry) entry.revenueGrowth = row.rating;
  }
  return byId;
}

/**
 * Revenue growth of an account as its MRR growth from December 2023 to December 2024 (core's `revenueGrowth`):
 * month against month, so accounts billed only from the acquisition (July 2023) are not flattered by a half year.
 */
export function revenueGrowthRate(account: Pick<Account, 'mrr'>): number | null {
  const dec23 = account.mrr.find((p) => p.month === '2023-12');
  const dec24 = account.mrr.find((p) => p.month === '2024-12');
  if (!dec23 || dec23.plan === null) return null; // not a customer in December 2023: nothing to grow from
  if (!dec24 || dec24.plan === null) return -1; // churned during 2024: all of it lost
  return revenueGrowth(dec23.mrr, dec24.mrr);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The date `days` days before {@link AS_OF_DATE}, `'YYYY-MM-DD'` (plain calendar arithmetic, no clock).
 *
 * @example
 * daysBefore(31); // '2024-11-30'
 */
export function daysBefore(days: number): string {
  let [year, month, day] = AS_OF_DATE.split('-').map(Number) as [number, number, number];
  for (let left = days; left > 0; left--) {
    day--;
    if (day === 0) {
      month--;
      if (month === 0) {
        month = 12;
        year--;
      }
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      day = (DAYS_IN_MONTH[month - 1] as number) + (month === 2 && leap ? 1 : 0);
    }
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The onboarding survey's questions, in the order of the process. */
export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = [
  {
    key: 'plan-clarity',
    label: 'How clear is the onboarding plan?',
    labelDe: 'Wie klar ist der Onboarding-Plan?',
    stages: ['Kick-off'],
  },
  {
    key: 'data-migration',
    label: 'How smoothly did your data migrate?',
    labelDe: 'Wie reibungslos verlief die Datenmigration?',
    stages: ['Integration'],
  },
  {
    key: 'clinical-integration',
    label: 'How well does it fit into your clinical systems?',
    labelDe: 'Wie gut fügt es sich in Ihre klinischen Systeme ein?',
    stages: ['Integration', 'Live'],
  },
  {
    key: 'training',
    label: 'How useful was the training?',
    labelDe: 'Wie hilfreich waren die Schulungen?',
    stages: ['Training'],
  },
  {
    key: 'support',
    label: 'How quickly does support help you?',
    labelDe: 'Wie schnell hilft Ihnen der Support?',
    stages: ['Kick-off', 'Integration', 'Training', 'Live'],
  },
  {
    key: 'overall',
    label: 'How satisfied are you overall?',
    labelDe: 'Wie zufrieden sind Sie insgesamt?',
    stages: ['Live'],
  },
];

const SURVEY_STAGES: readonly SurveyStage[] = ['Kick-off', 'Integration', 'Training', 'Live'];

/** Mean score (0–10) of each question at each stage: data migration is where onboarding hurts. */
const SURVEY_MEAN: Record<SurveyQuestionKey, Partial<Record<SurveyStage, number>>> = {
  'plan-clarity': { 'Kick-off': 8.1 },
  'data-migration': { Integration: 4.9 },
  'clinical-integration': { Integration: 5.8, Live: 6.9 },
  training: { Training: 7.6 },
  support: { 'Kick-off': 8, Integration: 6.4, Training: 7.3, Live: 7.7 },
  overall: { Live: 7.3 },
};

/**
 * The onboarding survey: every account onboarded in the covered period (acquired accounts moving to our
 * platform, and our own accounts won since 2023) has 2–3 respondents, who answer each question of every stage
 * the account has reached; about 6 % of the questions are skipped (`null`). Accounts in the at-risk queue
 * score lower.
 */
export function buildSurvey(accounts: readonly Account[], rng: Random): SurveyAnswer[] {
  const answers: SurveyAnswer[] = [];
  for (const account of accounts) {
    const onboarded = account.origin === 'acquired' || account.customerSince >= '2023-01';
    if (!onboarded || account.onboardingStage === 'Contract signed') continue;
    const reached = SURVEY_STAGES.slice(0, SURVEY_STAGES.indexOf(account.onboardingStage as SurveyStage) + 1);
    const mood = rng.normal(0, 0.9) - (account.daysInQueue > 0 ? 1.5 : 0);
    const respondents = rng.int(2, 3);
    for (let r = 1; r <= respondents; r++) {
      for (const stage of reached) {
        for (const question of SURVEY_QUESTIONS) {
          const mean = SURVEY_MEAN[question.key][stage];
          if (mean === undefined) continue;
          const skipped = rng.chance(0.06);
          const value = clamp(Math.round(mean + mood + rng.normal(0, 1.2)), 0, 10);
          answers.push({
            accountId: account.id,
            respondent: `${account.id}/${r}`,
            stage,
            question: question.key,
            score: skipped ? null : value,
          });
        }
      }
    }
  }
  return answers;
}
