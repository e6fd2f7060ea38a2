import type { IdField, NumberField, WhaleCurveResult, WhaleCurveRow } from '@kamkit/core';
import { whaleCurve } from '@kamkit/core';
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import type { CurvePoint } from '../../primitives/curve';
import { curveAreaPath, curvePath, downsampleCurve, splitColumns } from '../../primitives/curve';
import { toArray, useDataArray } from '../../primitives/data';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { resolveMargin } from '../../primitives/margin';
import { textWidth, wrapToWidth } from '../../primitives/measureText';
import { sharePercent } from '../../primitives/share';
import { capitalise, counter, namesList, round } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import { linearTicks } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';
import { valueAxisSpace } from '../../primitives/valueAxis';

/**
 * How the whale curve's y-axis measures cumulative profit: `'share'` of total profit (0 %…peak, the usual
 * whale curve), or `'value'` in the value's unit (currency) when total profit is ≤ 0 and a share has no meaning.
 */
export type WhaleMode = 'share' | 'value';

/** Options of {@link useWhaleLayout}: the options of core's `whaleCurve` plus labels, geometry and formatting. */
export interface WhaleLayoutOptions<T> extends FormatOptions {
  data: Iterable<T>;
  /** The profit of each account (may be zero or negative): a field name or accessor. Default: the field `profit`. */
  profit?: NumberField<T>;
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** The account's name, for tooltips and the table. Default: the id. */
  label?: LabelField<T>;
  /** What the value is, in words. Default `'profit'`. */
  valueLabel?: string;
  /** What the records are, in words (plural). Default `'accounts'`. */
  unitLabel?: string;
  /** The singular of `unitLabel`. Default: `unitLabel` without a final "s". */
  unitLabelSingular?: string;
  /**
   * Draw each account's own profit as bars in a strip under the curve (columns of adjacent accounts when they
   * outnumber pixels). Default `false`.
   */
  bars?: boolean;
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** The marked peak: where the cumulative profit is highest; after it come the accounts that lose money. */
export interface WhalePeak<T> {
  /** The last account of the peak (the least profitable account that still adds profit). */
  row: WhaleCurveRow<T>;
  /** The peak in pixels. */
  x: number;
  y: number;
  /** Share of accounts up to the peak (0…1). */
  accountShare: number;
  /** The peak's height in the chart's unit: a share of total profit (e.g. 1.48) or a value (mode `'value'`). */
  level: number;
  /** What the accounts after the peak take away, in the chart's unit (e.g. 0.48 = 48 % of total profit). */
  destroyed: number;
  /** The peak's height as text, e.g. "148%". */
  levelText: string;
}

/** The annotation beside the peak: lines of text and where they start. */
export interface WhaleAnnotation {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'end';
  /** Line height in pixels. */
  lineHeight: number;
}

/** The optional strip of per-account profit bars under the curve. */
export interface WhaleBars {
  /** The strip's top and bottom in pixels. */
  y0: number;
  y1: number;
  /** Profit → y within the strip. */
  y: (profit: number) => number;
  /** One path for the bars above zero, one for those below (so the DOM stays small for any number of bars). */
  positivePath: string;
  negativePath: string;
  /** Ticks of the strip's axis: its maximum, zero and its minimum. */
  ticks: Tick[];
  /** True when a bar stands for several adjacent accounts (their summed profit). */
  grouped: boolean;
}

/** Everything {@link WhaleCurve} draws, for custom rendering through its `children` render prop. */
export interface WhaleLayout<T> {
  result: WhaleCurveResult<T>;
  /** `'share'` when total profit is positive, else `'value'` (cumulative profit in the value's unit). */
  mode: WhaleMode;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  /** The plot area (including the bar strip, when drawn). */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Bottom of the curve's area: `plot.y1`, or the top of the bar strip minus a gap. */
  curveBottom: number;
  /** Share of accounts, most profitable first, 0…1 → x. */
  x: (share: number) => number;
  /** Cumulative profit in the chart's unit (a share of total profit, or a value in mode `'value'`) → y. */
  y: (level: number) => number;
  /** The level of a row in the chart's unit: its `cumulativeShare`, or its `cumulative` in mode `'value'`. */
  levelOf: (row: WhaleCurveRow<T>) => number;
  /** The drawn points of the curve in pixels (origin first), downsampled to the plot's width; keeps the peak. */
  curve: CurvePoint[];
  /** The curve up to the peak (the profitable accounts): line and area down to the baseline. */
  profitLinePath: string;
  profitAreaPath: string;
  /** The curve after the peak (accounts with zero or negative profit): line and area. */
  lossLinePath: string;
  lossAreaPath: string;
  /**
   * The reference line: 100 % of total profit (mode `'share'`) or break-even at zero (mode `'value'`), with its
   * label's place (`null` when the curve leaves none; the legend and the axis tick still name the line).
   */
  reference: {
    y: number;
    label: string;
    labelPosition: { x: number; y: number; anchor: 'start' | 'end' } | null;
  };
  /** The marked peak; `null` without data or when no account makes a profit. */
  peak: WhalePeak<T> | null;
  /** The finding written beside the peak; `null` without a peak. */
  annotation: WhaleAnnotation | null;
  /** The per-account profit bars; `null` unless `bars`. */
  bars: WhaleBars | null;
  /** Number of accounts with a profit above zero, and with a loss. */
  profitableCount: number;
  lossCount: number;
  /** Name of the segment after the peak, e.g. "Loss-making accounts". */
  lossLabel: string;
  /** True when the explorer (and bars) visit groups of adjacent accounts instead of single accounts. */
  binned: boolean;
  xTicks: Tick[];
  yTicks: Tick[];
  xAxisLabel: string;
  yAxisLabel: string;
  /** Distance of the y-axis title from the axis line. */
  yLabelOffset: number;
  /** The finding in words, e.g. "Peak: the top 62% of accounts make 148% of profit; the remaining 38% destroy 48%." */
  finding: string;
  /** In mode `'value'`, why the chart shows values instead of shares; else `''`. */
  modeNote: string;
  description: string;
  units: (count: number) => string;
  points: ExplorerPoint[];
  table: TableSpec;
  labelOf: (row: WhaleCurveRow<T>) => string;
}

const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/**
 * Wraps the annotation (bold, at most 5 lines) without breaking a number from its unit or sign: the locale's
 * no-break spaces ("148 %", "1.234 €") and a minus before a digit stay within a line.
 */
function wrapNumbers(text: string, width: number): string[] {
  const guarded = text
    .replace(/\u00a0/g, '\ue000')
    .replace(/\u202f/g, '\ue001')
    .replace(/(^|\s)-(?=\S)/g, '$1\ue002');
  return wrapToWidth(guarded, width, FONT, 5, true).map((line) =>
    line
      .replace(/\ue000/g, '\u00a0')
      .replace(/\ue001/g, '\u202f')
      .replace(/\ue002/g, '-'),
  );
}
const FONT = 12;
const LINE_HEIGHT = 15;

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeWhaleLayout>[1]> = {
  bars: true,
  currency: true,
  data: true,
  formatValue: true,
  height: true,
  label: true,
  locale: true,
  margin: true,
  unitLabel: true,
  unitLabelSingular: true,
  valueLabel: true,
  width: true,
};

/**
 * Computes the whale curve's layout: runs core's `whaleCurve`, then scales (the y-axis extends above 100 % to
 * the peak), the curve split at the peak into the profitable part and the loss-making part (downsampled to
 * pixel resolution, so the paths stay bounded for any number of accounts), the 100 % reference line, the peak
 * and its annotation, optional per-account bars, the finding in words, the explorer points (accounts most
 * profitable first, or groups when they outnumber pixels) and the data table (accounts, or deciles when
 * binned). When total profit is ≤ 0 the y-axis shows cumulative profit as values (mode `'value'`) and the
 * description says so. Memoised on its inputs.
 *
 * @example
 * const layout = useWhaleLayout({ data, profit: 'contributionMargin', width: 640, height: 400 });
 * layout.finding; // "Peak: the top 62% of accounts make 148% of profit; the remaining 38% destroy 48%."
 */
export function useWhaleLayout<T>(options: WhaleLayoutOptions<T>): WhaleLayout<T> {
  const { profit, id } = options;
  const data = useDataArray(options.data);
  const result = useMemo(() => whaleCurve(data, { profit, id }), [data, profit, id]);
  return useLayoutMemo(computeWhaleLayout, result, { ...options, data }, LAYOUT_KEYS);
}

/**
 * The pure part of {@link useWhaleLayout}: layout of an already computed `whaleCurve` result.
 *
 * @example
 * const layout = computeWhaleLayout(whaleCurve(accounts, { profit: 'margin' }), { data: accounts, width: 640, height: 400 });
 */
export function computeWhaleLayout<T>(
  result: WhaleCurveResult<T>,
  options: Omit<WhaleLayoutOptions<T>, 'profit' | 'id'>,
): WhaleLayout<T> {
  const format = createFormat(options);
  const valueLabel = options.valueLabel ?? 'profit';
  const unitLabel = options.unitLabel ?? 'accounts';
  const singular = options.unitLabelSingular ?? unitLabel.replace(/s$/, '');
  const units = counter(format.integer, unitLabel, singular);
  const capital = capitalise(valueLabel);
  const { width, height } = options;
  const rows = result.rows;
  const n = rows.length;
  const mode: WhaleMode = n > 0 && result.total <= 0 ? 'value' : 'share';
  const levelOf =
    mode === 'share'
      ? (row: WhaleCurveRow<T>) => row.cumulativeShare ?? 0
      : (row: WhaleCurveRow<T>) => row.cumulative;
  const dataArray = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: WhaleCurveRow<T>) => nameOf(row, dataArray);
  // Axis ticks: the shared compact format, but without the currency's forced fraction digit ("60.000,0 €"
  // in de-DE, where thousands are not abbreviated).
  const compact = new Intl.NumberFormat(format.locale, {
    ...(options.currency ? { style: 'currency', currency: options.currency } : {}),
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  const tick = (v: number) => (Math.abs(v) < 1000 ? format.tick(v) : compact.format(v));
  const levelText = (level: number, digits = 0) =>
    mode === 'share' ? sharePercent(format.percent, level, digits) : format.value(level);

  let profitableCount = 0;
  let lossCount = 0;
  let minLevel = 0;
  let maxLevel = mode === 'share' ? 1 : 0;
  let minProfit = 0;
  let maxProfit = 0;
  for (const row of rows) {
    if (row.profit > 0) profitableCount++;
    else if (row.profit < 0) lossCount++;
    const level = levelOf(row);
    if (level < minLevel) minLevel = level;
    if (level > maxLevel) maxLevel = level;
  }

  // The peak, when some account makes a profit: the curve rises to it and falls (or stays flat) after it.
  const peakRow = result.peak !== null && result.peak.cumulative > 0 ? result.peak : null;
  const peakIndex = peakRow ? peakRow.rank : 0; // index into the curve, whose point 0 is the origin

  // Vertical layout: the curve's area, then (optionally) the bar strip, then the x-axis.
  const defaults: Margin = { top: 16, right: 24, bottom: 44, left: 60 };
  const marginTop = options.margin?.top ?? defaults.top;
  const plotBottom = Math.max(marginTop + 1, height - (options.margin?.bottom ?? defaults.bottom));
  const stripHeight = options.bars && n > 0 ? Math.max(36, Math.round((plotBottom - marginTop) * 0.2)) : 0;
  const curveBottom = Math.max(marginTop + 1, plotBottom - (stripHeight > 0 ? stripHeight + 22 : 0));

  // The y scale depends only on heights, so the left margin can fit its tick labels. Share: 0 to the peak (at
  // least 100 %); value: the curve's range, zero included; both rounded to ticks (d3's nice).
  const tickCount = Math.max(2, Math.min(8, Math.floor((curveBottom - marginTop) / 36)));
  const y = scaleLinear(
    [minLevel, maxLevel > minLevel ? maxLevel : minLevel + 1],
    [curveBottom, marginTop],
  ).nice(tickCount);
  // Room above the peak for its label: one more tick step when the peak is within 20 px of the top.
  if (maxLevel > 0 && y(maxLevel) - marginTop < 20) {
    const [t0, t1] = y.ticks(tickCount);
    const [d0, d1] = y.domain() as [number, number];
    y.domain([d0, d1 + (t1 !== undefined && t0 !== undefined ? t1 - t0 : (d1 - d0) / tickCount)]);
  }
  const yTicks = linearTicks(y, tickCount, mode === 'share' ? (v) => format.percent(v) : tick);

  // Room for the tick labels of the y-axis and of the bar strip (whose bars are columns of about
  // n / plot width accounts when binned).
  for (const row of rows) {
    if (row.profit < minProfit) minProfit = row.profit;
    if (row.profit > maxProfit) maxProfit = row.profit;
  }
  const perColumn = Math.max(1, Math.ceil(n / Math.max(1, width - 84)));
  const axis = valueAxisSpace([
    ...yTicks.map((t) => t.label),
    ...(stripHeight > 0 ? [tick(maxProfit * perColumn), tick(minProfit * perColumn)] : []),
  ]);
  const margin = resolveMargin({ ...defaults, left: Math.max(defaults.left, axis.margin) }, options.margin);
  const plot = {
    x0: margin.left,
    x1: Math.max(margin.left + 1, width - margin.right),
    y0: marginTop,
    y1: plotBottom,
  };
  const plotWidth = plot.x1 - plot.x0;
  const x = scaleLinear([0, 1], [plot.x0, plot.x1]);

  // The curve: origin, then one point per account, in pixels; downsampled, always keeping the peak.
  const shareCurve: CurvePoint[] = new Array(n + 1);
  shareCurve[0] = { x: 0, y: 0 };
  for (let r = 0; r < n; r++) {
    const row = rows[r] as WhaleCurveRow<T>;
    shareCurve[r + 1] = { x: row.rankShare, y: levelOf(row) };
  }
  const kept = n > 0 ? downsampleCurve(shareCurve, plotWidth, [peakIndex]) : [];
  const toPixel = (p: CurvePoint): CurvePoint => ({ x: x(p.x), y: y(p.y) });
  const curve = kept.map((i) => toPixel(shareCurve[i] as CurvePoint));
  const baseline = y(0);
  const profitPoints = kept.filter((i) => i <= peakIndex).map((i) => toPixel(shareCurve[i] as CurvePoint));
  const lossPoints = kept.filter((i) => i >= peakIndex).map((i) => toPixel(shareCurve[i] as CurvePoint));
  const profitLinePath = profitPoints.length > 1 ? curvePath(profitPoints) : '';
  const profitAreaPath = profitPoints.length > 1 ? curveAreaPath(profitPoints, baseline) : '';
  const lossLinePath = lossPoints.length > 1 ? curvePath(lossPoints) : '';
  const lossAreaPath = lossPoints.length > 1 ? curveAreaPath(lossPoints, baseline) : '';

  const percentTicks = [0, 0.2, 0.4, 0.6, 0.8, 1];
  const xTicks: Tick[] = percentTicks.map((p) => ({ position: x(p), label: format.percent(p) }));

  // The finding in words.
  const remaining = peakRow ? 1 - peakRow.rankShare : 0;
  const remainingCount = peakRow ? n - peakRow.rank : 0;
  let finding: string;
  let peak: WhalePeak<T> | null = null;
  let annotationText: string | null = null;
  if (n === 0) {
    finding = `No ${unitLabel} with a known ${valueLabel}.`;
  } else if (peakRow === null) {
    finding =
      result.total < 0
        ? `No ${singular} makes a ${valueLabel}: ${units(n)} lose ${format.value(-result.total)} in total.`
        : `No ${singular} makes a ${valueLabel} or a loss.`;
  } else {
    const level = levelOf(peakRow);
    const destroyed = level - (mode === 'share' ? 1 : result.total);
    // One decimal when the loss is small, so "100.6%" and "0.6%" do not round to "101%" and "1%".
    const digits = mode === 'share' && destroyed > 0 && destroyed < 0.1 ? 1 : 0;
    const top = sharePercent(format.percent, peakRow.rankShare);
    // The remaining share complements the rounded top share, so "38%" and "63%" do not add up to 101 %.
    const roundedTop = Math.round(peakRow.rankShare * 100) / 100;
    const rest = sharePercent(format.percent, /^[<>]/.test(top) ? remaining : 1 - roundedTop);
    peak = {
      row: peakRow,
      x: x(peakRow.rankShare),
      y: y(level),
      accountShare: peakRow.rankShare,
      level,
      destroyed,
      levelText: levelText(level, digits),
    };
    if (lossCount > 0) {
      finding =
        mode === 'share'
          ? `Peak: the top ${top} of ${unitLabel} make ${levelText(level, digits)} of ${valueLabel}; the remaining ${rest} destroy ${levelText(destroyed, digits)}.`
          : `Peak: the top ${top} of ${unitLabel} make ${format.value(level)}; the remaining ${rest} destroy ${format.value(destroyed)}, leaving ${format.value(result.total)}.`;
      // The annotation leaves out what the curve's end shows.
      if (mode === 'value')
        annotationText = `Peak: the top ${top} of ${unitLabel} make ${format.value(level)}; the remaining ${rest} destroy ${format.value(destroyed)}.`;
    } else if (remainingCount > 0) {
      finding = `No ${singular} loses money: the top ${top} of ${unitLabel} make all ${valueLabel}; the remaining ${rest} make none.`;
    } else {
      finding =
        n === 1
          ? `A single ${singular} makes all ${valueLabel}.`
          : `No ${singular} loses money: every ${singular} adds to ${valueLabel}.`;
    }
  }
  const modeNote =
    mode === 'value'
      ? `Total ${valueLabel} is ${format.value(result.total)}, not positive, so the chart shows cumulative ${valueLabel}${
          options.currency ? ` in ${options.currency}` : ''
        } instead of shares of the total.`
      : '';
  const excludedNote =
    result.excluded.length > 0
      ? ` ${format.integer(result.excluded.length)} ${result.excluded.length === 1 ? 'record' : 'records'} left out (missing ${valueLabel}).`
      : '';
  // "144 accounts: 122 make a profit of 17,254,160, 22 lose 94,880; total profit 17,159,280."
  const verb = (count: number, one: string, many: string) =>
    `${format.integer(count)} ${count === 1 ? one : many}`;
  const evenCount = n - profitableCount - lossCount;
  const parts = [
    profitableCount > 0
      ? `${verb(profitableCount, 'makes', 'make')} a ${valueLabel} of ${format.value(result.profitable)}`
      : '',
    lossCount > 0 ? `${verb(lossCount, 'loses', 'lose')} ${format.value(-result.unprofitable)}` : '',
    evenCount > 0 ? `${verb(evenCount, 'breaks', 'break')} even` : '',
  ].filter((part) => part !== '');
  const description =
    n === 0
      ? `${finding}${excludedNote}`
      : `${finding}${modeNote ? ` ${modeNote}` : ''} ${units(n)}: ${parts.join(', ')}; total ${valueLabel} ${format.value(result.total)}.${excludedNote}`;

  // Free space: a box is free when the curve does not pass through it (the curve is continuous in x, so its
  // y-range over the box's x-range tells).
  type Box = { x0: number; x1: number; y0: number; y1: number };
  const curveAt = (px: number) => {
    let lo = 0;
    let hi = curve.length - 1;
    if (hi < 0) return Number.NaN;
    if (px <= (curve[0] as CurvePoint).x) return (curve[0] as CurvePoint).y;
    if (px >= (curve[hi] as CurvePoint).x) return (curve[hi] as CurvePoint).y;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((curve[mid] as CurvePoint).x <= px) lo = mid;
      else hi = mid;
    }
    const a = curve[lo] as CurvePoint;
    const b = curve[hi] as CurvePoint;
    return b.x === a.x ? b.y : a.y + ((b.y - a.y) * (px - a.x)) / (b.x - a.x);
  };
  const clearOfCurve = (box: Box) => {
    let low = Math.min(curveAt(box.x0), curveAt(box.x1));
    let high = Math.max(curveAt(box.x0), curveAt(box.x1));
    for (const p of curve) {
      if (p.x <= box.x0 || p.x >= box.x1) continue;
      if (p.y < low) low = p.y;
      if (p.y > high) high = p.y;
    }
    return high < box.y0 - 3 || low > box.y1 + 3;
  };
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const inside = (box: Box) =>
    box.x0 >= plot.x0 + 2 && box.x1 <= plot.x1 - 2 && box.y0 >= plot.y0 && box.y1 <= curveBottom - 3;
  const guideBox = (gx: number): Box => ({ x0: gx - 3, x1: gx + 3, y0: peak?.y ?? 0, y1: curveBottom });

  // The reference line: 100 % of total profit, or break-even. Its label goes to the first free place beside
  // an end of the line (under it first: the curve of a whale runs above 100 %); without one, the legend and the
  // axis tick name the line.
  const referenceY = y(mode === 'share' ? 1 : 0);
  const referenceLabel =
    mode === 'share'
      ? `Total ${valueLabel} ${format.value(result.total)} = ${format.percent(1)}`
      : `Break-even (${format.value(0)})`;
  const referenceWidth = textWidth(referenceLabel, FONT);
  const labelBox = (x: number, anchor: 'start' | 'end', below: boolean): Box => ({
    x0: anchor === 'start' ? x : x - referenceWidth,
    x1: anchor === 'start' ? x + referenceWidth : x,
    y0: below ? referenceY + 4 : referenceY - 15,
    y1: below ? referenceY + 17 : referenceY - 3,
  });
  const referenceCandidates: { x: number; anchor: 'start' | 'end'; below: boolean }[] = [
    { x: plot.x1 - 4, anchor: 'end', below: true },
    { x: plot.x0 + 6, anchor: 'start', below: true },
    { x: plot.x0 + 6, anchor: 'start', below: false },
    { x: plot.x1 - 4, anchor: 'end', below: false },
    ...(peak ? [{ x: peak.x - 8, anchor: 'end' as const, below: true }] : []),
  ];
  if (mode === 'value')
    referenceCandidates.unshift(referenceCandidates.splice(1, 1)[0] as (typeof referenceCandidates)[0]);
  const referencePlace = referenceCandidates.find((c) => {
    const box = labelBox(c.x, c.anchor, c.below);
    return inside(box) && clearOfCurve(box) && !(peak && overlaps(box, guideBox(peak.x)));
  });
  const referenceBox = referencePlace
    ? labelBox(referencePlace.x, referencePlace.anchor, referencePlace.below)
    : null;
  const reference: WhaleLayout<T>['reference'] = {
    y: referenceY,
    label: referenceLabel,
    labelPosition: referencePlace
      ? {
          x: referencePlace.x,
          y: referencePlace.below ? referenceY + 14 : referenceY - 6,
          anchor: referencePlace.anchor,
        }
      : null,
  };

  // The annotation: beside the peak's guide, under the reference line, where the curve runs above it; lower
  // down when the curve leaves too little room near the line.
  let annotation: WhaleAnnotation | null = null;
  const marked = peak;
  if (marked !== null) {
    const peakAt = kept.indexOf(peakIndex);
    // How far left and right of the peak the curve stays above `limit`.
    const reach = (limit: number): [number, number] => {
      const crossing = (a: CurvePoint, b: CurvePoint) =>
        b.y === a.y ? b.x : a.x + ((b.x - a.x) * (limit - a.y)) / (b.y - a.y);
      let left = plot.x0 + 4;
      let right = plot.x1 - 4;
      for (let i = peakAt; i >= 0; i--) {
        const p = curve[i] as CurvePoint;
        if (p.y >= limit) {
          left = Math.max(left, (i < peakAt ? crossing(curve[i + 1] as CurvePoint, p) : p.x) + 8);
          break;
        }
      }
      for (let i = peakAt; i < curve.length; i++) {
        const p = curve[i] as CurvePoint;
        if (p.y >= limit) {
          right = Math.min(right, (i > peakAt ? crossing(curve[i - 1] as CurvePoint, p) : p.x) - 8);
          break;
        }
      }
      return [left, right];
    };
    const place = (top: number, onLeft: boolean, room: number) => {
      const lines = wrapNumbers(annotationText ?? finding, Math.min(250, room));
      const widest = Math.max(...lines.map((line) => textWidth(line, FONT, true)));
      const x = onLeft ? marked.x - 8 : marked.x + 8;
      const box: Box = {
        x0: onLeft ? x - widest : x,
        x1: onLeft ? x : x + widest,
        y0: top,
        y1: top + lines.length * LINE_HEIGHT,
      };
      return { lines, x, box, anchor: (onLeft ? 'end' : 'start') as 'start' | 'end' };
    };
    let chosen: ReturnType<typeof place> | null = null;
    // Tops to try: under the reference line first (where a whale's curve leaves room), then under the peak
    // (when the curve rises far above 100 %, the room under the line is small).
    const tops: number[] = [];
    for (let top = referenceY + 8; top + 2 * LINE_HEIGHT < curveBottom - 3; top += 16) tops.push(top);
    for (let top = marked.y + 22; top + 2 * LINE_HEIGHT < referenceY - 4; top += 16) tops.push(top);
    for (const top of tops) {
      if (chosen !== null) break;
      const [left, right] = reach(top - 4);
      const leftRoom = marked.x - 8 - left;
      const rightRoom = right - (marked.x + 8);
      const sides = leftRoom >= 180 || leftRoom >= rightRoom ? [true, false] : [false, true];
      for (const onLeft of sides) {
        const room = onLeft ? leftRoom : rightRoom;
        if (room < 120) continue;
        const candidate = place(top, onLeft, room);
        if (!inside(candidate.box) || !clearOfCurve(candidate.box)) continue;
        if (referenceBox && overlaps(candidate.box, referenceBox)) continue;
        if (candidate.box.y0 < referenceY + 3 && candidate.box.y1 > referenceY - 3) continue;
        chosen = candidate;
        break;
      }
    }
    // No free place (a short plot): beside the guide on the roomier side, under the reference label, readable
    // on its halo.
    chosen ??= (() => {
      const onLeft = marked.x - plot.x0 >= plot.x1 - marked.x;
      const top = Math.max(referenceY + 8, referenceBox ? referenceBox.y1 + 4 : 0);
      const fallback = place(
        top,
        onLeft,
        Math.max(120, onLeft ? marked.x - plot.x0 - 12 : plot.x1 - marked.x - 12),
      );
      const widest = fallback.box.x1 - fallback.box.x0;
      const x = onLeft
        ? Math.max(plot.x0 + 4 + widest, fallback.x)
        : Math.min(plot.x1 - 4 - widest, fallback.x);
      return { ...fallback, x };
    })();
    annotation = {
      lines: chosen.lines,
      x: chosen.x,
      y: chosen.box.y0 + FONT - 1,
      anchor: chosen.anchor,
      lineHeight: LINE_HEIGHT,
    };
  }

  // Groups of adjacent accounts (one per pixel column when accounts outnumber pixels); none mixes the accounts
  // before and after the peak.
  const columns = Math.max(1, Math.floor(plotWidth));
  const binned = n > columns;
  const groups: [number, number][] = binned
    ? splitColumns([peakIndex, n - peakIndex], columns)
    : rows.map((_, i) => [i, i + 1]);

  // Per-account bars in a strip under the curve.
  let barsLayout: WhaleBars | null = null;
  if (stripHeight > 0) {
    const sums = groups.map(([a, b]) => {
      let sum = 0;
      for (let i = a; i < b; i++) sum += (rows[i] as WhaleCurveRow<T>).profit;
      return sum;
    });
    minProfit = Math.min(0, ...sums);
    maxProfit = Math.max(0, ...sums);
    const y0 = plotBottom - stripHeight;
    const yBar = scaleLinear([Math.min(0, minProfit), Math.max(0, maxProfit)], [plotBottom - 1, y0]);
    if (minProfit === 0 && maxProfit === 0) yBar.domain([-1, 1]);
    const zero = round(yBar(0));
    const step = plotWidth / n;
    const gap = !binned && step > 4 ? Math.min(step * 0.2, 6) : 0;
    let positivePath = '';
    let negativePath = '';
    groups.forEach(([a, b], k) => {
      const sum = sums[k] as number;
      if (sum === 0) return;
      const x0 = round(x(a / n) + gap / 2);
      const x1 = round(Math.max(x0 + 0.5, x(b / n) - gap / 2));
      const end = round(yBar(sum));
      const d = `M${x0},${zero}V${end}H${x1}V${zero}Z`;
      if (sum > 0) positivePath += d;
      else negativePath += d;
    });
    const ticks: Tick[] = [{ position: zero, label: tick(0) }];
    if (maxProfit > 0) ticks.unshift({ position: yBar(maxProfit), label: tick(maxProfit) });
    if (minProfit < 0) ticks.push({ position: yBar(minProfit), label: tick(minProfit) });
    barsLayout = { y0, y1: plotBottom, y: yBar, positivePath, negativePath, ticks, grouped: binned };
  }

  // Explorer: accounts most profitable first, or groups of adjacent accounts.
  const reach = (count: number, row: WhaleCurveRow<T>) =>
    mode === 'share'
      ? `Top ${format.integer(count)} (${sharePercent(format.percent, row.rankShare)}) make ${sharePercent(format.percent, levelOf(row), 1)} of ${valueLabel}`
      : `Top ${format.integer(count)} (${sharePercent(format.percent, row.rankShare)}) make ${format.value(row.cumulative)}`;
  const points: ExplorerPoint[] = groups.map(([a, b]) => {
    const last = rows[b - 1] as WhaleCurveRow<T>;
    const px = x(last.rankShare);
    const py = y(levelOf(last));
    if (b - a === 1) {
      return {
        x: px,
        y: py,
        title: labelOf(last),
        lines: [
          `${capital}: ${format.value(last.profit)}${last.profit < 0 ? ' (loss)' : ''}, rank ${format.integer(last.rank)} of ${format.integer(n)}`,
          reach(b, last),
        ],
      };
    }
    let total = 0;
    const members: string[] = [];
    for (let i = a; i < b; i++) {
      const row = rows[i] as WhaleCurveRow<T>;
      total += row.profit;
      if (members.length < 4) members.push(labelOf(row));
    }
    const more = b - a - members.length;
    return {
      x: px,
      y: py,
      title: `${capitalise(unitLabel)} ${format.integer(a + 1)}–${format.integer(b)} from the most profitable (${format.integer(b - a)})`,
      lines: [
        more > 0 ? `${namesList(members, 4)} and ${format.integer(more)} more` : namesList(members, 4),
        `${capital}: ${format.value(total)}`,
        reach(b, last),
      ],
    };
  });

  // The table: accounts, or deciles when binned.
  const cumulativeAt = (count: number) =>
    count <= 0 ? 0 : (rows[Math.min(n, count) - 1] as WhaleCurveRow<T>).cumulative;
  const shareColumn = mode === 'share';
  const table: TableSpec = binned
    ? {
        caption: `${finding} ${units(n)}, by decile from the most profitable.`,
        columns: [
          { key: 'accountShare', label: `Share of ${unitLabel}, most profitable first`, numeric: true },
          { key: 'count', label: capitalise(unitLabel), numeric: true },
          { key: 'cumulative', label: `Cumulative ${valueLabel}`, numeric: true },
          ...(shareColumn
            ? [{ key: 'cumulativeShare', label: `Share of total ${valueLabel}`, numeric: true }]
            : []),
        ],
        rows: DECILES.map((p) => {
          const count = Math.round(p * n);
          const cumulative = cumulativeAt(count);
          return [
            format.percent(p),
            format.integer(count),
            format.value(cumulative),
            ...(shareColumn ? [format.percent(cumulative / result.total, 1)] : []),
          ];
        }),
        raw: DECILES.map((p) => {
          const count = Math.round(p * n);
          const cumulative = cumulativeAt(count);
          return [p, count, cumulative, ...(shareColumn ? [cumulative / result.total] : [])];
        }),
        note: excludedNote.trim() || undefined,
      }
    : {
        caption: modeNote ? `${finding} ${modeNote}` : finding,
        columns: [
          { key: 'rank', label: 'Rank', numeric: true },
          { key: 'name', label: capitalise(singular) },
          { key: 'profit', label: capital, numeric: true },
          { key: 'accountShare', label: `Share of ${unitLabel}`, numeric: true },
          { key: 'cumulative', label: `Cumulative ${valueLabel}`, numeric: true },
          ...(shareColumn
            ? [{ key: 'cumulativeShare', label: `Share of total ${valueLabel}`, numeric: true }]
            : []),
        ],
        rows: rows.map((row) => [
          format.integer(row.rank),
          labelOf(row),
          format.value(row.profit),
          format.percent(row.rankShare, 1),
          format.value(row.cumulative),
          ...(shareColumn ? [format.percent(row.cumulativeShare ?? 0, 1)] : []),
        ]),
        raw: rows.map((row) => [
          row.rank,
          labelOf(row),
          row.profit,
          row.rankShare,
          row.cumulative,
          ...(shareColumn ? [row.cumulativeShare] : []),
        ]),
        note: excludedNote.trim() || undefined,
      };

  const lossLabel =
    lossCount > 0 && remainingCount > lossCount
      ? `${capitalise(unitLabel)} at zero or a loss`
      : lossCount > 0
        ? `Loss-making ${unitLabel}`
        : `${capitalise(unitLabel)} without ${valueLabel}`;

  return {
    result,
    mode,
    format,
    width,
    height,
    margin,
    plot,
    curveBottom,
    x,
    y,
    levelOf,
    curve,
    profitLinePath,
    profitAreaPath,
    lossLinePath,
    lossAreaPath,
    reference,
    peak,
    annotation,
    bars: barsLayout,
    profitableCount,
    lossCount,
    lossLabel,
    binned,
    xTicks,
    yTicks,
    xAxisLabel: `Share of ${unitLabel}, most profitable first`,
    yAxisLabel:
      mode === 'share'
        ? `Cumulative share of total ${valueLabel}`
        : `Cumulative ${valueLabel}${options.currency ? ` (${options.currency})` : ''}`,
    yLabelOffset: Math.max(46, axis.labelOffset),
    finding,
    modeNote,
    description,
    units,
    points,
    table,
    labelOf,
  };
}
