import type { Account } from '../data';

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
