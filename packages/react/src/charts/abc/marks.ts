import type { AbcResult, AbcRow, AbcTier } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { CurvePoint } from '../../primitives/curve';
import { curveAreaPath, curvePath, downsampleCurve } from '../../primitives/curve';
import type { AbcBand, AbcScales, AbcThresholdLine } from './types';

/** Dots on the curve are drawn while there are at most this many accounts. */
const MAX_DOTS = 40;

/** A run of accounts of one tier in rank order, `[start, end)`. */
export interface TierRun {
  tier: AbcTier;
  start: number;
  end: number;
}

/** Runs of equal tier in rank order (core's tiers are monotone, so at most one run per tier). */
export function tierRuns<T>(rows: readonly AbcRow<T>[]): TierRun[] {
  const runs: TierRun[] = [];
  rows.forEach((row, i) => {
    const last = runs[runs.length - 1];
    if (last && last.tier === row.tier) last.end = i + 1;
    else runs.push({ tier: row.tier, start: i, end: i + 1 });
  });
  return runs;
}

/**
 * Stage 2: the cumulative curve ((0, 0), then (k/n, cumulative share of the k largest)), downsampled to the
 * plot's width but keeping every tier boundary, so bands meet exactly; one band per tier run (the area under
 * the curve across it, labels set in stage 3); one dot per account while there are at most 40.
 */
export function abcMarks<T>(result: AbcResult<T>, runs: readonly TierRun[], scales: AbcScales) {
  const { x, y, plot } = scales;
  const rows = result.rows;
  const n = rows.length;
  const shares: CurvePoint[] = new Array(n + 1);
  shares[0] = { x: 0, y: 0 };
  for (let i = 0; i < n; i++) shares[i + 1] = { x: (i + 1) / n, y: (rows[i] as AbcRow<T>).cumulativeShare };
  const kept =
    n > 0
      ? downsampleCurve(
          shares,
          plot.x1 - plot.x0,
          runs.map((run) => run.end),
        )
      : [];
  const toPixel = (i: number): CurvePoint => {
    const p = shares[i] as CurvePoint;
    return { x: x(p.x), y: y(p.y) };
  };
  const curve = kept.map(toPixel);
  const bands: AbcBand[] = runs.map((run) => ({
    tier: run.tier,
    summary: result.summary[run.tier],
    rankStart: run.start + 1,
    rankEnd: run.end,
    x0: x(run.start / n),
    x1: x(run.end / n),
    cumulativeShare: (rows[run.end - 1] as AbcRow<T>).cumulativeShare,
    areaPath: curveAreaPath(kept.filter((i) => i >= run.start && i <= run.end).map(toPixel), plot.y1),
    label: '',
  }));
  const dots =
    n <= MAX_DOTS
      ? rows.map((row, i) => ({ ...toPixel(i + 1), tier: row.tier, rank: row.rank, id: row.id }))
      : [];
  return { curve, linePath: curvePath(curve), bands, dots, pointAt: toPixel };
}

/**
 * Stage 2b: the fixed thresholds as dashed lines (horizontal for basis value, vertical for basis count; none
 * for computed limits, a threshold at 0 or 1, or no accounts). Labels of close thresholds are nudged apart:
 * 13 px upwards for horizontal lines, 30 px rightwards for vertical ones.
 */
export function abcThresholds<T>(
  result: AbcResult<T>,
  scales: AbcScales,
  format: Formatters,
): AbcThresholdLine[] {
  const lines: AbcThresholdLine[] = [];
  if (result.rows.length === 0 || result.method !== 'fixed' || !result.thresholds || !result.basis)
    return lines;
  const horizontal = result.basis === 'value';
  let previous = Number.NaN;
  for (const share of Array.from(new Set(result.thresholds)).filter((t) => t > 0 && t < 1)) {
    const position = horizontal ? scales.y(share) : scales.x(share);
    const labelPosition = Number.isNaN(previous)
      ? position
      : horizontal
        ? Math.min(position, previous - 13)
        : Math.max(position, previous + 30);
    previous = labelPosition;
    lines.push({
      orientation: horizontal ? 'horizontal' : 'vertical',
      position,
      labelPosition,
      share,
      label: format.percent(share),
    });
  }
  return lines;
}
