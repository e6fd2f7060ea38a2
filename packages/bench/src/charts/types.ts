import type { Account, DashboardAccount } from '../data';

/** What every benchmarked Pareto chart takes: the same accounts and the same size. */
export interface ParetoProps {
  data: readonly Account[];
  width: number;
  height: number;
}

/** The vital-few cutoff drawn by every chart: 80 % of revenue. */
export const CUTOFF = 0.8;

/** Chart size in every benchmark. */
export const WIDTH = 640;
export const HEIGHT = 360;

/** Rows sorted by revenue descending with the cumulative share in percent: what a team computes by hand. */
export interface CumulativeRow {
  id: string;
  name: string;
  revenue: number;
  cumulative: number;
}

/** What both benchmarked dashboards take: the same key accounts and the same width. */
export interface DashboardProps {
  data: readonly DashboardAccount[];
  width: number;
}

/** Dashboard width in every benchmark: KaDashboard's default, three columns. */
export const DASHBOARD_WIDTH = 1200;

/** The endangered accounts listed by both dashboards (KaDashboard's default `limit`). */
export const RISK_TOP = 10;

/**
 * Endangerment signals of both dashboards (core's `churnRisk` semantics): each maps linearly onto 0–100 risk
 * over its scale, reversed where a higher value is healthier; the risk is their weighted mean, high from 66.
 */
export const RISK_SIGNALS = [
  { key: 'engagement', value: 'engagement', weight: 2, scale: [0, 100], higherIsRiskier: false },
  { key: 'satisfaction', value: 'satisfaction', weight: 1, scale: [0, 10], higherIsRiskier: false },
  { key: 'usageDrop', value: 'usageDropPct', weight: 1, scale: [0, 100], higherIsRiskier: true },
] as const satisfies readonly {
  key: string;
  value: keyof DashboardAccount;
  weight: number;
  scale: readonly [number, number];
  higherIsRiskier: boolean;
}[];
/** Risk from which an account is at high risk (and counted as at risk). */
export const HIGH_RISK = 66;
export const MEDIUM_RISK = 33;

/** What both benchmarked scoring scatters take: the same scored accounts and the same size. */
export interface ScatterProps {
  data: readonly import('../data').ScoringAccount[];
  width: number;
  height: number;
}

/**
 * The scoring criteria of both scatters, scale 1–10: growth = (2·potential + budget) / 3, harmony =
 * (fit + trust) / 2, each mapped onto 0–100 (core's `score` with these weights and scales).
 */
export const SCORING_CRITERIA = [
  { key: 'potential', value: 'potential', axis: 'growth', weight: 2, scale: [1, 10] },
  { key: 'budget', value: 'budget', axis: 'growth', weight: 1, scale: [1, 10] },
  { key: 'fit', value: 'fit', axis: 'harmony', weight: 1, scale: [1, 10] },
  { key: 'trust', value: 'trust', axis: 'harmony', weight: 1, scale: [1, 10] },
] as const;
