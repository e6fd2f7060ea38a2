import { KamkitError } from '@kamkit/core';
import { extent } from 'd3-array';
import { scaleLinear, scaleSymlog } from 'd3-scale';
import type { Formatters } from '../../format/createFormat';
import { compactFormat } from '../../primitives/compact';
import { formatDecimal } from '../../primitives/decimal';
import { plotArea, resolveMargin } from '../../primitives/margin';
import { defaultMaxRadius } from '../../primitives/scatter';
import { FONTS, measureText } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import { linearTicks } from '../../primitives/ticks';
import type { Margin } from '../../primitives/types';
import type { MeasureFormat, MeasureScale } from './options';

/** A measure written in full (tooltips, table, split texts) and as an axis tick. */
export interface MeasureFormatters {
  full: (value: number) => string;
  tick: (value: number) => string;
}

/** How a measure is written for `kind` (see `MeasureFormat`). */
export function measureFormatters(
  kind: MeasureFormat | undefined,
  format: Formatters,
  options: { locale?: string; currency?: string; formatValue?: (value: number) => string },
): MeasureFormatters {
  if (typeof kind === 'function') return { full: kind, tick: kind };
  if (kind === 'percent') {
    return { full: (v) => format.percent(v / 100, 1), tick: (v) => format.percent(v / 100) };
  }
  if (kind === 'number') {
    return {
      full: (v) => formatDecimal(format.locale, v, 2),
      tick: compactFormat({ locale: format.locale }),
    };
  }
  return { full: format.value, tick: options.formatValue ? format.tick : compactFormat(options) };
}

/**
 * The smallest and largest of `values` and `also` (when finite): ±Infinity when there are none. d3-array's
 * `extent` loops (`Math.min(...values)` throws a RangeError beyond about 100,000 arguments).
 */
function extentWith(values: readonly number[], also: number): [number, number] {
  const [lo = Number.POSITIVE_INFINITY, hi = Number.NEGATIVE_INFINITY] = extent(values);
  return Number.isFinite(also) ? [Math.min(lo, also), Math.max(hi, also)] : [lo, hi];
}

/** A domain over `values` and `also`, padded by 2 % a side (not across zero), or ±10 % around a single value. */
function paddedDomain(values: readonly number[], also: number): [number, number] {
  const [lo, hi] = extentWith(values, also);
  if (!Number.isFinite(lo)) return [0, 1];
  if (lo === hi) {
    const d = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    return [lo - d, hi + d];
  }
  const pad = (hi - lo) * 0.02;
  // Padding never crosses zero: revenue that is never negative gets no negative axis.
  return [lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi <= 0 ? Math.min(0, hi + pad) : hi + pad];
}

/** Ticks of a symmetric log scale: 0, powers of ten (largest first), then 3×, 2× and 5× them, each with room. */
function logTicks(
  scale: (value: number) => number,
  domain: [number, number],
  constant: number,
  format: (value: number) => string,
  room: (a: Tick, b: Tick) => boolean,
): Tick[] {
  const [d0, d1] = domain;
  const top = Math.ceil(Math.log10(Math.max(Math.abs(d0), Math.abs(d1), constant)));
  const bottom = Math.floor(Math.log10(constant));
  const candidates: number[] = d0 <= 0 && d1 >= 0 ? [0] : [];
  for (const m of [1, 3, 2, 5]) {
    for (let k = top; k >= bottom; k--) {
      for (const v of [m * 10 ** k, -m * 10 ** k]) if (v >= d0 && v <= d1) candidates.push(v);
    }
  }
  const kept: Tick[] = [];
  for (const v of candidates) {
    const tick = { position: scale(v), label: format(v) };
    if (kept.every((k) => room(k, tick))) kept.push(tick);
  }
  return kept.sort((p, q) => p.position - q.position);
}

/**
 * A measure's scale and ticks. `'linear'`: the padded extent, made nice, with as many of d3's ticks as have
 * `room` beside each other. `'log'`: a symmetric log scale (d3's `scaleSymlog`, linear within ± the smallest
 * non-zero magnitude), so heavy-tailed measures get room for every order of magnitude while zero and negative
 * values stay on the chart.
 */
export function measureAxis(
  kind: MeasureScale,
  values: readonly number[],
  split: number,
  range: [number, number],
  format: (value: number) => string,
  room: (a: Tick, b: Tick) => boolean,
): { scale: (value: number) => number; ticks: Tick[] } {
  const fits = (ticks: Tick[]) => ticks.every((t, i) => i === 0 || room(ticks[i - 1] as Tick, t));
  const [lo, hi] = paddedDomain(values, split);
  // Measures near ±1.8e308 leave no finite span (or rounded ends) for an axis: the chart says so instead of
  // drawing NaN or Infinity.
  if (!Number.isFinite(hi - lo) || !scaleLinear([lo, hi]).nice(6).domain().every(Number.isFinite)) {
    throw new KamkitError('OVERFLOW', 'The measures are too large to draw on an axis.', { field: 'x' });
  }
  if (kind === 'log') {
    let smallest = Number.POSITIVE_INFINITY;
    for (const v of values) if (v !== 0 && Math.abs(v) < smallest) smallest = Math.abs(v);
    const constant = Number.isFinite(smallest) ? smallest : 1;
    const domain = extentWith(values, split);
    const scale = scaleSymlog(domain[0] < domain[1] ? domain : [lo, hi], range).constant(constant);
    const ticks = logTicks(scale, scale.domain() as [number, number], constant, format, room);
    return { scale, ticks };
  }
  const scale = scaleLinear([lo, hi], range).nice(6);
  for (let count = 8; count > 2; count--) {
    const ticks = linearTicks(scale, count, format);
    if (fits(ticks)) return { scale, ticks };
  }
  return { scale, ticks: linearTicks(scale, 2, format) };
}

/** What {@link profitScales} needs. */
export interface ProfitScaleInput {
  xs: readonly number[];
  ys: readonly number[];
  split: { x: number; y: number };
  width: number;
  height: number;
  margin: Partial<Margin> | undefined;
  /** The `maxRadius` option: the largest bubble's radius; `undefined` for the default from the plot area. */
  maxRadius: number | undefined;
  /** Whether bubble area shows a size (the extremes then sit inside the plot by the largest radius). */
  sized: boolean;
  xScale: MeasureScale;
  yScale: MeasureScale;
  fx: MeasureFormatters;
  fy: MeasureFormatters;
}

/**
 * Stage 1: the margins (the left one follows the longest y tick label, so long money ticks never reach the axis
 * title), the plot area, both measure axes and the split lines in pixels (the plot's middle when core placed no
 * account, so gave no split). The largest bubble's radius is the `maxRadius` option, else
 * {@link defaultMaxRadius} of the plot area per account; the extremes sit inside the plot by that radius + 2
 * (sized bubbles) or 8 px, at most an eighth of the plot, so edge bubbles stay inside the axes.
 */
export function profitScales(input: ProfitScaleInput) {
  const { width, height, split, fx, fy } = input;
  const base = resolveMargin({ top: 12, right: 16, bottom: 46, left: 64 }, input.margin);
  const rough = plotArea(width, height, base);
  const roughWidth = rough.x1 - rough.x0;
  const roughHeight = rough.y1 - rough.y0;
  const maxRadius = input.maxRadius ?? defaultMaxRadius(input.xs.length, roughWidth, roughHeight);
  const inset = Math.min(input.sized ? maxRadius + 2 : 8, roughWidth / 8, roughHeight / 8);
  // Horizontal tick labels need half of each one's width plus 12 px between their centres; vertical ones 26 px.
  const xRoom = (a: Tick, b: Tick) =>
    Math.abs(a.position - b.position) >=
    (measureText(a.label, FONTS.axis) + measureText(b.label, FONTS.axis)) / 2 + 12;
  const yRoom = (a: Tick, b: Tick) => Math.abs(a.position - b.position) >= 26;
  const yAxis = measureAxis(
    input.yScale,
    input.ys,
    split.y,
    [rough.y1 - inset, rough.y0 + inset],
    fy.tick,
    yRoom,
  );
  const yTickWidth = Math.max(0, ...yAxis.ticks.map((t) => measureText(t.label, FONTS.axis)));
  const yLabelOffset = Math.ceil(yTickWidth + 8 + 14);
  const margin: Margin =
    input.margin?.left === undefined ? { ...base, left: Math.max(52, yLabelOffset + 12) } : base;
  const plot = plotArea(width, height, margin);
  const xAxis = measureAxis(
    input.xScale,
    input.xs,
    split.x,
    [plot.x0 + inset, plot.x1 - inset],
    fx.tick,
    xRoom,
  );
  const hasSplit = Number.isFinite(split.x) && Number.isFinite(split.y);
  return {
    margin,
    plot,
    inset,
    x: xAxis.scale,
    y: yAxis.scale,
    xTicks: xAxis.ticks,
    yTicks: yAxis.ticks,
    yLabelOffset,
    splitX: hasSplit ? xAxis.scale(split.x) : (plot.x0 + plot.x1) / 2,
    splitY: hasSplit ? yAxis.scale(split.y) : (plot.y0 + plot.y1) / 2,
    hasSplit,
    maxRadius,
  };
}
