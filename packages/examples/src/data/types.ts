/**
 * Domain types of the examples app's demo data set: key accounts (with three years of revenue and a monthly
 * MRR series) and the stakeholder map of one flagship account.
 *
 * Conventions used throughout:
 * - Money is in euros (EUR), as plain numbers without thousands separators.
 * - `null` means "not known" or "not applicable", as stated on each field; `0` is a real zero.
 * - Snapshot fields (scores, queue, churn signals) describe the account as of {@link DemoData.asOf}.
 */

/** The three years the demo covers. */
export type Year = '2022' | '2023' | '2024';

/** A calendar month as `'YYYY-MM'`, e.g. `'2024-03'`. */
export type Month = `${number}-${string}`;

/** Subscription plan, from the smallest to the largest. `'Premium'` is the upsell target. */
export type Plan = 'Basic' | 'Standard' | 'Premium';

/** Kind of healthcare organisation. */
export type Segment = 'Hospital system' | 'Clinic' | 'Laboratory' | 'Insurer';

/** Sales region (groups of countries). */
export type Region =
  | 'DACH'
  | 'Benelux & France'
  | 'Nordics'
  | 'UK & Ireland'
  | 'Southern Europe'
  | 'North America';

/** Onboarding stages in order; an account that finished onboarding is `'Live'`. */
export type OnboardingStage = 'Contract signed' | 'Kick-off' | 'Integration' | 'Training' | 'Live';

/** One month of the MRR series of an {@link Account}. */
export interface MrrPoint {
  /** The month, `'YYYY-MM'`. */
  month: Month;
  /** The plan billed in that month; `null` when the organisation was not a customer in that month. */
  plan: Plan | null;
  /** Monthly recurring revenue billed in that month, EUR. `0` when `plan` is `null` (or during a free pilot). */
  mrr: number;
}

/**
 * Growth criteria of the scoring matrix ("Wachstum"), each rated 1–10 (10 = best). As on the slide template,
 * growth is based on revenue: the demo's growth axis uses `revenueGrowth` and `revenuePotential`, both computed
 * from revenue measures by core's `growthRating` (see `scenario.ts`); the weights live in `criteria.ts`.
 */
export interface GrowthScores {
  /**
   * Revenue growth 2023 → 2024 on 1–10 ("Umsatzwachstum"): core's `growthRating` over
   * {@link Account.revenueGrowthRate} with the range −20 % (1) to +50 % (10), whole ratings. `null` when the
   * rate is unknown (not a customer in December 2023). Optional only so that records built by hand (stories,
   * imports) without it still type-check; the generated demo always sets it.
   */
  revenueGrowth?: number | null;
  /**
   * Revenue potential still to win ("Umsatzpotenzial"), 1–10: core's `growthRating` over
   * {@link Account.mrrToWin}, from the smallest (1) to the largest (10) amount among the accounts, whole ratings.
   */
  revenuePotential: number;
  /** Expected growth of the account's IT budget ("Budgetwachstum"), 1–10, rated by hand; a column of the import template, not used by the demo's growth axis. */
  budgetGrowth: number;
  /** The account's position in its own market ("Marktposition"), 1–10, rated by hand; a column of the import template, not used by the demo's growth axis. */
  marketPosition: number;
}

/**
 * Harmony criteria of the scoring matrix ("Harmonie"): a qualitative fit with our company, each scored 1–10
 * (10 = perfect fit).
 */
export interface HarmonyScores {
  /** Strategic fit with our offering ("Strategische Passung"), 1–10. */
  strategicFit: number;
  /** Cultural fit: ways of working, decision style ("Kultur"), 1–10. */
  culture: number;
  /** Shared vision, e.g. on digital health and the cloud ("Vision"), 1–10. */
  vision: number;
  /** Alignment of the account's overall strategy with ours ("Strategie"), 1–10. */
  strategy: number;
}

/** Early-warning signals of churn, measured over the 90 days before {@link DemoData.asOf}. */
export interface ChurnSignals {
  /** Drop in product usage against the previous 90 days, in percent (0–100); `0` when usage held or grew. */
  usageDropPct: number;
  /** Number of support tickets opened in the last 90 days (count). */
  supportTickets: number;
  /** Average delay of invoice payments beyond the due date, in days; `0` when paid on time. */
  paymentDelayDays: number;
}

/**
 * Where a customer relationship comes from: `'own'` — our own customer base; `'acquired'` — a customer of
 * Larkspur Voice Systems, the speech-recognition company we acquired (billed by us since the acquisition
 * closed in July 2023, `DemoData.company.acquired.closedAt`). Acquired accounts are the "new" key accounts of
 * the scenario: their MRR series and `customerSince` start with our first bill.
 */
export type Origin = 'own' | 'acquired';

/** A key account: a fictional healthcare organisation that is, was or is becoming a customer. */
export interface Account {
  /** Unique id, `'acc-001'` … `'acc-150'`. */
  id: string;
  /** Our own customer or one that came with the acquisition. */
  origin: Origin;
  /** Display name of the organisation (fictional). May be long and contain non-ASCII letters. */
  name: string;
  /** Kind of organisation. */
  segment: Segment;
  /** Sales region, derived from {@link Account.country}. */
  region: Region;
  /** Country, ISO 3166-1 alpha-2 code (e.g. `'DE'`, `'US'`). */
  country: string;
  /** The key account manager who owns the account (fictional). */
  owner: string;
  /**
   * Current plan: the plan of the latest month the organisation was a customer (for a churned account, the plan
   * it left on).
   */
  plan: Plan;
  /** First month billed (`'YYYY-MM'`); may lie before the MRR series starts. */
  customerSince: Month;
  /** First month no longer a customer (`'YYYY-MM'`), or `null` while still a customer. */
  churnedAt: Month | null;
  /**
   * Revenue per calendar year, EUR. Equals the sum of that year's {@link Account.mrr} (the demo has subscription
   * revenue only). `null` means "not a customer at any time that year"; `0` means a customer that paid nothing
   * (e.g. a free pilot year).
   */
  revenue: Record<Year, number | null>;
  /**
   * Monthly recurring revenue for every month from 2022-01 to 2024-12 (36 points, ascending), including the
   * months when the organisation was not a customer (`plan: null`, `mrr: 0`). A change of `plan` between two
   * months is an upgrade or a downgrade.
   */
  mrr: MrrPoint[];
  /** Where the account stands in onboarding. */
  onboardingStage: OnboardingStage;
  /** Latest satisfaction survey score, 0–10 (integer, 10 = very satisfied); `null` when no survey was returned. */
  satisfaction: number | null;
  /** Engagement score, 0–100 (logins, feature use, meeting attendance; 100 = highly engaged). */
  engagement: number;
  /**
   * Days the account has been in the at-risk queue ("Gefährdet"), in days; `0` when it is not in the queue.
   * Churned accounts are no longer in the queue. Every account with days > 0 is in the queue, whatever its
   * churn signals say (core's `churnRisk` never drops a flagged account).
   */
  daysInQueue: number;
  /**
   * The day the account was put in the queue, `'YYYY-MM-DD'`: {@link DemoData.asOfDate} minus
   * {@link Account.daysInQueue} days; `null` when it is not in the queue.
   */
  flaggedAt: string | null;
  /** Cost to serve the account in 2024 (support, success, infrastructure), EUR per year; `null` when not a customer in 2024. */
  costToServe: number | null;
  /** Net price realised, in percent of the list price (0–100; 100 = no discount). */
  netPricePct: number;
  /** Contribution margin 2024: `revenue['2024'] - costToServe`, EUR (may be negative); `null` when not a customer in 2024. */
  contributionMargin: number | null;
  /**
   * Revenue growth 2023 → 2024 as a fraction (core's `revenueGrowth`: 0.25 = +25 %); `null` without revenue in
   * 2023 (nothing to grow from) or in 2024.
   */
  revenueGrowthRate: number | null;
  /**
   * MRR still to win, EUR per month: the potential of every product offered to the account that it does not own
   * yet (whitespace in full, pilots less what they already pay) — the sum of its rows in core's `whitespace`.
   * `0` for a churned account.
   */
  mrrToWin: number;
  /** The MRR each product would bring the account if it bought it, EUR per month (whole tens). */
  productPotential: Record<ProductId, number>;
  /** Growth criteria of the scoring matrix, 1–10 each. */
  growth: GrowthScores;
  /** Harmony criteria of the scoring matrix, 1–10 each. */
  harmony: HarmonyScores;
  /** Early-warning churn signals. */
  churnSignals: ChurnSignals;
}

/** A stakeholder's power over the buying decision. */
export type DecisionPower = 'high' | 'medium' | 'low';

/** A stakeholder's attitude towards us and our proposal. */
export type Attitude = 'positive' | 'neutral' | 'negative';

/**
 * A person in a stakeholder map ("Abteilungskarte"). People form a forest through `parentId`: one tree per
 * organisation (the customer's hierarchy and, separately, an external consultancy).
 */
export interface Person {
  /** Unique id within the map, e.g. `'p-evp'`. */
  id: string;
  /** Full name (fictional). */
  name: string;
  /** Job title. */
  title: string;
  /** Organisation the person works for (the account's name, or an outside firm). */
  organisation: string;
  /** Department within the organisation, e.g. `'IT'`, `'Finance'`. */
  department: string;
  /** Id of the person they report to; `null` at the top of their organisation. */
  parentId: string | null;
  /** Id of a second (dotted-line) manager, when the person has two reporting lines. */
  secondaryParentId?: string;
  /** Power over the buying decision. */
  decisionPower: DecisionPower;
  /** Attitude towards us and our proposal. */
  attitude: Attitude;
  /**
   * Strength of our relationship with the person, on a 1–5 scale: 1 = no real contact, 2 = met,
   * 3 = working relationship, 4 = good, 5 = trusted.
   */
  relationshipStrength: number;
  /** `true` for the key account manager's key contacts (marked "0" on the slide). */
  keyContact: boolean;
  /** Free-text note for the account plan. */
  note?: string;
}

/** Non-hierarchical influence between two people (a dotted line on the stakeholder map). */
export interface Influence {
  /** Id of the person who exerts the influence. */
  from: string;
  /** Id of the person who is influenced. */
  to: string;
  /** Whether the influence works for us (`'positive'`) or against us (`'negative'`); unknown when omitted. */
  kind?: 'positive' | 'negative';
  /** Free-text explanation. */
  note?: string;
}

/** The stakeholder map of one account. */
export interface StakeholderMap {
  /** Id of the {@link Account} the map belongs to. */
  accountId: string;
  /** Everyone on the map, the customer's staff and outside advisers. */
  people: Person[];
  /** Dotted-line influences outside the reporting lines. */
  influences: Influence[];
}

/** The products of the scenario, ours and those that came with the acquisition. */
export type ProductId = 'cloud-platform' | 'teamspace' | 'relate' | 'clinical-dictation' | 'claims-guard';

/**
 * A product for the cross-sell (whitespace) view. As in the template's scenario, the cloud products are sold to
 * the accounts that are new to us (`audience: 'new'`, the acquired base) and the acquired company's speech and
 * fraud tools to our existing accounts (`audience: 'existing'`).
 */
export interface Product {
  id: ProductId;
  /** English name (fictional). */
  name: string;
  /** German name. */
  nameDe: string;
  /** Who makes it: `'Nimbus Health Cloud'` (us) or `'Larkspur Voice Systems'` (acquired). */
  maker: string;
  /** Offered to accounts new to us (`'new'`, origin acquired) or to our existing accounts (`'existing'`). */
  audience: 'new' | 'existing';
  /** One sentence on what it does. */
  description: string;
}

/** An account's product: bought (`'owned'`) or tried in a pilot (`'pilot'`, free). */
export interface Holding {
  accountId: string;
  productId: ProductId;
  status: 'owned' | 'pilot';
  /**
   * MRR paid for the product in the latest month, EUR. The owned products of an account split its latest MRR
   * (they add up to it); a pilot pays 0.
   */
  mrr: number;
}

/** Onboarding stages at which customers are surveyed (after the contract is signed). */
export type SurveyStage = Exclude<OnboardingStage, 'Contract signed'>;

/** Keys of the onboarding survey's questions. */
export type SurveyQuestionKey =
  | 'plan-clarity'
  | 'data-migration'
  | 'clinical-integration'
  | 'training'
  | 'support'
  | 'overall';

/** One question of the onboarding survey. */
export interface SurveyQuestion {
  key: SurveyQuestionKey;
  /** English wording. */
  label: string;
  /** German wording. */
  labelDe: string;
  /** The stages at which it is asked, in process order. */
  stages: SurveyStage[];
}

/** One answer of the onboarding survey: a respondent's score for one question at one stage. */
export interface SurveyAnswer {
  accountId: string;
  /** The person answering, e.g. `'acc-012/2'` (unique per account). */
  respondent: string;
  stage: SurveyStage;
  question: SurveyQuestionKey;
  /** Satisfaction 0–10 (10 = very satisfied); `null` when the question was skipped. */
  score: number | null;
}

/** One criterion of the scoring matrix and its weight. */
export interface Criterion<K extends string> {
  /** Field name in {@link GrowthScores} or {@link HarmonyScores}. */
  key: K;
  /** How the rating is obtained: `'computed'` from revenue measures (core's `growthRating`) or `'rated'` by hand. */
  source: 'computed' | 'rated';
  /** English label. */
  label: string;
  /** German label, as on the slide template. */
  labelDe: string;
  /** Weight within its group; the weights of a group sum to 1. */
  weight: number;
}

/** The whole demo data set, as returned by `generateDemoData`. */
export interface DemoData {
  /** The seed the data was generated from. */
  seed: number;
  /** The month the snapshot fields describe, `'YYYY-MM'` (the end of the covered period). */
  asOf: Month;
  /** The day the snapshot fields describe, `'YYYY-MM-DD'` (the last day of {@link DemoData.asOf}). */
  asOfDate: string;
  /** Who we are and what we bought: the scenario's fictional companies. */
  company: {
    /** Our company, a healthcare-cloud provider. */
    name: string;
    /** The company we acquired and the month the acquisition closed. */
    acquired: { name: string; closedAt: Month };
  };
  /** The covered years, ascending. */
  years: Year[];
  /** The months of every {@link Account.mrr} series, ascending. */
  months: Month[];
  /** All accounts, ordered by id. The flagship is `'acc-001'`. */
  accounts: Account[];
  /** Id of the flagship account that has a stakeholder map. */
  flagshipId: string;
  /** The flagship account's stakeholder map. */
  stakeholders: StakeholderMap;
  /** The products of the cross-sell view, ours first. */
  products: Product[];
  /** Every product every active account owns or pilots, by account id, then product order. */
  holdings: Holding[];
  /** The onboarding survey: its questions and every answer. */
  survey: { questions: SurveyQuestion[]; answers: SurveyAnswer[] };
  /** Criteria and weights of the scoring matrix. */
  criteria: {
    /** Growth criteria ("Wachstum"): computed from revenue. */
    growth: Criterion<'revenueGrowth' | 'revenuePotential'>[];
    /** Harmony criteria ("Harmonie"). */
    harmony: Criterion<keyof HarmonyScores>[];
  };
}
