import type { FieldOrAccessor, MrrByPlanResult, MrrByPlanRow, NumberField } from '@kamkit/core';
import { mrrByPlan } from '@kamkit/core';
import { scaleBand, scaleLinear } from 'd3-scale';
import { area, line, stack } from 'd3-shape';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { createShortFormat } from '../../primitives/compact';
import { useDataArray } from '../../primitives/data';
import type { LegendItem } from '../../primitives/Legend';
import { resolveMargin } from '../../primitives/margin';
import type { Period, PeriodFormat } from '../../primitives/periods';
import { createPeriodFormat, periodTicks } from '../../primitives/periods';
import type { Tick } from '../../primitives/ticks';
import { linearTicks, truncate } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';
import { valueAxisSpace } from '../../primitives/valueAxis';

/** Options of {@link useMrrByPlanLayout}: the options of core's `mrrByPlan` plus geometry and formatting. */
export interface MrrByPlanLayoutOptions<T> extends FormatOptions {
  /** Records, usually one per account and period (e.g. month), each with its plan and MRR. */
  data: Iterable<T>;
  /** The period of each record: an ISO month `'2024-03'`, a `Date` or a number. Default: the field `period`. */
  period?: FieldOrAccessor<T, unknown>;
  /** The plan of each record. Default: the field `plan`. */
  plan?: FieldOrAccessor<T, unknown>;
  /** MRR of each record (finite, ≥ 0). Default: the field `mrr`. */
  mrr?: NumberField<T>;
  /**
   * The plans lowest first, e.g. `['Basic', 'Standard', 'Premium']`: the first is stacked at the bottom, the last
   * on top, and colours follow this order (pass it for colours that stay put). Plans not listed follow by total
   * MRR. Default: all plans by total MRR descending (the largest at the bottom).
   */
  plans?: readonly string[];
  /** Periods shown even without records (zero-filled), e.g. every month of the year. */
  periods?: readonly Period[];
  /**
   * The plan to highlight (e.g. the upsell plan): drawn with an outline, labelled in the plot and named in the
   * description. Default: the last of `plans` when `plans` is given, else none; `null` for none.
   */
  highlight?: string | null;
  /** What the highlighted plan stands for, shown beside its name. Default `'upsell'`. */
  highlightNote?: string;
  /** `'area'` (stacked areas) or `'bar'` (stacked bars). Default: `'bar'` for up to 12 periods, else `'area'`. */
  mark?: 'area' | 'bar';
  /** What the value is, in words. Default `'MRR'`. */
  valueLabel?: string;
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** One stacked bar segment: one plan in one period. */
export interface MrrByPlanSegment {
  period: Period;
  /** The period's position (0-based). */
  index: number;
  value: number;
  /** Position and size in the SVG's coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One plan's layer of the stack. */
export interface MrrByPlanLayer {
  plan: string;
  /** Position in the stack, 0 = bottom (also the colour slot: `--kamkit-plan-<position % 6 + 1>-color`). */
  position: number;
  /** A CSS colour for the plan (a `var(--kamkit-plan-n-color)`). */
  color: string;
  highlight: boolean;
  /** The layer as an SVG area path (area mark). */
  areaPath: string;
  /** The layer's upper edge as an SVG path (area mark). */
  topPath: string;
  /** The layer's bar segments (bar mark); a highlighted layer's segments get a line along their top. */
  segments: MrrByPlanSegment[];
  /** Lower and upper value of the layer per period. */
  bands: [number, number][];
}

/** Everything {@link MrrByPlanChart} draws, for custom rendering through its `children` render prop. */
export interface MrrByPlanLayout<T> {
  result: MrrByPlanResult<T>;
  format: Formatters;
  periodFormat: PeriodFormat;
  width: number;
  height: number;
  margin: Margin;
  plot: { x0: number; x1: number; y0: number; y1: number };
  mark: 'area' | 'bar';
  /** Period index → x of the period's centre. */
  x: (index: number) => number;
  /** Width of a bar (bar mark), else 0. */
  bandwidth: number;
  /** Value → y. */
  y: (value: number) => number;
  /** The layers, bottom to top. */
  layers: MrrByPlanLayer[];
  /** The highlighted plan, if any. */
  highlight: string | null;
  /** Where to write the highlighted plan's name inside the plot, when its layer is tall enough. */
  highlightLabel: { x: number; y: number; text: string; anchor: 'end' | 'middle' } | null;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Offset of the value axis' title from the axis line (past the longest tick label). */
  yLabelOffset: number;
  legend: LegendItem[];
  /** The finding in words, e.g. "MRR grew from $1.2M in Jan 2022 to $1.9M in Dec 2024 (+58%)." */
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: TableSpec;
}

/**
 * The colour of the plan at `position` in the stack: 6 colour slots, repeating (`--kamkit-plan-1` … `-6`, falling
 * back to `--chart-1` … `--chart-5` and the Okabe–Ito palette).
 *
 * @example
 * planColor(2); // "var(--kamkit-plan-3-color)"
 */
export function planColor(position: number): string {
  return `var(--kamkit-plan-${(position % 6) + 1}-color)`;
}

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeMrrByPlanLayout>[1]> = {
  currency: true,
  formatValue: true,
  height: true,
  highlight: true,
  highlightNote: true,
  locale: true,
  margin: true,
  mark: true,
  plans: true,
  valueLabel: true,
  width: true,
};

/**
 * Computes the MRR-by-plan chart's layout: runs core's `mrrByPlan`, stacks the plans (lowest plan at the bottom,
 * the highlighted upsell plan on top), builds scales, month ticks formatted for the locale, the finding in words,
 * the explorer points (one per period) and the data table. Memoised on its inputs.
 *
 * @example
 * const layout = useMrrByPlanLayout({ data: monthly, period: 'month', plans: ['Basic', 'Standard', 'Premium'], width: 640, height: 320 });
 * layout.finding; // "MRR grew from $1.2M in Jan 2022 to $1.9M in Dec 2024 (+58%)."
 */
export function useMrrByPlanLayout<T>(options: MrrByPlanLayoutOptions<T>): MrrByPlanLayout<T> {
  const { period, plan, mrr, plans, periods } = options;
  const data = useDataArray(options.data);
  const result = useMemo(
    () => mrrByPlan(data, { period, plan, mrr, plans, periods }),
    [data, period, plan, mrr, plans, periods],
  );
  return useLayoutMemo(computeMrrByPlanLayout, result, { ...options }, LAYOUT_KEYS);
}

/** The pure part of {@link useMrrByPlanLayout}: layout of an already computed `mrrByPlan` result. */
export function computeMrrByPlanLayout<T>(
  result: MrrByPlanResult<T>,
  options: Omit<MrrByPlanLayoutOptions<T>, 'data' | 'period' | 'plan' | 'mrr' | 'periods'>,
): MrrByPlanLayout<T> {
  const format = createShortFormat(options);
  const periodFormat = createPeriodFormat(format.locale, result.periods);
  const valueLabel = options.valueLabel ?? 'MRR';
  const { width, height } = options;
  const periods = result.periods;
  const n = periods.length;
  const plans = result.plans;
  const highlight =
    options.highlight === null
      ? null
      : (options.highlight ??
        (options.plans?.length ? (options.plans[options.plans.length - 1] as string) : null));
  const highlighted = highlight !== null && plans.includes(highlight) ? highlight : null;
  const note = options.highlightNote ?? 'upsell';
  const mark = options.mark ?? (n <= 12 ? 'bar' : 'area');

  const maxTotal = result.rows.reduce((m, row) => Math.max(m, row.total), 0);
  // The value axis gets the room its longest tick label needs: ticks depend only on the plot's height.
  const vertical = resolveMargin({ top: 16, right: 20, bottom: 36, left: 64 }, options.margin);
  const provisional = scaleLinear(
    [0, maxTotal > 0 ? maxTotal : 1],
    [vertical.top, Math.max(vertical.top + 1, height - vertical.bottom)],
  ).nice(5);
  const tickCount = Math.max(2, Math.min(6, Math.floor((height - vertical.bottom - vertical.top) / 40)));
  const axisSpace = valueAxisSpace(provisional.ticks(tickCount).map(format.tick));
  const margin = resolveMargin({ ...vertical, left: axisSpace.margin }, options.margin);
  const plot = {
    x0: margin.left,
    x1: Math.max(margin.left + 1, width - margin.right),
    y0: margin.top,
    y1: Math.max(margin.top + 1, height - margin.bottom),
  };
  const plotWidth = plot.x1 - plot.x0;

  const band = scaleBand<number>()
    .domain(periods.map((_, i) => i))
    .range([plot.x0, plot.x1])
    .paddingInner(n > 24 ? 0.1 : 0.25)
    .paddingOuter(0.15);
  const bandwidth = mark === 'bar' ? Math.min(band.bandwidth(), 64) : 0;
  const x =
    mark === 'bar'
      ? (i: number) => (band(i) ?? plot.x0) + band.bandwidth() / 2
      : n <= 1
        ? () => (plot.x0 + plot.x1) / 2
        : (i: number) => plot.x0 + (i / (n - 1)) * plotWidth;
  const y = scaleLinear([0, maxTotal > 0 ? maxTotal : 1], [plot.y1, plot.y0]).nice(5);

  const stacked = stack<MrrByPlanRow, string>()
    .keys(plans)
    .value((row, key) => row.mrr[key] ?? 0)(result.rows);
  const areaOf = area<[number, number]>()
    .x((_, i) => x(i))
    .y0((d) => y(d[0]))
    .y1((d) => y(d[1]));
  // The upper edge only where the layer has MRR: a plan without MRR has no edge to outline.
  const topOf = line<[number, number]>()
    .defined((d) => d[1] - d[0] > 0)
    .x((_, i) => x(i))
    .y((d) => y(d[1]));
  const layers: MrrByPlanLayer[] = stacked.map((series, position) => {
    const plan = plans[position] as string;
    const bands = series.map((d) => [d[0], d[1]] as [number, number]);
    return {
      plan,
      position,
      color: planColor(position),
      highlight: plan === highlighted,
      areaPath: mark === 'area' ? (areaOf(bands) ?? '') : '',
      topPath: mark === 'area' ? (topOf(bands) ?? '') : '',
      segments:
        mark === 'bar'
          ? bands.map(([lo, hi], index) => ({
              period: periods[index] as Period,
              index,
              value: hi - lo,
              x: x(index) - bandwidth / 2,
              y: y(hi),
              width: bandwidth,
              height: Math.max(0, y(lo) - y(hi)),
            }))
          : [],
      bands,
    };
  });

  const first = result.rows[0];
  const last = result.rows[n - 1];
  const share = (value: number, total: number) => (total > 0 ? value / total : 0);

  // The highlighted plan's name inside its band: at the right end of the area, or inside the last bar when the
  // bar is wide enough (otherwise the legend names it).
  let highlightLabel: MrrByPlanLayout<T>['highlightLabel'] = null;
  const hl = layers.find((layer) => layer.highlight);
  if (hl && n > 0) {
    const [lo, hi] = hl.bands[n - 1] as [number, number];
    const top = y(hi);
    const bottom = y(lo);
    const full = `${highlighted} (${note})`;
    if (bottom - top >= 16) {
      if (mark === 'area' && plotWidth >= 200) {
        const text = truncate(full, Math.floor((plotWidth * 0.6) / 7));
        highlightLabel = { x: x(n - 1) - 6, y: (top + bottom) / 2, text, anchor: 'end' };
      } else if (mark === 'bar' && Array.from(full).length * 7 + 8 <= bandwidth) {
        highlightLabel = { x: x(n - 1), y: (top + bottom) / 2, text: full, anchor: 'middle' };
      }
    }
  }

  const maxTicks = Math.max(2, Math.floor(plotWidth / 72));
  const xTicks = periodTicks(periods, x, maxTicks, periodFormat);
  const yTicks = linearTicks(y, Math.max(2, Math.min(6, Math.floor((plot.y1 - plot.y0) / 40))), format.tick);

  // The legend lists plans top to bottom, as they are stacked.
  const legend: LegendItem[] = [...layers].reverse().map((layer) => ({
    label: layer.highlight ? `${layer.plan} (${note})` : layer.plan,
    color: layer.color,
  }));

  const pct = (from: number, to: number) => {
    if (from <= 0) return '';
    const change = to / from - 1;
    return ` (${change >= 0 ? '+' : '−'}${format.percent(Math.abs(change))})`;
  };
  let finding: string;
  let detail = '';
  if (n === 0 || result.total <= 0 || first === undefined || last === undefined) {
    finding = `No ${valueLabel} data.`;
  } else if (n === 1) {
    finding = `${valueLabel} in ${periodFormat.label(first.period)}: ${format.value(first.total)}.`;
  } else {
    const verb = last.total > first.total ? 'grew' : last.total < first.total ? 'fell' : 'stayed';
    finding =
      verb === 'stayed'
        ? `${valueLabel} stayed at ${format.tick(last.total)} from ${periodFormat.label(first.period)} to ${periodFormat.label(last.period)}.`
        : `${valueLabel} ${verb} from ${format.tick(first.total)} in ${periodFormat.label(first.period)} to ${format.tick(last.total)} in ${periodFormat.label(last.period)}${pct(first.total, last.total)}.`;
  }
  if (last !== undefined && last.total > 0) {
    const parts = [...plans]
      .reverse()
      .map(
        (p) =>
          `${p} ${format.tick(last.mrr[p] ?? 0)} (${format.percent(share(last.mrr[p] ?? 0, last.total))})`,
      );
    detail += ` By plan in ${periodFormat.label(last.period)}: ${parts.join(', ')}.`;
    if (highlighted !== null && first !== undefined && n > 1) {
      const a = share(first.mrr[highlighted] ?? 0, first.total);
      const b = share(last.mrr[highlighted] ?? 0, last.total);
      detail +=
        format.percent(a) === format.percent(b)
          ? ` ${highlighted} (${note}) held at ${format.percent(b)} of ${valueLabel}.`
          : ` ${highlighted} (${note}) ${b > a ? 'rose' : 'fell'} from ${format.percent(a)} to ${format.percent(b)} of ${valueLabel}.`;
    }
  }
  const excludedNote =
    result.excluded.length > 0
      ? ` ${format.integer(result.excluded.length)} ${result.excluded.length === 1 ? 'record' : 'records'} left out (missing or invalid period, plan or ${valueLabel}).`
      : '';
  const description = `${finding}${detail}${excludedNote}`;

  const points: ExplorerPoint[] = result.rows.map((row, i) => {
    const lines = [...plans]
      .reverse()
      .map(
        (p) =>
          `${p}${p === highlighted ? ` (${note})` : ''}: ${format.value(row.mrr[p] ?? 0)} (${format.percent(share(row.mrr[p] ?? 0, row.total))})`,
      );
    lines.push(`Total: ${format.value(row.total)}`);
    const top = y(row.total);
    return {
      x: x(i),
      y: top,
      box:
        mark === 'bar'
          ? { x: x(i) - bandwidth / 2, y: top, width: bandwidth, height: Math.max(0, plot.y1 - top) }
          : undefined,
      title: periodFormat.label(row.period),
      lines,
    };
  });

  const table: TableSpec = {
    caption: finding,
    columns: [
      { key: 'period', label: 'Period' },
      ...[...plans].reverse().map((p, i) => ({ key: `plan-${i}`, label: p, numeric: true })),
      { key: 'total', label: `Total ${valueLabel}`, numeric: true },
    ],
    rows: result.rows.map((row) => [
      periodFormat.label(row.period),
      ...[...plans].reverse().map((p) => format.value(row.mrr[p] ?? 0)),
      format.value(row.total),
    ]),
    raw: result.rows.map((row) => [
      row.period instanceof Date ? row.period.toISOString() : row.period,
      ...[...plans].reverse().map((p) => row.mrr[p] ?? 0),
      row.total,
    ]),
    note: excludedNote.trim() || undefined,
  };

  return {
    result,
    format,
    periodFormat,
    width,
    height,
    margin,
    plot,
    mark,
    x,
    bandwidth,
    y,
    layers,
    highlight: highlighted,
    highlightLabel,
    xTicks,
    yTicks,
    yLabelOffset: axisSpace.labelOffset,
    legend,
    finding,
    description,
    points,
    table,
  };
}
