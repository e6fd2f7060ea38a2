import type { ConcentrationResult, IdField, LorenzPoint, NumberField, ParetoRow } from '@kamkit/core';
import { concentration } from '@kamkit/core';
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import type { CurvePoint } from '../../primitives/curve';
import {
  curveAreaPath,
  curvePath,
  curveValueAt,
  downsampleCurve,
  splitColumns,
} from '../../primitives/curve';
import { toArray, useDataArray } from '../../primitives/data';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { resolveMargin } from '../../primitives/margin';
import { fitToWidth, textWidth } from '../../primitives/measureText';
import { sharePercent } from '../../primitives/share';
import { capitalise, counter, namesList } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';

/** Which Gini coefficient the chart states: core's population Gini, or the small-sample corrected one. */
export type GiniVariant = 'population' | 'corrected';

/** Options of {@link useLorenzLayout}: the options of core's `concentration` plus labels, geometry and formatting. */
export interface LorenzLayoutOptions<T> extends FormatOptions {
  data: Iterable<T>;
  /** The value of each account (e.g. revenue): a field name or accessor. Default: the field `value`. */
  value?: NumberField<T>;
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** The account's name, for tooltips and the table. Default: the id. */
  label?: LabelField<T>;
  /**
   * The Gini coefficient stated: `'population'` (default; core's `gini`, at most 1 − 1/n) or `'corrected'`
   * (`giniCorrected` = gini · n/(n − 1), which reaches 1 when one account has everything; falls back to the
   * population Gini for a single account).
   */
  gini?: GiniVariant;
  /** What the value is, in words. Default `'revenue'`. */
  valueLabel?: string;
  /** What the records are, in words (plural). Default `'accounts'`. */
  unitLabel?: string;
  /** The singular of `unitLabel`. Default: `unitLabel` without a final "s". */
  unitLabelSingular?: string;
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** Everything {@link LorenzChart} draws, for custom rendering through its `children` render prop. */
export interface LorenzLayout<T> {
  result: ConcentrationResult<T>;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Cumulative share of accounts, smallest first, 0…1 → x. */
  x: (share: number) => number;
  /** Cumulative share of value 0…1 → y. */
  y: (share: number) => number;
  /** The drawn points of the Lorenz curve in pixels, downsampled to the plot's width. */
  curve: CurvePoint[];
  linePath: string;
  /** The area between the line of equality and the curve (its size is half the Gini). */
  areaPath: string;
  /** The marked point: the smallest 80 % of accounts (the largest 20 % make the rest); `null` without data. */
  marker: {
    x: number;
    y: number;
    accountShare: number;
    valueShare: number;
    label: string;
    /** The label as drawn: one line, or two when the plot is too narrow for one. */
    lines: string[];
  } | null;
  /** True when the explorer visits groups of adjacent accounts instead of single accounts. */
  binned: boolean;
  xTicks: Tick[];
  yTicks: Tick[];
  /** The x axis title, shortened when the chart is too narrow for it ("Share of accounts, smallest first"). */
  xAxisLabel: string;
  /** The y axis title, shortened when the plot is too short for it. */
  yAxisLabel: string;
  /** Distance of the y axis title from the axis line: past the longest tick label beside the title. */
  yLabelOffset: number;
  /** The Gini coefficient stated (per `gini`), `null` without data. */
  gini: number | null;
  /** "0.63" (2 decimals in the locale). */
  giniText: string;
  /** "revenue is highly concentrated". */
  giniWords: string;
  /** "HHI 452 points: as concentrated as 22 accounts of equal size." (1/HHI, the numbers equivalent). */
  hhiText: string;
  /** The finding in words, e.g. "Gini 0.63: revenue is highly concentrated." */
  finding: string;
  description: string;
  units: (count: number) => string;
  points: ExplorerPoint[];
  table: TableSpec;
  labelOf: (row: ParetoRow<T>) => string;
}

const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
/** The kit's axis font size (tick labels and titles; titles are bold). */
const FONT = 12;

/** The first of `candidates` whose estimated width (bold) is at most `room`, else the last one shortened to it. */
function fitTitle(candidates: readonly string[], room: number): string {
  for (const text of candidates) if (textWidth(text, FONT, true) <= room) return text;
  return fitToWidth(candidates[candidates.length - 1] as string, room, FONT, true);
}

/**
 * The Gini coefficient in words (about `valueLabel`): below 0.3 "spread fairly evenly", below 0.5 "moderately
 * concentrated", below 0.7 "highly concentrated", else "very highly concentrated".
 *
 * @example
 * describeGini(0.63, 'revenue'); // "revenue is highly concentrated"
 */
export function describeGini(gini: number, valueLabel = 'revenue'): string {
  if (gini < 0.3) return `${valueLabel} is spread fairly evenly`;
  if (gini < 0.5) return `${valueLabel} is moderately concentrated`;
  if (gini < 0.7) return `${valueLabel} is highly concentrated`;
  return `${valueLabel} is very highly concentrated`;
}

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeLorenzLayout>[1]> = {
  currency: true,
  data: true,
  formatValue: true,
  gini: true,
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
 * Computes the Lorenz chart's layout: runs core's `concentration`, then scales, the Lorenz curve (downsampled to
 * pixel resolution, so the path stays bounded for any number of accounts), the concentration area between the
 * curve and the line of equality, the Gini and HHI in words, a marked point (the largest 20 % of accounts), the
 * explorer points (accounts smallest first, or groups when they outnumber pixels) and the data table (accounts,
 * or deciles when binned). Memoised on its inputs.
 *
 * @example
 * const layout = useLorenzLayout({ data, value: 'revenue', width: 640, height: 400 });
 * layout.finding; // "Gini 0.63: revenue is highly concentrated."
 */
export function useLorenzLayout<T>(options: LorenzLayoutOptions<T>): LorenzLayout<T> {
  const { value, id } = options;
  const data = useDataArray(options.data);
  const result = useMemo(() => concentration(data, { value, id }), [data, value, id]);
  return useLayoutMemo(computeLorenzLayout, result, { ...options, data }, LAYOUT_KEYS);
}

/**
 * The pure part of {@link useLorenzLayout}: layout of an already computed `concentration` result.
 *
 * @example
 * const layout = computeLorenzLayout(concentration(accounts, { value: 'revenue' }), { data: accounts, width: 640, height: 400 });
 */
export function computeLorenzLayout<T>(
  result: ConcentrationResult<T>,
  options: Omit<LorenzLayoutOptions<T>, 'value' | 'id'>,
): LorenzLayout<T> {
  const format = createFormat(options);
  const valueLabel = options.valueLabel ?? 'revenue';
  const unitLabel = options.unitLabel ?? 'accounts';
  const singular = options.unitLabelSingular ?? unitLabel.replace(/s$/, '');
  const units = counter(format.integer, unitLabel, singular);
  const { width, height } = options;
  const rows = result.rows;
  const n = result.n;
  const dataArray = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: ParetoRow<T>) => nameOf(row, dataArray);
  const decimal = new Intl.NumberFormat(format.locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });

  // The y axis title stands clear of the tick labels beside it (the title is centred on the plot, so only the
  // ticks along its length count): "100 %" in de-DE is wider than "100%". It needs 12 px beyond its line for
  // the glyphs, and the default left margin keeps that room.
  const percentTicks = [0, 0.2, 0.4, 0.6, 0.8, 1];
  const top = options.margin?.top ?? 16;
  const bottom = options.margin?.bottom ?? 44;
  const plotHeight = Math.max(1, height - top - bottom);
  const yAxisLabel = fitTitle(
    [`Cumulative share of ${valueLabel}`, `Share of ${valueLabel}`, capitalise(valueLabel)],
    plotHeight,
  );
  const yTitleHalf = textWidth(yAxisLabel, FONT, true) / 2 + 4;
  const yTickWidth = Math.max(
    0,
    ...percentTicks
      .filter((p) => Math.abs((1 - p) * plotHeight - plotHeight / 2) <= yTitleHalf + FONT / 2)
      // Measured with plain spaces: de-DE's "80 %" has a no-break space, as wide as a space.
      .map((p) => textWidth(format.percent(p).replace(/[\u00a0\u202f]/g, ' '), FONT)),
  );
  // The tick labels end 8 px from the axis; the rotated title reaches 3 px back towards them, plus 4 px of air.
  const yLabelOffset = Math.max(46, Math.ceil(yTickWidth + 15));
  const margin = resolveMargin({ top: 16, right: 24, bottom: 44, left: yLabelOffset + 14 }, options.margin);
  const plot = {
    x0: margin.left,
    x1: Math.max(margin.left + 1, width - margin.right),
    y0: margin.top,
    y1: Math.max(margin.top + 1, height - margin.bottom),
  };
  const plotWidth = plot.x1 - plot.x0;
  const x = scaleLinear([0, 1], [plot.x0, plot.x1]);
  const y = scaleLinear([0, 1], [plot.y1, plot.y0]);
  const toPixel = (p: LorenzPoint): CurvePoint => ({ x: x(p.x), y: y(p.y) });

  const lorenz = result.lorenz;
  const kept = n > 0 ? downsampleCurve(lorenz, plotWidth) : [];
  const curve = kept.map((i) => toPixel(lorenz[i] as LorenzPoint));
  const linePath = curvePath(curve);
  const areaPath = curveAreaPath(curve, (p) => y((p.x - plot.x0) / plotWidth));

  // The Gini and HHI in words.
  const gini =
    result.gini === null
      ? null
      : options.gini === 'corrected' && result.giniCorrected !== null
        ? result.giniCorrected
        : result.gini;
  const giniText = gini === null ? '' : decimal.format(gini);
  const giniWords =
    gini === null
      ? ''
      : n === 1
        ? `a single ${singular} makes all ${valueLabel}`
        : describeGini(gini, valueLabel);
  const equivalent = result.hhi && result.hhi > 0 ? 1 / result.hhi : 0;
  // The numbers equivalent 1/HHI: "as concentrated as 3.8 accounts of equal size" (1 decimal below 10).
  const oneDecimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
  const equivalentText = equivalent < 10 ? oneDecimal.format(equivalent) : format.integer(equivalent);
  const hhiText =
    result.hhiPoints === null
      ? ''
      : `HHI ${format.integer(result.hhiPoints)} points: as concentrated as ${
          equivalent < 1.05 ? `a single ${singular}` : `${equivalentText} ${unitLabel} of equal size`
        }.`;

  // The marked point: the largest 20 % of accounts (the smallest 80 % make the rest).
  const marker =
    n >= 2
      ? (() => {
          const valueShare = curveValueAt(lorenz, 0.8);
          const p = toPixel({ x: 0.8, y: valueShare });
          const head = `Largest ${format.percent(0.2)}:`;
          const tail = `${sharePercent(format.percent, 1 - valueShare)} of ${valueLabel}`;
          const label = `${head} ${tail}`;
          // The label ends 8 px left of the point; in a narrow plot it takes two lines to stay right of the axis.
          const room = p.x - 8 - (plot.x0 + 4);
          return {
            x: p.x,
            y: p.y,
            accountShare: 0.8,
            valueShare,
            label,
            lines:
              textWidth(label, FONT, true) <= room
                ? [label]
                : [head, tail].map((line) => fitToWidth(line, Math.max(room, 40), FONT, true)),
          };
        })()
      : null;

  const xTicks: Tick[] = percentTicks.map((p) => ({ position: x(p), label: format.percent(p) }));
  const yTicks: Tick[] = percentTicks.map((p) => ({ position: y(p), label: format.percent(p) }));

  // The x axis title is centred under the plot and stays inside the chart: on a phone it drops "Cumulative".
  const xCentre = (plot.x0 + plot.x1) / 2;
  const xAxisLabel = fitTitle(
    [
      `Cumulative share of ${unitLabel}, smallest first`,
      `Share of ${unitLabel}, smallest first`,
      `${capitalise(unitLabel)}, smallest first`,
    ],
    2 * Math.min(xCentre, width - xCentre) - 4,
  );

  const finding =
    n === 0 || gini === null
      ? `No ${unitLabel} with a positive ${valueLabel}.`
      : `Gini ${giniText}: ${giniWords}.`;
  const excludedNote =
    result.excluded.length > 0
      ? ` ${format.integer(result.excluded.length)} ${result.excluded.length === 1 ? 'record' : 'records'} left out (zero, negative or missing ${valueLabel}).`
      : '';
  let description = `${finding}${excludedNote}`;
  if (n > 0 && gini !== null) {
    const half = curveValueAt(lorenz, 0.5);
    const shares =
      marker !== null
        ? ` The largest ${format.percent(0.2)} of ${unitLabel} make ${sharePercent(format.percent, 1 - marker.valueShare)} of ${valueLabel}; the smallest ${format.percent(0.5)} make ${sharePercent(format.percent, half)}.`
        : '';
    const variant =
      options.gini === 'corrected' && result.giniCorrected !== null
        ? ' (corrected for a small number of accounts)'
        : '';
    description = `${finding}${variant ? ` Gini${variant}.` : ''}${shares} ${hhiText} ${units(n)}, total ${valueLabel} ${format.value(result.total)}.${excludedNote}`;
  }

  // Explorer: accounts smallest first, or groups of adjacent accounts when they outnumber pixels.
  const columns = Math.max(1, Math.floor(plotWidth));
  const binned = n > columns;
  const capital = capitalise(valueLabel);
  const ascending = (i: number) => rows[n - 1 - i] as ParetoRow<T>; // i-th smallest, 0-based
  const groups: [number, number][] = binned ? splitColumns([n], columns) : rows.map((_, i) => [i, i + 1]);
  const points: ExplorerPoint[] = groups.map(([a, b]) => {
    const end = lorenz[b] as LorenzPoint;
    const p = toPixel(end);
    const reach = `Smallest ${format.integer(b)} (${sharePercent(format.percent, end.x)}) make ${sharePercent(format.percent, end.y)} of ${valueLabel}`;
    if (b - a === 1) {
      const row = ascending(a);
      return {
        x: p.x,
        y: p.y,
        title: labelOf(row),
        lines: [
          `${capital}: ${format.value(row.value)} (${sharePercent(format.percent, row.share, 1)})`,
          reach,
        ],
      };
    }
    let total = 0;
    const members: string[] = [];
    for (let i = a; i < b; i++) {
      total += ascending(i).value;
      if (members.length < 4) members.push(labelOf(ascending(i)));
    }
    const more = b - a - members.length;
    return {
      x: p.x,
      y: p.y,
      title: `${capitalise(unitLabel)} ${format.integer(a + 1)}–${format.integer(b)} from the smallest (${format.integer(b - a)})`,
      lines: [
        more > 0 ? `${namesList(members, 4)} and ${format.integer(more)} more` : namesList(members, 4),
        `${capital}: ${format.value(total)}`,
        reach,
      ],
    };
  });

  const table: TableSpec = binned
    ? {
        caption: `${finding} ${units(n)}, by decile from the smallest.`,
        columns: [
          { key: 'accountShare', label: `Share of ${unitLabel}, smallest first`, numeric: true },
          { key: 'count', label: capitalise(unitLabel), numeric: true },
          { key: 'valueShare', label: `Cumulative share of ${valueLabel}`, numeric: true },
        ],
        rows: DECILES.map((p) => [
          format.percent(p),
          format.integer(Math.round(p * n)),
          format.percent(curveValueAt(lorenz, p), 1),
        ]),
        raw: DECILES.map((p) => [p, Math.round(p * n), curveValueAt(lorenz, p)]),
        note: excludedNote.trim() || undefined,
      }
    : {
        caption: finding,
        columns: [
          { key: 'position', label: 'From the smallest', numeric: true },
          { key: 'name', label: capitalise(singular) },
          { key: 'value', label: capital, numeric: true },
          { key: 'accountShare', label: `Cumulative share of ${unitLabel}`, numeric: true },
          { key: 'valueShare', label: `Cumulative share of ${valueLabel}`, numeric: true },
        ],
        rows: rows.map((_, i) => {
          const row = ascending(i);
          const point = lorenz[i + 1] as LorenzPoint;
          return [
            format.integer(i + 1),
            labelOf(row),
            format.value(row.value),
            format.percent(point.x, 1),
            format.percent(point.y, 1),
          ];
        }),
        raw: rows.map((_, i) => {
          const row = ascending(i);
          const point = lorenz[i + 1] as LorenzPoint;
          return [i + 1, labelOf(row), row.value, point.x, point.y];
        }),
        note: excludedNote.trim() || undefined,
      };

  return {
    result,
    format,
    width,
    height,
    margin,
    plot,
    x,
    y,
    curve,
    linePath,
    areaPath,
    marker,
    binned,
    xTicks,
    yTicks,
    xAxisLabel,
    yAxisLabel,
    yLabelOffset,
    gini,
    giniText,
    giniWords,
    hhiText,
    finding,
    description,
    units,
    points,
    table,
    labelOf,
  };
}
