import type { WhaleCurveResult, WhaleCurveRow } from '@kamkit/core';
import type { CurvePoint } from '../../primitives/curve';
import { curveAreaPath, curvePath, downsampleCurve, splitColumns } from '../../primitives/curve';
import { linearScale } from '../../primitives/linearScale';
import { round } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import type { WhaleBars, WhaleScales } from './types';

/** The peak row when some account makes a profit (the curve rises to it and falls or stays flat after it). */
export function peakRow<T>(result: WhaleCurveResult<T>): WhaleCurveRow<T> | null {
  return result.peak !== null && result.peak.cumulative > 0 ? result.peak : null;
}

/**
 * Stage 2a: the curve (origin, then one point per account, in pixels), downsampled to the plot's width and
 * always keeping the peak, and split there into the profitable part and the part after the peak, each as a
 * line and an area down to the zero line. `kept` are the indices of the drawn points in the full curve
 * (point 0 is the origin, point r is after the r-th account).
 */
export function whaleCurveMarks<T>(
  result: WhaleCurveResult<T>,
  scales: WhaleScales,
  levelOf: (row: WhaleCurveRow<T>) => number,
) {
  const { x, y, plot } = scales;
  const rows = result.rows;
  const n = rows.length;
  const peak = peakRow(result);
  const peakIndex = peak ? peak.rank : 0;
  const full: CurvePoint[] = new Array(n + 1);
  full[0] = { x: 0, y: 0 };
  for (let r = 0; r < n; r++) {
    const row = rows[r] as WhaleCurveRow<T>;
    full[r + 1] = { x: row.rankShare, y: levelOf(row) };
  }
  const kept = n > 0 ? downsampleCurve(full, plot.x1 - plot.x0, [peakIndex]) : [];
  const toPixel = (i: number): CurvePoint => {
    const p = full[i] as CurvePoint;
    return { x: x(p.x), y: y(p.y) };
  };
  const curve = kept.map(toPixel);
  const baseline = y(0);
  const profit = kept.filter((i) => i <= peakIndex).map(toPixel);
  const loss = kept.filter((i) => i >= peakIndex).map(toPixel);
  return {
    curve,
    kept,
    peakIndex,
    profitLinePath: profit.length > 1 ? curvePath(profit) : '',
    profitAreaPath: profit.length > 1 ? curveAreaPath(profit, baseline) : '',
    lossLinePath: loss.length > 1 ? curvePath(loss) : '',
    lossAreaPath: loss.length > 1 ? curveAreaPath(loss, baseline) : '',
  };
}

/**
 * Stage 2b: the groups the explorer and the bars visit — one account each while every account gets a pixel
 * column, else runs of adjacent accounts (about one per column); no run mixes accounts before and after the
 * peak.
 */
export function whaleGroups(n: number, peakIndex: number, plotWidth: number) {
  const columns = Math.max(1, Math.floor(plotWidth));
  const binned = n > columns;
  const groups: [number, number][] = binned
    ? splitColumns([peakIndex, n - peakIndex], columns)
    : Array.from({ length: n }, (_, i) => [i, i + 1]);
  return { groups, binned };
}

/**
 * Stage 2c: each group's summed profit as a bar in the strip under the curve (its scale spans the largest loss
 * to the largest profit, zero included; [−1, 1] when every sum is zero). Bars are separated by a gap (20 % of
 * the step, at most 6 px) when each account gets more than 4 px. Bars above and below zero are one path each,
 * so the DOM stays small; the strip's axis names its maximum, zero and minimum (an end less than 12 px from
 * zero is left out, so tick labels never overlap).
 */
export function whaleBars<T>(
  result: WhaleCurveResult<T>,
  scales: WhaleScales,
  groups: readonly [number, number][],
  binned: boolean,
): WhaleBars {
  const { x, plot, tick, stripHeight } = scales;
  const rows = result.rows;
  const n = rows.length;
  const sums = groups.map(([a, b]) => {
    let sum = 0;
    for (let i = a; i < b; i++) sum += (rows[i] as WhaleCurveRow<T>).profit;
    return sum;
  });
  const minProfit = Math.min(0, ...sums);
  const maxProfit = Math.max(0, ...sums);
  const y0 = plot.y1 - stripHeight;
  const yBar = linearScale(minProfit === 0 && maxProfit === 0 ? [-1, 1] : [minProfit, maxProfit], [
    plot.y1 - 1,
    y0,
  ]);
  const zero = round(yBar(0));
  const step = (plot.x1 - plot.x0) / n;
  const gap = !binned && step > 4 ? Math.min(step * 0.2, 6) : 0;
  let positivePath = '';
  let negativePath = '';
  groups.forEach(([a, b], k) => {
    const sum = sums[k] as number;
    if (sum === 0) return;
    const x0 = round(x(a / n) + gap / 2);
    const x1 = round(Math.max(x0 + 0.5, x(b / n) - gap / 2));
    const d = `M${x0},${zero}V${round(yBar(sum))}H${x1}V${zero}Z`;
    if (sum > 0) positivePath += d;
    else negativePath += d;
  });
  // A tick closer than a line of text (12 px) to zero would overlap its label: zero alone names that end.
  const ticks: Tick[] = [{ position: zero, label: tick(0) }];
  if (maxProfit > 0 && zero - yBar(maxProfit) >= 12)
    ticks.unshift({ position: yBar(maxProfit), label: tick(maxProfit) });
  if (minProfit < 0 && yBar(minProfit) - zero >= 12)
    ticks.push({ position: yBar(minProfit), label: tick(minProfit) });
  return { y0, y1: plot.y1, y: yBar, positivePath, negativePath, ticks, grouped: binned };
}
