import type { ParetoColumns } from '@kamkit/core';
import { polylinePath } from '../../primitives/polylinePath';
import type { ParetoBar, ParetoScales } from './types';

/** The ranked accounts as the marks read them (from core's `paretoColumns`). */
export interface Ranked<T> {
  analysis: ParetoColumns<T>;
  n: number;
  /** Value and cumulative share of the account at 0-based rank `r` (the last share is exactly 1). */
  valueAt: (r: number) => number;
  cumulativeShareAt: (r: number) => number;
  /** The record of the account at 0-based rank `r`, and its id. */
  datumAt: (r: number) => T;
  idAt: (r: number) => string | number;
  labelAt: (r: number) => string;
}

/** Reads `paretoColumns` by rank. */
export function ranked<T>(analysis: ParetoColumns<T>, labelAt: (r: number) => string): Ranked<T> {
  const { values, cumulative, index, ids, data, total } = analysis;
  const n = values.length;
  return {
    analysis,
    n,
    valueAt: (r) => values[r] as number,
    cumulativeShareAt: (r) => (r === n - 1 ? 1 : (cumulative[r] as number) / total),
    datumAt: (r) => data[index[r] as number] as T,
    idAt: (r) => ids[index[r] as number] as string | number,
    labelAt,
  };
}

/**
 * Stage 2: the bars and the cumulative line. One bar per account while each gets at least a pixel, else columns
 * of adjacent accounts (the DOM stays bounded by the width); the vital few and the rest get columns in
 * proportion (at least one each), so no column mixes vital and other accounts. Bars are at most 72 px wide and
 * separated by a gap (18 % of the step, at most 8 px) when the step is over 4 px. The line runs through the
 * bars' right edges from (0, 0 %).
 */
export function paretoMarks<T>(r: Ranked<T>, scales: ParetoScales) {
  const { x, y, yShare, plot } = scales;
  const { n } = r;
  const plotWidth = plot.x1 - plot.x0;
  const columns = Math.max(1, Math.floor(plotWidth));
  const binned = n > columns;
  const step = n > 0 ? plotWidth / n : plotWidth;
  const gap = !binned && step > 4 ? Math.max(Math.min(step * 0.18, 8), step - 72) : 0;
  const vitalCount = r.analysis.vitalCount;
  const bars: ParetoBar<T>[] = [];
  const linePoints = [{ x: x(0), y: yShare(0) }];
  const addBar = (a: number, b: number) => {
    const top = y(r.valueAt(a));
    const cumulativeShare = r.cumulativeShareAt(b - 1);
    let total = 0;
    for (let i = a; i < b; i++) total += r.valueAt(i);
    const single = b - a === 1;
    const accounts = Array.from({ length: b - a }, (_, i) => r.datumAt(a + i));
    bars.push({
      x: x(a) + gap / 2,
      y: top,
      width: Math.max(binned ? 1 : 0.5, x(b) - x(a) - gap),
      height: Math.max(0, plot.y1 - top),
      rankStart: a + 1,
      rankEnd: b,
      count: b - a,
      value: total,
      cumulativeShare,
      // The vital few are the first accounts in rank order, so a bar is all vital when its last account is.
      vital: b - 1 < vitalCount,
      label: single ? r.labelAt(a) : `#${a + 1}–#${b}`,
      item: single
        ? { kind: 'account', id: r.idAt(a), datum: r.datumAt(a), accounts }
        : { kind: 'bin', id: `bin:${a + 1}-${b}`, datum: null, accounts },
    });
    linePoints.push({ x: x(b), y: yShare(cumulativeShare) });
  };
  if (!binned) {
    for (let i = 0; i < n; i++) addBar(i, i + 1);
  } else {
    const k = vitalCount;
    const vitalColumns = k === 0 ? 0 : Math.min(columns - 1, Math.max(1, Math.round((columns * k) / n)));
    const split = (start: number, end: number, count: number) => {
      const size = end - start;
      const cols = Math.max(1, Math.min(count, size));
      for (let c = 0; c < cols; c++) {
        const a = start + Math.floor((c * size) / cols);
        const b = start + Math.floor(((c + 1) * size) / cols);
        if (b > a) addBar(a, b);
      }
    };
    split(0, k, vitalColumns);
    split(k, n, columns - vitalColumns);
  }
  return { bars, binned, linePoints, linePath: n > 0 ? polylinePath(linePoints, 2) : '' };
}
