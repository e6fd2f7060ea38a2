import type {
  FieldOrAccessor,
  IdField,
  MrrMovement,
  MrrMovementRow,
  MrrMovementsResult,
  NumberField,
} from '@kamkit/core';
import { mrrMovements } from '@kamkit/core';
import { scaleBand, scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { compactFormat, createShortFormat } from '../../primitives/compact';
import { useDataArray } from '../../primitives/data';
import type { LegendItem } from '../../primitives/Legend';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { resolveMargin } from '../../primitives/margin';
import { textWidth } from '../../primitives/measureText';
import type { Period, PeriodFormat } from '../../primitives/periods';
import { createPeriodFormat, distinctPeriods, periodKey } from '../../primitives/periods';
import { capitalise, counter } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import { linearTicks, truncate } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';
import { valueAxisSpace } from '../../primitives/valueAxis';

/** The steps of the MRR waterfall, left to right. */
export type WaterfallStepKey = 'start' | 'new' | 'expansion' | 'contraction' | 'churned' | 'end';

/** Options of {@link useMrrMovementsLayout}: the options of core's `mrrMovements` plus periods, geometry and formatting. */
export interface MrrMovementsLayoutOptions<T> extends FormatOptions {
  /**
   * Records, one per account and period (e.g. month), each with the account's id and MRR. The records of
   * `from` are the "before" snapshot, the records of `to` the "after" snapshot.
   */
  data: Iterable<T>;
  /** The period of each record: an ISO month `'2024-03'`, a `Date` or a number. Default: the field `period`. */
  period?: FieldOrAccessor<T, unknown>;
  /** The period to compare from. Default: the first period in the data. */
  from?: Period;
  /** The period to compare to. Default: the last period in the data. */
  to?: Period;
  /** The account id, the same in every period. Default: the field `id` (within a snapshot, else its position). */
  id?: IdField<T>;
  /** MRR (finite, ≥ 0). Default: the field `mrr`. */
  mrr?: NumberField<T>;
  /** The plan, passed through to the movement rows (`planBefore`, `planAfter`). Optional. */
  plan?: FieldOrAccessor<T, unknown>;
  /** The account's name, for tooltips and the table. Default: the id. */
  label?: LabelField<T>;
  /** Names of the steps, e.g. `{ new: 'Neu', churned: 'Kündigung' }` (default English: New, Expansion, …; start and end are the periods). */
  stepLabels?: Partial<Record<WaterfallStepKey, string>>;
  /** What the value is, in words. Default `'MRR'`. */
  valueLabel?: string;
  /** What the records are, in words (plural). Default `'accounts'`. */
  unitLabel?: string;
  /** The singular of `unitLabel`. Default: `unitLabel` without a final "s". */
  unitLabelSingular?: string;
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** One bar of the waterfall. */
export interface WaterfallStep<T> {
  key: WaterfallStepKey;
  /** The step's name, e.g. "Expansion" or the period "Jan 2024". */
  label: string;
  /** `'total'` (start and end, drawn from zero), `'increase'` or `'decrease'`. */
  kind: 'total' | 'increase' | 'decrease';
  /** Signed change (+new, +expansion, −contraction, −churn) or, for totals, the MRR. */
  value: number;
  /** The running MRR before and after the step (for totals: 0 and the MRR). */
  from: number;
  to: number;
  /** Accounts in the step (for totals: accounts paying in that period). */
  count: number;
  /** The step's accounts, largest movement first (empty for totals). */
  rows: MrrMovementRow<T>[];
  /** The bar, in the SVG's coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The value as written on the bar, e.g. "+$120K" or "−$30K" (3 significant digits, 2 on narrow bars). */
  valueText: string;
  /** The baseline of the value label: above the bar, one line higher for every other label when they are too wide to sit side by side. */
  labelY: number;
  /** The value label's centre: the bar's centre, moved inwards when the label would leave the chart. */
  labelX: number;
}

/** Everything {@link MrrMovementsChart} draws, for custom rendering through its `children` render prop. */
export interface MrrMovementsLayout<T> {
  result: MrrMovementsResult<T>;
  format: Formatters;
  periodFormat: PeriodFormat;
  /** The periods compared (`undefined` when the data has none). */
  from: Period | undefined;
  to: Period | undefined;
  /** The distinct periods of the data, ascending. */
  periods: Period[];
  width: number;
  height: number;
  margin: Margin;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Value → y. */
  y: (value: number) => number;
  steps: WaterfallStep<T>[];
  /** Dashed lines joining each bar's end level to the next bar. */
  connectors: { x1: number; x2: number; y: number }[];
  /** The step names under the bars; every other one is dropped a line when they would collide (`row` 1). */
  xLabels: { x: number; y: number; text: string; row: 0 | 1 }[];
  yTicks: Tick[];
  /** Offset of the value axis' title from the axis line (past the longest tick label). */
  yLabelOffset: number;
  legend: LegendItem[];
  /** "NRR 99%" and "GRR 95%" (or `null` without MRR at the start). */
  nrr: string | null;
  grr: string | null;
  /** True when there is nothing to draw. */
  empty: boolean;
  /** The finding in words, e.g. "MRR grew from $1.8M to $2M between Jan 2024 and Dec 2024: new $120K, …; NRR 99%, GRR 95%." */
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: TableSpec;
  labelOf: (row: MrrMovementRow<T>) => string;
}

const STEP_NAMES: Record<Exclude<WaterfallStepKey, 'start' | 'end'>, string> = {
  new: 'New',
  expansion: 'Expansion',
  contraction: 'Contraction',
  churned: 'Churn',
};

/**
 * Splits records into the `from` and `to` snapshots for core's `mrrMovements`, and resolves the default
 * periods (the first and the last of the data).
 *
 * @example
 * movementSnapshots(monthly, 'month', '2024-01', '2024-12'); // { before: January's records, after: December's, … }
 */
export function movementSnapshots<T>(
  data: readonly T[],
  period: FieldOrAccessor<T, unknown> | undefined,
  from: Period | undefined,
  to: Period | undefined,
): { before: T[]; after: T[]; periods: Period[]; from: Period | undefined; to: Period | undefined } {
  const read =
    typeof period === 'function'
      ? period
      : (d: T) =>
          d !== null && typeof d === 'object'
            ? (d as Record<string, unknown>)[(period as string | undefined) ?? 'period']
            : undefined;
  const keys = data.map((d, i) => periodKey(read(d, i, data)));
  const periods = distinctPeriods(data.map((d, i) => read(d, i, data)));
  const start = from ?? periods[0];
  const end = to ?? periods[periods.length - 1];
  const startKey = start === undefined ? null : periodKey(start);
  const endKey = end === undefined ? null : periodKey(end);
  const before: T[] = [];
  const after: T[] = [];
  data.forEach((d, i) => {
    if (keys[i] === null) return;
    if (keys[i] === startKey) before.push(d);
    if (keys[i] === endKey) after.push(d);
  });
  return { before, after, periods, from: start, to: end };
}

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeMrrMovementsLayout>[1]> = {
  after: true,
  before: true,
  currency: true,
  formatValue: true,
  from: true,
  height: true,
  label: true,
  locale: true,
  margin: true,
  periods: true,
  stepLabels: true,
  to: true,
  unitLabel: true,
  unitLabelSingular: true,
  valueLabel: true,
  width: true,
};

/**
 * Computes the MRR waterfall's layout: splits the records into the `from` and `to` snapshots, runs core's
 * `mrrMovements`, then lays out start, new, expansion, contraction, churn and end as a waterfall (each bar
 * starts where the previous one ended, so start + movements = end in the geometry), with value labels, the
 * finding in words (with NRR and GRR), explorer points and the data table. Memoised on its inputs.
 *
 * @example
 * const layout = useMrrMovementsLayout({ data: monthly, period: 'month', from: '2024-01', to: '2024-12', width: 640, height: 320 });
 * layout.finding; // "MRR grew from $1.8M to $2M between Jan 2024 and Dec 2024: new $120K, …; NRR 99%, GRR 95%."
 */
export function useMrrMovementsLayout<T>(options: MrrMovementsLayoutOptions<T>): MrrMovementsLayout<T> {
  const { period, from, to, id, mrr, plan } = options;
  const data = useDataArray(options.data);
  const fromKey = from === undefined ? undefined : periodKey(from);
  const toKey = to === undefined ? undefined : periodKey(to);
  // biome-ignore lint/correctness/useExhaustiveDependencies: periods are compared by key (equal Dates are one period).
  const snapshots = useMemo(() => movementSnapshots(data, period, from, to), [data, period, fromKey, toKey]);
  const result = useMemo(
    () => mrrMovements(snapshots.before, snapshots.after, { id, mrr, plan }),
    [snapshots, id, mrr, plan],
  );
  const { from: first, to: last, periods, before, after } = snapshots;
  return useLayoutMemo(
    computeMrrMovementsLayout,
    result,
    { ...options, from: first, to: last, periods, before, after },
    LAYOUT_KEYS,
  );
}

/** Options of {@link computeMrrMovementsLayout}. */
export interface MrrMovementsComputeOptions<T>
  extends Omit<MrrMovementsLayoutOptions<T>, 'data' | 'period' | 'id' | 'mrr' | 'plan' | 'from' | 'to'> {
  /** The periods compared, for labels (optional). */
  from?: Period;
  to?: Period;
  /** All periods of the data, for the period format (optional). */
  periods?: readonly Period[];
  /** The snapshots the result was computed from, for the `label` accessor's `data` argument (optional). */
  before?: readonly T[];
  after?: readonly T[];
}

/** The pure part of {@link useMrrMovementsLayout}: layout of an already computed `mrrMovements` result. */
export function computeMrrMovementsLayout<T>(
  result: MrrMovementsResult<T>,
  options: MrrMovementsComputeOptions<T>,
): MrrMovementsLayout<T> {
  const format = createShortFormat(options);
  const known = [options.from, options.to].filter((p): p is Period => p !== undefined);
  const periods = options.periods ? [...options.periods] : distinctPeriods(known);
  const periodFormat = createPeriodFormat(format.locale, periods.length > 0 ? periods : known);
  const valueLabel = options.valueLabel ?? 'MRR';
  const unitLabel = options.unitLabel ?? 'accounts';
  const singular = options.unitLabelSingular ?? unitLabel.replace(/s$/, '');
  const units = counter(format.integer, unitLabel, singular);
  const { width, height } = options;
  const nameOf = labeller(options.label);
  const before = options.before ?? [];
  const after = options.after ?? [];
  const labelOf = (row: MrrMovementRow<T>) =>
    nameOf(
      { datum: row.datum, index: row.afterIndex ?? row.beforeIndex ?? 0, id: row.id },
      row.afterIndex !== null ? after : before,
    );
  const fromText = options.from === undefined ? 'start' : periodFormat.label(options.from);
  const toText = options.to === undefined ? 'end' : periodFormat.label(options.to);
  const names = { ...STEP_NAMES, start: fromText, end: toText, ...options.stepLabels };

  const peak = Math.max(result.startMrr, result.startMrr + result.new + result.expansion, result.endMrr);
  // The value axis gets the room its longest tick label needs: ticks depend only on the plot's height.
  const vertical = resolveMargin({ top: 24, right: 16, bottom: 40, left: 64 }, options.margin);
  const provisional = scaleLinear(
    [0, peak > 0 ? peak : 1],
    [vertical.top, Math.max(vertical.top + 1, height - vertical.bottom)],
  ).nice(5);
  const tickCount = Math.max(2, Math.min(6, Math.floor((height - vertical.bottom - vertical.top) / 40)));
  const axisSpace = valueAxisSpace(provisional.ticks(tickCount).map(format.tick));
  const byMovement = (movement: MrrMovement) => result.rows.filter((row) => row.movement === movement);
  const paying = (side: 'before' | 'after') =>
    result.rows.filter((row) => (side === 'before' ? row.mrrBefore : row.mrrAfter) > 0).length;
  const money = (v: number) => format.tick(v);
  const signed = (v: number, text = money) => (v > 0 ? `+${text(v)}` : v < 0 ? `−${text(-v)}` : text(0));
  const geometry = (extraTop: number) => {
    const margin = resolveMargin(
      { ...vertical, left: axisSpace.margin, top: vertical.top + extraTop },
      options.margin,
    );
    const plot = {
      x0: margin.left,
      x1: Math.max(margin.left + 1, width - margin.right),
      y0: margin.top,
      y1: Math.max(margin.top + 1, height - margin.bottom),
    };
    const keys: WaterfallStepKey[] = ['start', 'new', 'expansion', 'contraction', 'churned', 'end'];
    const band = scaleBand<WaterfallStepKey>().domain(keys).range([plot.x0, plot.x1]).padding(0.28);
    const barWidth = Math.min(band.bandwidth(), 72);
    const y = scaleLinear([0, peak > 0 ? peak : 1], [plot.y1, plot.y0]).nice(5);

    const short = compactFormat(options, { significantDigits: band.step() < 70 ? 2 : 3 });

    let level = result.startMrr;
    const steps: WaterfallStep<T>[] = keys.map((key) => {
      let kind: WaterfallStep<T>['kind'];
      let value: number;
      let fromLevel: number;
      let toLevel: number;
      let count: number;
      let rows: MrrMovementRow<T>[] = [];
      if (key === 'start' || key === 'end') {
        kind = 'total';
        value = key === 'start' ? result.startMrr : result.endMrr;
        fromLevel = 0;
        toLevel = value;
        count = paying(key === 'start' ? 'before' : 'after');
      } else {
        const movement = key as MrrMovement;
        const amount = result[key];
        const up = key === 'new' || key === 'expansion';
        value = up ? amount : amount === 0 ? 0 : -amount;
        kind = up ? 'increase' : 'decrease';
        fromLevel = level;
        toLevel = level + value;
        level = toLevel;
        rows = byMovement(movement);
        count = result.counts[movement];
      }
      const lo = Math.min(fromLevel, toLevel);
      const hi = Math.max(fromLevel, toLevel);
      const center = (band(key) ?? plot.x0) + band.bandwidth() / 2;
      return {
        key,
        label: names[key],
        kind,
        value,
        from: fromLevel,
        to: toLevel,
        count,
        rows,
        x: center - barWidth / 2,
        y: y(hi),
        width: barWidth,
        height: Math.max(0, y(lo) - y(hi)),
        valueText: kind === 'total' ? short(value) : signed(value, short),
        labelY: y(hi) - 6,
        labelX: center,
      };
    });
    placeValueLabels(steps, plot.x0, width - 2);
    return { margin, plot, band, y, steps };
  };
  // Value labels pushed above the plot's top get the room they need (a second pass with a taller top margin).
  let built = geometry(0);
  const highest = Math.min(...built.steps.map((step) => step.labelY));
  if (highest < 12) built = geometry(12 - highest);
  const { margin, plot, band, y, steps } = built;

  const connectors = steps.slice(0, -1).map((step, i) => {
    const next = steps[i + 1] as WaterfallStep<T>;
    return { x1: step.x + step.width, x2: next.x, y: y(step.to) };
  });

  // Step names: on one line when they fit their band, else alternating on two lines (each then gets two bands).
  const longest = Math.max(...steps.map((step) => Array.from(step.label).length));
  const stagger = longest * 6.6 + 6 > band.step();
  const maxChars = Math.max(6, Math.floor(((stagger ? 2 : 1) * band.step() - 6) / 6.6));
  const xLabels = steps.map((step, i) => {
    const row: 0 | 1 = stagger && i % 2 === 1 ? 1 : 0;
    return {
      x: step.x + step.width / 2,
      y: plot.y1 + 16 + row * 14,
      text: truncate(step.label, maxChars),
      row,
    };
  });
  const yTicks = linearTicks(y, Math.max(2, Math.min(6, Math.floor((plot.y1 - plot.y0) / 40))), format.tick);
  const legend: LegendItem[] = [
    { label: 'Total', color: 'var(--kamkit-total-color)' },
    { label: 'Increase', color: 'var(--kamkit-positive-color)' },
    { label: 'Decrease', color: 'var(--kamkit-negative-color)' },
  ];

  const nrr =
    result.netRevenueRetention === null ? null : `NRR ${format.percent(result.netRevenueRetention)}`;
  const grr =
    result.grossRevenueRetention === null ? null : `GRR ${format.percent(result.grossRevenueRetention)}`;
  const assessed = result.rows.filter((row) => row.movement !== 'inactive').length;
  const empty = assessed === 0;
  const between =
    options.from !== undefined && options.to !== undefined ? ` between ${fromText} and ${toText}` : '';
  let finding: string;
  if (empty) {
    finding =
      periods.length === 0 && options.from === undefined
        ? `No ${valueLabel} data.`
        : `No ${valueLabel} in ${fromText} or ${toText}.`;
  } else {
    const { startMrr: s, endMrr: e } = result;
    const verb = e > s ? 'grew' : e < s ? 'fell' : 'stayed';
    const head =
      verb === 'stayed'
        ? `${valueLabel} stayed at ${money(e)}${between}`
        : `${valueLabel} ${verb} from ${money(s)} to ${money(e)}${between}`;
    const parts = `new ${money(result.new)}, expansion ${money(result.expansion)}, contraction ${money(result.contraction)}, churn ${money(result.churned)}`;
    const rates = [nrr, grr].filter(Boolean).join(', ');
    finding = `${head}: ${parts}${rates ? `; ${rates}` : ''}.`;
  }
  const excludedNote =
    result.excluded.length > 0
      ? ` ${units(result.excluded.length)} left out (missing, negative or invalid ${valueLabel}).`
      : '';
  const counts = empty
    ? ''
    : ` ${capitalise(unitLabel)}: ${format.integer(result.counts.new)} new, ${format.integer(result.counts.expansion)} expanded, ${format.integer(result.counts.contraction)} contracted, ${format.integer(result.counts.churned)} churned.`;
  const description = `${finding}${counts}${excludedNote}`;

  const points: ExplorerPoint[] = empty
    ? []
    : steps.map((step) => {
        const lines =
          step.kind === 'total'
            ? [`${valueLabel}: ${format.value(step.value)}`, `${capitalise(units(step.count))} paying`]
            : [
                `${step.value < 0 ? '−' : '+'}${format.value(Math.abs(step.value))} from ${units(step.count)}`,
                `${valueLabel} after: ${format.value(step.to)}`,
              ];
        if (step.rows.length > 0) {
          const largest = step.rows
            .slice(0, 3)
            .map((row) => `${truncate(labelOf(row), 28)} (${signed(row.change)})`);
          const more = step.rows.length - largest.length;
          lines.push(`Largest: ${largest.join(', ')}${more > 0 ? ` and ${format.integer(more)} more` : ''}`);
        }
        if (step.key === 'end') {
          if (nrr) lines.push(nrr);
          if (grr) lines.push(grr);
        }
        return {
          x: step.x + step.width / 2,
          y: step.y,
          box: { x: step.x, y: step.y, width: step.width, height: Math.max(1, step.height) },
          title: step.label,
          lines,
        };
      });

  const table: TableSpec = {
    caption: finding,
    columns: [
      { key: 'step', label: 'Step' },
      { key: 'accounts', label: capitalise(unitLabel), numeric: true },
      { key: 'change', label: `Change in ${valueLabel}`, numeric: true },
      { key: 'running', label: valueLabel, numeric: true },
    ],
    rows: steps.map((step) => [
      step.label,
      format.integer(step.count),
      step.kind === 'total' ? '' : `${step.value < 0 ? '−' : '+'}${format.value(Math.abs(step.value))}`,
      format.value(step.to),
    ]),
    raw: steps.map((step) => [step.label, step.count, step.kind === 'total' ? null : step.value, step.to]),
    note: tableNote(result, format, excludedNote),
  };

  return {
    result,
    format,
    periodFormat,
    from: options.from,
    to: options.to,
    periods,
    width,
    height,
    margin,
    plot,
    y,
    steps,
    connectors,
    xLabels,
    yTicks,
    yLabelOffset: axisSpace.labelOffset,
    legend,
    nrr,
    grr,
    empty,
    finding,
    description,
    points,
    table,
    labelOf,
  };
}

function tableNote<T>(
  result: MrrMovementsResult<T>,
  format: Formatters,
  excludedNote: string,
): string | undefined {
  const rates: string[] = [];
  if (result.netRevenueRetention !== null)
    rates.push(`net revenue retention ${format.percent(result.netRevenueRetention, 1)}`);
  if (result.grossRevenueRetention !== null)
    rates.push(`gross revenue retention ${format.percent(result.grossRevenueRetention, 1)}`);
  const text = `${rates.length > 0 ? `${capitalise(rates.join(', '))}.` : ''}${excludedNote}`.trim();
  return text || undefined;
}

/**
 * Places the value labels of the waterfall: each above its bar and above any bar it spans; a label that would
 * touch a label already placed (left to right) moves up above it, so labels never overlap, also when they are
 * wider than their bars (long numbers, narrow charts).
 */
function placeValueLabels<T>(steps: WaterfallStep<T>[], left: number, right: number): void {
  const placed: { x0: number; x1: number; y: number }[] = [];
  for (const step of steps) {
    // The label's estimated width (bold, 12 px; per glyph, so "€2M" is wider than three average characters).
    const half = textWidth(step.valueText, 12, true) / 2;
    // Centred on the bar, but kept inside [left, right].
    const cx = Math.max(left + half, Math.min(right - half, step.x + step.width / 2));
    const x0 = cx - half;
    const x1 = cx + half;
    let baseline = step.y - 6;
    for (const other of steps) {
      if (other.x < x1 && other.x + other.width > x0) baseline = Math.min(baseline, other.y - 6);
    }
    for (let moved = true; moved; ) {
      moved = false;
      for (const p of placed) {
        if (p.x0 < x1 + 3 && x0 < p.x1 + 3 && Math.abs(p.y - baseline) < 13) {
          baseline = p.y - 13;
          moved = true;
        }
      }
    }
    step.labelY = baseline;
    step.labelX = cx;
    placed.push({ x0, x1, y: baseline });
  }
}
