import type {
  IdField,
  NumberField,
  ProfitMatrixPreset,
  ProfitMatrixResult,
  ProfitMatrixRow,
  ProfitMatrixSplit,
  QuadrantLabels,
} from '@kamkit/core';
import { profitMatrix } from '@kamkit/core';
import { extent } from 'd3-array';
import { scaleLinear, scaleSymlog } from 'd3-scale';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import type { BubbleMark } from '../../primitives/Bubbles';
import { compactFormat } from '../../primitives/compact';
import { toArray, useDataArray } from '../../primitives/data';
import { formatDecimal } from '../../primitives/decimal';
import { numberReader } from '../../primitives/fields';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { resolveMargin } from '../../primitives/margin';
import { averageTextWidth } from '../../primitives/measureText';
import {
  bubblePoint,
  bubbleSizeNote,
  layoutQuadrantBubbles,
  quadrantSummaryTable,
} from '../../primitives/quadrantLayout';
import type { QuadrantCell } from '../../primitives/quadrants';
import type { Box, PlacedLabel, ScatterItem } from '../../primitives/scatter';
import { defaultMaxRadius, labelBubbles, summariseQuadrants } from '../../primitives/scatter';
import { capitalise, counter } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import { linearTicks, truncate } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';

/**
 * How a measure is written: `'value'` like every value of the chart (money when `currency` is set),
 * `'number'` a plain number, `'percent'` a number of percent points (84.5 → "84.5%"), or your own function.
 */
export type MeasureFormat = 'value' | 'number' | 'percent' | ((value: number) => string);

/**
 * A measure's scale: `'linear'`, or `'log'` for heavy-tailed measures such as revenue or cost to serve (a
 * symmetric log scale: zero and negative values, e.g. loss-making margins, stay on the chart).
 */
export type MeasureScale = 'linear' | 'log';

/** Options of {@link useProfitLayout}: the options of core's `profitMatrix` plus sizing, geometry, formatting. */
export interface ProfitLayoutOptions<T> extends FormatOptions {
  data: Iterable<T>;
  /** The horizontal measure (e.g. cost to serve, revenue): a field name or accessor. Required. */
  x: NumberField<T>;
  /** The vertical measure (e.g. net price, contribution margin): a field name or accessor. Required. */
  y: NumberField<T>;
  /** Where each measure is split: `'median'` (default), `'mean'` or `{ x, y }`. */
  split?: ProfitMatrixSplit;
  /** Quadrant labels: `'shapiro'`, `'revenue-margin'` or your own by position. Default: position labels. */
  preset?: ProfitMatrixPreset | QuadrantLabels;
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** The account's name. Default: the id. */
  label?: LabelField<T>;
  /** What each bubble's AREA shows (e.g. revenue). Default: none (equal dots). */
  size?: NumberField<T>;
  /** What `size` is, in words. Default `'revenue'`. */
  sizeLabel?: string;
  /** How many bubbles get a label: the largest, or without `size` the farthest from the split. Default 8. */
  labelCount?: number;
  /** Radius of the largest bubble in pixels. Default: from the plot area per account, 4–24. */
  maxRadius?: number;
  /** Name of the x measure. Default by preset: "Cost to serve" (shapiro), "Revenue" (revenue-margin), else "x". */
  xLabel?: string;
  /** Name of the y measure. Default by preset: "Net price" (shapiro), "Contribution margin" (revenue-margin), else "y". */
  yLabel?: string;
  /** The x scale: `'linear'` (default) or `'log'` (symmetric log, for heavy-tailed measures). */
  xScale?: MeasureScale;
  /** The y scale: `'linear'` (default) or `'log'`. */
  yScale?: MeasureScale;
  /** How x is written. Default `'value'`. */
  formatX?: MeasureFormat;
  /** How y is written. Default `'value'`. */
  formatY?: MeasureFormat;
  /** What the records are, in words (plural). Default `'accounts'`. */
  unitLabel?: string;
  /** The singular of `unitLabel`. Default: `unitLabel` without a final "s". */
  unitLabelSingular?: string;
  /** The data table lists each account up to this many, else one summary row per quadrant. Default 500. */
  maxTableRows?: number;
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** Everything {@link ProfitMatrix} draws, for custom rendering through its `children` render prop. */
export interface ProfitLayout<T> {
  result: ProfitMatrixResult<T>;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** x measure → x pixel; y measure → y pixel. */
  x: (value: number) => number;
  y: (value: number) => number;
  splitX: number;
  splitY: number;
  /** Texts naming the splits ("median 23,350"), drawn along the split lines. */
  splitLabels: { x: string; y: string };
  cells: QuadrantCell[];
  /** One bubble per placed account, in core's row order (`marks[i]` is `result.rows[i]`). */
  marks: BubbleMark[];
  drawOrder: number[];
  labels: PlacedLabel[];
  sizes: (number | null)[];
  sized: boolean;
  radius: (size: number | null) => number;
  xTicks: Tick[];
  yTicks: Tick[];
  xAxisLabel: string;
  yAxisLabel: string;
  /** Distance of the y axis title from the axis (it follows the longest tick label). */
  yLabelOffset: number;
  /** Write an x or y value as the chart does. */
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  finding: string;
  description: string;
  sizeNote: string;
  units: (count: number) => string;
  points: ExplorerPoint[];
  table: TableSpec;
  summarised: boolean;
  labelOf: (row: ProfitMatrixRow<T>) => string;
}

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeProfitLayout>[1]> = {
  currency: true,
  data: true,
  formatValue: true,
  formatX: true,
  formatY: true,
  height: true,
  label: true,
  labelCount: true,
  locale: true,
  margin: true,
  maxRadius: true,
  maxTableRows: true,
  preset: true,
  size: true,
  sizeLabel: true,
  split: true,
  unitLabel: true,
  unitLabelSingular: true,
  width: true,
  xLabel: true,
  xScale: true,
  yLabel: true,
  yScale: true,
};

/**
 * Computes the profit matrix's layout: runs core's `profitMatrix`, then scales over the data (and the split),
 * the quadrants, bubbles (area ∝ `size`, else equal dots), labels without overlap, the finding in words,
 * explorer points and the data table. Memoised on its inputs.
 *
 * @example
 * const layout = useProfitLayout({ data, x: 'costToServe', y: 'netPricePct', preset: 'shapiro', width: 640, height: 480 });
 * layout.finding; // "49 of 144 accounts (34%) are Aggressive, the largest group; …"
 */
export function useProfitLayout<T>(options: ProfitLayoutOptions<T>): ProfitLayout<T> {
  const { x, y, split, preset, id } = options;
  const data = useDataArray(options.data);
  const result = useMemo(
    () => profitMatrix(data, { x, y, split, preset, id }),
    [data, x, y, split, preset, id],
  );
  return useLayoutMemo(computeProfitLayout, result, { ...options, data }, LAYOUT_KEYS);
}

const presetNames: Record<ProfitMatrixPreset, { x: string; y: string }> = {
  shapiro: { x: 'Cost to serve', y: 'Net price' },
  'revenue-margin': { x: 'Revenue', y: 'Contribution margin' },
};

function measureFormatters(
  kind: MeasureFormat | undefined,
  format: Formatters,
  options: FormatOptions,
): { full: (v: number) => string; tick: (v: number) => string } {
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

/**
 * A measure's scale and ticks. `'linear'`: the padded extent, made nice, with as many of d3's ticks as have
 * `room` beside each other.
 * `'log'`: a symmetric log scale (d3's `scaleSymlog`, linear within ± the smallest non-zero magnitude), so
 * heavy-tailed measures get room for every order of magnitude while zero and negative values stay on the
 * chart; ticks at 0 and powers of ten, then 3×, 2× and 5× them, each where it has `room`.
 */
function measureAxis(
  kind: MeasureScale,
  values: readonly number[],
  split: number,
  range: [number, number],
  format: (value: number) => string,
  room: (a: Tick, b: Tick) => boolean,
): { scale: (value: number) => number; ticks: Tick[] } {
  const fits = (ticks: Tick[]) => ticks.every((t, i) => i === 0 || room(ticks[i - 1] as Tick, t));
  const [lo, hi] = paddedDomain(values, split);
  if (kind === 'log') {
    let smallest = Number.POSITIVE_INFINITY;
    for (const v of values) if (v !== 0 && Math.abs(v) < smallest) smallest = Math.abs(v);
    const constant = Number.isFinite(smallest) ? smallest : 1;
    const domain = extentWith(values, split);
    const scale = scaleSymlog(domain[0] < domain[1] ? domain : [lo, hi], range).constant(constant);
    const [d0, d1] = scale.domain() as [number, number];
    // Candidates in order of importance: 0, powers of ten (largest first), then 3×, 2× and 5× them; each is
    // kept when it has room beside the ticks kept so far.
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
    return { scale, ticks: kept.sort((p, q) => p.position - q.position) };
  }
  const scale = scaleLinear([lo, hi], range).nice(6);
  for (let count = 8; count > 2; count--) {
    const ticks = linearTicks(scale, count, format);
    if (fits(ticks)) return { scale, ticks };
  }
  return { scale, ticks: linearTicks(scale, 2, format) };
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * A quadrant cell whose label covers one of the split texts, with the label moved one line away from it (down
 * from the cell's top, up from its bottom) while it stays in the cell, else shortened to the room beside the
 * split text (or left out when fewer than 3 characters would stay). Other cells come back unchanged.
 */
function clearOfSplitTexts(cell: QuadrantCell, splitBoxes: readonly Box[]): QuadrantCell {
  const box = cell.labelBox;
  const hit = box ? splitBoxes.find((b) => overlaps(box, b)) : undefined;
  if (!box || !hit) return cell;
  const fontSize = 12;
  const free = (b: Box) => splitBoxes.every((s) => !overlaps(b, s));
  // Move: below the split text when the label sits at the cell's top, above it when at the bottom.
  const atTop = box.y + box.height / 2 < cell.y + cell.height / 2;
  const shift = atTop ? hit.y + hit.height + 2 - box.y : hit.y - 2 - (box.y + box.height);
  const moved: Box = { ...box, y: box.y + shift };
  if (moved.y >= cell.y && moved.y + moved.height <= cell.y + cell.height && free(moved))
    return { ...cell, labelY: cell.labelY + shift, labelBox: moved };
  // Shorten: the room between the split text and the cell's far side.
  const pad = 6;
  const room =
    cell.labelAnchor === 'end'
      ? cell.labelX - Math.max(cell.x + pad, hit.x + hit.width + 4)
      : Math.min(cell.x + cell.width - pad, hit.x - 4) - cell.labelX;
  const chars = Math.floor(room / (fontSize * 0.62));
  if (chars < 3) return { ...cell, labelText: '', labelBox: null };
  const labelText = truncate(cell.label, chars);
  const width = averageTextWidth(labelText, fontSize, true);
  const shortened: Box = { ...box, x: cell.labelAnchor === 'end' ? cell.labelX - width : cell.labelX, width };
  return free(shortened)
    ? { ...cell, labelText, labelBox: shortened }
    : { ...cell, labelText: '', labelBox: null };
}

/** The pure part of {@link useProfitLayout}: layout of an already computed profit-matrix result. */
export function computeProfitLayout<T>(
  result: ProfitMatrixResult<T>,
  options: Omit<ProfitLayoutOptions<T>, 'x' | 'y' | 'id'>,
): ProfitLayout<T> {
  const format = createFormat(options);
  const unitLabel = options.unitLabel ?? 'accounts';
  const singular = options.unitLabelSingular ?? unitLabel.replace(/s$/, '');
  const units = counter(format.integer, unitLabel, singular);
  const sizeLabel = options.sizeLabel ?? 'revenue';
  const named = typeof options.preset === 'string' ? presetNames[options.preset] : undefined;
  const xName = options.xLabel ?? named?.x ?? 'x';
  const yName = options.yLabel ?? named?.y ?? 'y';
  const fx = measureFormatters(options.formatX, format, options);
  const fy = measureFormatters(options.formatY, format, options);
  const { width, height } = options;
  const rows = result.rows;
  const n = rows.length;
  const dataArray = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: ProfitMatrixRow<T>) => nameOf(row, dataArray);

  // The left margin follows the longest y tick label, so long money ticks ("20 Mio. €") never reach the axis title.
  const base = resolveMargin({ top: 12, right: 16, bottom: 46, left: 64 }, options.margin);
  const y0 = base.top;
  const y1 = Math.max(base.top + 1, height - base.bottom);
  const sized = options.size !== undefined;
  const maxRadius = options.maxRadius ?? defaultMaxRadius(n, width - base.left - base.right, y1 - y0);
  // The extremes sit inside the plot by the largest radius, so edge bubbles stay inside the axes.
  const inset = Math.min(sized ? maxRadius + 2 : 8, (width - base.left - base.right) / 8, (y1 - y0) / 8);
  // Horizontal tick labels need half of each one's width plus 12 px between their centres; vertical ones 26 px.
  const xRoom = (a: Tick, b: Tick) =>
    Math.abs(a.position - b.position) >=
    (averageTextWidth(a.label, 12) + averageTextWidth(b.label, 12)) / 2 + 12;
  const yRoom = (a: Tick, b: Tick) => Math.abs(a.position - b.position) >= 26;

  // Without placed accounts core gives no split; the axes and guides then have none to show.
  const split = result.split ?? { x: Number.NaN, y: Number.NaN };
  const yAxis = measureAxis(
    options.yScale ?? 'linear',
    rows.map((r) => r.y),
    split.y,
    [y1 - inset, y0 + inset],
    fy.tick,
    yRoom,
  );
  const y = yAxis.scale;
  const yTicks = yAxis.ticks;
  const yTickWidth = Math.max(0, ...yTicks.map((t) => averageTextWidth(t.label, 12)));
  const yLabelOffset = Math.ceil(yTickWidth + 8 + 14);
  const margin =
    options.margin?.left === undefined ? { ...base, left: Math.max(52, yLabelOffset + 12) } : base;
  const plot = { x0: margin.left, x1: Math.max(margin.left + 1, width - margin.right), y0, y1 };
  const xAxis = measureAxis(
    options.xScale ?? 'linear',
    rows.map((r) => r.x),
    split.x,
    [plot.x0 + inset, plot.x1 - inset],
    fx.tick,
    xRoom,
  );
  const x = xAxis.scale;
  const xTicks = xAxis.ticks;
  const hasSplit = Number.isFinite(split.x) && Number.isFinite(split.y);
  const splitX = hasSplit ? x(split.x) : (plot.x0 + plot.x1) / 2;
  const splitY = hasSplit ? y(split.y) : (plot.y0 + plot.y1) / 2;
  const splitWord =
    options.split === 'mean'
      ? 'mean'
      : options.split === undefined || options.split === 'median'
        ? 'median'
        : 'split';
  const splitLabels = hasSplit
    ? { x: `${splitWord} ${fx.full(split.x)}`, y: `${splitWord} ${fy.full(split.y)}` }
    : { x: '', y: '' };

  // The split texts sit at the top end of the vertical split line and the right end of the horizontal one.
  const splitBoxes: Box[] = hasSplit
    ? [
        { x: splitX + 4, y: plot.y0 + 2, width: averageTextWidth(splitLabels.x, 11) + 4, height: 14 },
        {
          x: plot.x1 - averageTextWidth(splitLabels.y, 11) - 8,
          y: splitY - 16,
          width: averageTextWidth(splitLabels.y, 11) + 4,
          height: 14,
        },
      ]
    : [];

  const readSize = numberReader(options.size);
  const sizes = rows.map((row) => readSize(row.datum, row.index, dataArray));
  const names = rows.map(labelOf);
  const spanX = Math.max(1e-9, plot.x1 - plot.x0);
  const spanY = Math.max(1e-9, plot.y1 - plot.y0);
  const items: ScatterItem[] = rows.map((row, i) => {
    const cx = x(row.x);
    const cy = y(row.y);
    return {
      cx,
      cy,
      size: sizes[i] ?? null,
      text: names[i] as string,
      priority: sized
        ? (sizes[i] ?? Number.NEGATIVE_INFINITY)
        : Math.abs(cx - splitX) / spanX + Math.abs(cy - splitY) / spanY,
    };
  });
  const quadrantLayout = layoutQuadrantBubbles(items, {
    plot,
    maxRadius,
    splitX,
    splitY,
    quadrants: result.quadrants,
    counts: result.counts,
    firstAxis: 'x',
    labelCount: options.labelCount,
    obstacles: splitBoxes,
  });
  const { scatter } = quadrantLayout;
  // In a narrow matrix a quadrant label can meet a split text ("Carriage trade" beside "median €23,350"):
  // the label then moves a line away from the split text, or is shortened beside it.
  const cells = quadrantLayout.cells.map((cell) => clearOfSplitTexts(cell, splitBoxes));
  const labels = cells.every((cell, i) => cell === quadrantLayout.cells[i])
    ? quadrantLayout.labels
    : labelBubbles(items, scatter.bubbles, {
        plot,
        labelCount: options.labelCount,
        obstacles: [...cells.map((c) => c.labelBox), ...splitBoxes],
      });
  const marks: BubbleMark[] = scatter.bubbles.map((bubble) => {
    const row = rows[bubble.index] as ProfitMatrixRow<T>;
    return { ...bubble, id: row.id, quadrant: row.quadrant };
  });

  const excluded = result.excluded.length;
  const excludedNote =
    excluded > 0
      ? ` ${units(excluded)} left out (missing or not a number: ${[...new Set(result.excluded.map((e) => (e.field === 'x' ? xName : yName).toLowerCase()))].join(' or ')}).`
      : '';
  const order = (['high-high', 'high-low', 'low-high', 'low-low'] as const).map((p) => result.quadrants[p]);
  const most = Math.max(...order.map((q) => result.counts[q.key] ?? 0));
  const biggest = order.filter((q) => (result.counts[q.key] ?? 0) === most);
  const rest = order
    .filter((q) => !biggest.includes(q))
    .map((q) => `${q.label} ${format.integer(result.counts[q.key] ?? 0)}`)
    .join(', ');
  const finding =
    n === 0
      ? excluded > 0
        ? `No ${singular} could be placed on the matrix.`
        : `No ${unitLabel} to place on the matrix.`
      : n === 1
        ? `The one ${singular}, ${names[0]}, is ${(rows[0] as ProfitMatrixRow<T>).quadrant.label}.`
        : biggest.length === 1
          ? `${format.integer(most)} of ${units(n)} (${format.percent(most / n)}) ${most === 1 ? 'is' : 'are'} ${(biggest[0] as (typeof order)[number]).label}, the largest group; ${rest}.`
          : `${biggest
              .map((q) => q.label)
              .join(' and ')
              .replace(
                / and (?=.* and )/g,
                ', ',
              )} are the largest groups (${format.integer(most)} of ${units(n)} each)${rest ? `; ${rest}` : ''}.`;
  let sizeFinding = '';
  if (sized && n > 1) {
    const summary = summariseQuadrants(
      result.quadrants,
      rows.map((row, i) => ({ quadrant: row.quadrant, x: row.x, y: row.y, size: sizes[i] ?? null })),
      true,
    );
    const total = summary.reduce((a, s) => a + (s.size ?? 0), 0);
    const top = summary.reduce((a, s) => ((s.size ?? 0) > (a.size ?? 0) ? s : a));
    if (total > 0)
      sizeFinding = ` ${top.label} holds the most ${sizeLabel} (${format.percent((top.size ?? 0) / total)}).`;
  }
  const splitText = hasSplit
    ? ` Split at the ${splitWord === 'split' ? 'given values' : splitWord}: ${xName.toLowerCase()} ${fx.full(split.x)}, ${yName.toLowerCase()} ${fy.full(split.y)}.`
    : '';
  const description =
    n === 0
      ? `${finding}${excludedNote}`
      : `${finding}${sizeFinding} ${capitalise(xName.toLowerCase())} (right) against ${yName.toLowerCase()} (up).${splitText}${excludedNote}`;
  const sizeNote = bubbleSizeNote(sized, sizes, names, sizeLabel, format);

  const capitalSize = capitalise(sizeLabel);
  const points: ExplorerPoint[] = scatter.readingOrder.map((i) => {
    const row = rows[i] as ProfitMatrixRow<T>;
    const lines = [
      `${xName}: ${fx.full(row.x)}`,
      `${yName}: ${fy.full(row.y)}`,
      `${row.quadrant.label} quadrant`,
    ];
    if (sized) {
      const s = sizes[i];
      lines.push(`${capitalSize}: ${s === null || s === undefined ? 'unknown' : format.value(s)}`);
    }
    return bubblePoint(marks[i] as BubbleMark, names[i] as string, lines);
  });

  const maxTableRows = options.maxTableRows ?? 500;
  const summarised = n > maxTableRows;
  let table: TableSpec;
  if (summarised) {
    const summary = summariseQuadrants(
      result.quadrants,
      rows.map((row, i) => ({ quadrant: row.quadrant, x: row.x, y: row.y, size: sizes[i] ?? null })),
      sized,
    );
    table = quadrantSummaryTable(summary, {
      caption: `${finding} Summary by quadrant of ${units(n)}.`,
      unitLabel,
      sized,
      sizeLabel,
      measures: [
        { key: 'x', label: xName, of: 'x', format: fx.full },
        { key: 'y', label: yName, of: 'y', format: fy.full },
      ],
      format,
      note: excludedNote.trim() || undefined,
    });
  } else {
    table = {
      caption: finding,
      columns: [
        { key: 'name', label: capitalise(singular) },
        { key: 'x', label: xName, numeric: true },
        { key: 'y', label: yName, numeric: true },
        { key: 'quadrant', label: 'Quadrant' },
        ...(sized ? [{ key: 'size', label: capitalSize, numeric: true }] : []),
      ],
      rows: rows.map((row, i) => {
        const s = sizes[i];
        return [
          names[i] as string,
          fx.full(row.x),
          fy.full(row.y),
          row.quadrant.label,
          ...(sized ? [s === null || s === undefined ? 'unknown' : format.value(s)] : []),
        ];
      }),
      raw: rows.map((row, i) => [
        names[i] as string,
        row.x,
        row.y,
        row.quadrant.label,
        ...(sized ? [sizes[i] ?? null] : []),
      ]),
      note: excludedNote.trim() || undefined,
    };
  }

  return {
    result,
    format,
    width,
    height,
    margin,
    plot,
    x,
    y,
    splitX,
    splitY,
    splitLabels,
    cells,
    marks,
    drawOrder: scatter.drawOrder,
    labels,
    sizes,
    sized,
    radius: scatter.radius,
    xTicks,
    yTicks,
    xAxisLabel: xName,
    yAxisLabel: yName,
    yLabelOffset,
    formatX: fx.full,
    formatY: fy.full,
    finding,
    description,
    sizeNote,
    units,
    points,
    table,
    summarised,
    labelOf,
  };
}
