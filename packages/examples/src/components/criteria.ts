import type { Criterion } from '@kamkit/react';
import { demo } from '../data/demo';
import type { WorkspaceAccount } from '../workspace';

/** Criterion weights in percent points, by criterion key. */
export type Weights = Record<string, number>;

/** One criterion of the scoring: its key, the demo's label, the axis and how to read it from an account. */
export interface CriterionSpec {
  key: string;
  label: string;
  /** German label (the demo's `labelDe` when it has one, else the English label). */
  labelDe: string;
  axis: 'growth' | 'harmony';
  read: (account: WorkspaceAccount) => number | null;
}

/**
 * The template's criteria: growth potential (computed from revenue measures in the demo data by core's
 * `growthRating`: revenue growth and revenue potential) and harmony (strategic fit, culture, vision, strategy).
 */
export const criterionSpecs: readonly CriterionSpec[] = [
  ...demo.criteria.growth.map((c) => ({
    key: c.key,
    label: c.label,
    labelDe: c.labelDe,
    axis: 'growth' as const,
    // An imported file has no computed revenue growth: that criterion is then missing and the axis renormalises.
    read: (a: WorkspaceAccount) => (a.growth as Partial<Record<string, number | null>>)[c.key] ?? null,
  })),
  ...demo.criteria.harmony.map((c) => ({
    key: c.key,
    label: c.label,
    labelDe: c.labelDe,
    axis: 'harmony' as const,
    read: (a: WorkspaceAccount) => (a.harmony as Partial<Record<string, number | null>>)[c.key] ?? null,
  })),
];

/** The demo's weights, in percent points. */
export const defaultWeights: Weights = Object.fromEntries(
  [...demo.criteria.growth, ...demo.criteria.harmony].map((c) => [c.key, Math.round(c.weight * 100)]),
);

/** The criteria for core's `score` and the scoring charts, with the given weights and the locale's labels. */
export function buildCriteria(weights: Weights, locale: string): Criterion<WorkspaceAccount>[] {
  const german = locale.startsWith('de');
  return criterionSpecs.map((s) => ({
    key: s.key,
    label: german ? s.labelDe : s.label,
    axis: s.axis,
    weight: weights[s.key] ?? 0,
    value: s.read,
  }));
}

/** Whether both axes have a criterion with a weight above zero (else `score` cannot place the accounts). */
export function axesScorable(weights: Weights): boolean {
  return (['growth', 'harmony'] as const).every((axis) =>
    criterionSpecs.some((s) => s.axis === axis && (weights[s.key] ?? 0) > 0),
  );
}

/**
 * The accounts the scoring ranks: those still with us (`churnedAt` empty; an imported account without a churn
 * month counts as active). A churned account has nothing left to win and no relationship left to weigh, so the
 * Prioritisation page and the Scenario both score only these (136 of the demo's 150 accounts). Analyses that
 * look back at a year's cost and revenue (profit matrix, whale curve) keep every account that was a customer in it.
 */
export function activeAccounts<A extends { churnedAt: string | null }>(accounts: readonly A[]): A[] {
  return accounts.filter((a) => a.churnedAt === null);
}
