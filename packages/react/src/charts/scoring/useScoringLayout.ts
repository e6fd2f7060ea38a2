import type {
  Criterion,
  IdField,
  NumberField,
  ResolvedCriterion,
  ScoreNormalize,
  ScoreOptions,
  ScoreResult,
  ScoreRow,
} from '@kamkit/core';
import { score } from '@kamkit/core';
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import type { BubbleMark } from '../../primitives/Bubbles';
import { toArray, useDataArray } from '../../primitives/data';
import { formatDecimal } from '../../primitives/decimal';
import { numberReader } from '../../primitives/fields';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { resolveMargin } from '../../primitives/margin';
import {
  bubblePoint,
  bubbleSizeNote,
  layoutQuadrantBubbles,
  quadrantSummaryTable,
} from '../../primitives/quadrantLayout';
import type { QuadrantCell } from '../../primitives/quadrants';
import type { PlacedLabel, ScatterItem } from '../../primitives/scatter';
import { defaultMaxRadius, summariseQuadrants } from '../../primitives/scatter';
import { capitalise, counter } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';

/** Options of {@link useScoringLayout}: the options of core's `score` plus sizing, geometry and formatting. */
export interface ScoringLayoutOptions<T> extends FormatOptions {
  data: Iterable<T>;
  /** The criteria of both axes, with weights (core's `score`). Required. */
  criteria: readonly Criterion<T>[];
  /** Weights of growth and harmony in the total score. Default `{ growth: 1, harmony: 1 }`. */
  axisWeights?: { growth: number; harmony: number };
  /** How criterion values become 0–100 scores. Default `'scale'` (each criterion's `scale`, default 1–10). */
  normalize?: ScoreNormalize;
  /** Quadrant split (default 50 on both axes) and labels (default McDonald & Rogers' KAM matrix). */
  quadrants?: ScoreOptions<T>['quadrants'];
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** The account's name, for labels, tooltips and the table. Default: the id. */
  label?: LabelField<T>;
  /** What each bubble's AREA shows (e.g. revenue): a field name or accessor. Default: none (equal bubbles). */
  size?: NumberField<T>;
  /** What `size` is, in words. Default `'revenue'`. */
  sizeLabel?: string;
  /** How many of the largest bubbles (or, without `size`, the highest scores) get a label. Default 8. */
  labelCount?: number;
  /** Radius of the largest bubble in pixels. Default: from the plot area per account, 4–24. */
  maxRadius?: number;
  /** Name of the vertical axis. Default `'Growth potential'`. */
  growthLabel?: string;
  /** Name of the horizontal axis. Default `'Harmony'`. */
  harmonyLabel?: string;
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

/** Everything {@link ScoringMatrix} draws, for custom rendering through its `children` render prop. */
export interface ScoringLayout<T> {
  result: ScoreResult<T>;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  /** The plot area. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Harmony score 0–100 → x. */
  x: (harmony: number) => number;
  /** Growth score 0–100 → y. */
  y: (growth: number) => number;
  /** The split lines in pixels. */
  splitX: number;
  splitY: number;
  /** The four quadrants as drawn, in core's position order. */
  cells: QuadrantCell[];
  /** One bubble per scored account, in rank order (`marks[i]` is `result.rows[i]`). */
  marks: BubbleMark[];
  /** Indices into `marks`, largest bubble first. */
  drawOrder: number[];
  /** The labelled bubbles. */
  labels: PlacedLabel[];
  /** The size of each row (`null` when unknown or without `size`). */
  sizes: (number | null)[];
  /** `true` when bubbles are sized by `size`. */
  sized: boolean;
  /** Radius of a size, for a custom size legend. */
  radius: (size: number | null) => number;
  xTicks: Tick[];
  yTicks: Tick[];
  xAxisLabel: string;
  yAxisLabel: string;
  /** The finding in words, e.g. "47 of 150 accounts are in the Key quadrant; the highest total score is …". */
  finding: string;
  description: string;
  /** A note on the bubble size for the footer, e.g. "Bubble area shows revenue (largest: €1,380,000)." */
  sizeNote: string;
  units: (count: number) => string;
  /** Explorer points in reading order (left to right). */
  points: ExplorerPoint[];
  table: TableSpec;
  /** `true` when the table lists quadrant summaries instead of every account. */
  summarised: boolean;
  labelOf: (row: ScoreRow<T>) => string;
  /** A score for people: "64.4" (or "64,4" in de-DE). */
  formatScore: (value: number) => string;
}

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeScoringLayout>[1]> = {
  currency: true,
  data: true,
  formatValue: true,
  growthLabel: true,
  harmonyLabel: true,
  height: true,
  label: true,
  labelCount: true,
  locale: true,
  margin: true,
  maxRadius: true,
  maxTableRows: true,
  size: true,
  sizeLabel: true,
  unitLabel: true,
  unitLabelSingular: true,
  width: true,
};

/**
 * Computes the scoring matrix's layout: runs core's `score`, then scales (0–100 on both axes), the quadrants,
 * the bubbles (area ∝ `size`), labels for the most important bubbles without overlap, the finding in words,
 * explorer points and the data table. Memoised on its inputs.
 *
 * @example
 * const layout = useScoringLayout({ data, criteria, size: 'revenue', label: 'name', width: 640, height: 480 });
 * layout.finding; // "47 of 150 accounts are in the Key quadrant; the highest total score is Acme (78.3 of 100)."
 */
export function useScoringLayout<T>(options: ScoringLayoutOptions<T>): ScoringLayout<T> {
  const { criteria, axisWeights, normalize, quadrants, id } = options;
  const data = useDataArray(options.data);
  const result = useMemo(
    () => score(data, { criteria, axisWeights, normalize, quadrants, id }),
    [data, criteria, axisWeights, normalize, quadrants, id],
  );
  return useLayoutMemo(computeScoringLayout, result, { ...options, data }, LAYOUT_KEYS);
}

/** A criterion's name for people: its `label`, else its key. */
export function criterionName(criterion: Pick<ResolvedCriterion, 'key' | 'label'> | undefined, key: string) {
  return criterion?.label ?? key;
}

/** The pure part of {@link useScoringLayout}: layout of an already computed score result. */
export function computeScoringLayout<T>(
  result: ScoreResult<T>,
  options: Omit<ScoringLayoutOptions<T>, 'criteria' | 'axisWeights' | 'normalize' | 'quadrants' | 'id'>,
): ScoringLayout<T> {
  const format = createFormat(options);
  const formatScore = (value: number) => formatDecimal(format.locale, value, 1);
  const unitLabel = options.unitLabel ?? 'accounts';
  const singular = options.unitLabelSingular ?? unitLabel.replace(/s$/, '');
  const units = counter(format.integer, unitLabel, singular);
  const sizeLabel = options.sizeLabel ?? 'revenue';
  const growthLabel = options.growthLabel ?? 'Growth potential';
  const harmonyLabel = options.harmonyLabel ?? 'Harmony';
  const { width, height } = options;
  const rows = result.rows;
  const n = rows.length;
  const dataArray = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: ScoreRow<T>) => nameOf(row, dataArray);
  const criteriaByKey = new Map(result.criteria.map((c) => [c.key, c]));
  const nameOfCriterion = (key: string) => criterionName(criteriaByKey.get(key), key);

  const margin = resolveMargin({ top: 12, right: 16, bottom: 46, left: 56 }, options.margin);
  const plot = {
    x0: margin.left,
    x1: Math.max(margin.left + 1, width - margin.right),
    y0: margin.top,
    y1: Math.max(margin.top + 1, height - margin.bottom),
  };
  const sized = options.size !== undefined;
  const maxRadius =
    options.maxRadius ?? defaultMaxRadius(result.rows.length, plot.x1 - plot.x0, plot.y1 - plot.y0);
  // Scores of 0 and 100 sit inside the plot by the largest radius, so edge bubbles stay inside the axes.
  const inset = Math.min(sized ? maxRadius + 2 : 8, (plot.x1 - plot.x0) / 8, (plot.y1 - plot.y0) / 8);
  const x = scaleLinear([0, 100], [plot.x0 + inset, plot.x1 - inset]);
  const y = scaleLinear([0, 100], [plot.y1 - inset, plot.y0 + inset]);
  const splitX = x(result.split.harmony);
  const splitY = y(result.split.growth);

  const readSize = numberReader(options.size);
  const sizes = rows.map((row) => readSize(row.datum, row.index, dataArray));
  const names = rows.map(labelOf);
  const items: ScatterItem[] = rows.map((row, i) => ({
    cx: x(row.harmony),
    cy: y(row.growth),
    size: sizes[i] ?? null,
    text: names[i] as string,
    priority: sized ? (sizes[i] ?? Number.NEGATIVE_INFINITY) : row.total,
  }));
  const { scatter, cells, labels } = layoutQuadrantBubbles(items, {
    plot,
    maxRadius,
    splitX,
    splitY,
    quadrants: result.quadrants,
    counts: result.counts,
    firstAxis: 'y',
    labelCount: options.labelCount,
  });
  const marks: BubbleMark[] = scatter.bubbles.map((bubble) => {
    const row = rows[bubble.index] as ScoreRow<T>;
    return { ...bubble, id: row.id, quadrant: row.quadrant, incomplete: row.incomplete };
  });

  const ticks = [0, 25, 50, 75, 100];
  const xTicks: Tick[] = ticks.map((v) => ({ position: x(v), label: format.integer(v) }));
  const yTicks: Tick[] = ticks.map((v) => ({ position: y(v), label: format.integer(v) }));

  const highHigh = result.quadrants['high-high'];
  const top = rows[0];
  const excluded = result.excluded.length;
  const excludedAxes = new Set(result.excluded.flatMap((e) => e.axes));
  const excludedNote =
    excluded > 0
      ? ` ${units(excluded)} left out (no usable ${
          excludedAxes.size === 2 ? 'growth or harmony' : excludedAxes.has('growth') ? 'growth' : 'harmony'
        } criterion).`
      : '';
  const finding =
    n === 0
      ? excluded > 0
        ? `No ${singular} could be placed on the matrix.`
        : `No ${unitLabel} to place on the matrix.`
      : `${format.integer(result.counts[highHigh.key] ?? 0)} of ${units(n)} ${
          (result.counts[highHigh.key] ?? 0) === 1 ? 'is' : 'are'
        } in the ${highHigh.label} quadrant; the highest total score is ${labelOf(top as ScoreRow<T>)} (${formatScore(
          (top as ScoreRow<T>).total,
        )} of 100).`;
  const others = (['high-low', 'low-high', 'low-low'] as const)
    .map(
      (p) => `${result.quadrants[p].label}: ${format.integer(result.counts[result.quadrants[p].key] ?? 0)}`,
    )
    .join(', ');
  const incompleteCount = rows.filter((r) => r.incomplete).length;
  const incompleteNote =
    incompleteCount > 0
      ? ` ${units(incompleteCount)} ${incompleteCount === 1 ? 'is' : 'are'} scored from incomplete criteria.`
      : '';
  const splitText =
    result.split.growth === result.split.harmony
      ? formatScore(result.split.growth)
      : `${formatScore(result.split.growth)} (growth) and ${formatScore(result.split.harmony)} (harmony)`;
  const description =
    n === 0
      ? `${finding}${excludedNote}`
      : `${finding} ${others}. ${growthLabel} (up) against ${harmonyLabel.toLowerCase()} (right), 0–100, split at ${splitText}.${incompleteNote}${excludedNote}`;

  const sizeNote = bubbleSizeNote(sized, sizes, names, sizeLabel, format);

  const capitalSize = capitalise(sizeLabel);
  const issueText = (row: ScoreRow<T>) =>
    row.issues
      .map(
        (issue) =>
          `${nameOfCriterion(issue.key)} ${
            issue.reason === 'missing' || issue.reason === 'non-finite'
              ? 'missing'
              : issue.reason === 'below-scale'
                ? 'below its scale'
                : 'above its scale'
          }`,
      )
      .join(', ');
  const points: ExplorerPoint[] = scatter.readingOrder.map((i) => {
    const row = rows[i] as ScoreRow<T>;
    const lines = [
      `${growthLabel} ${formatScore(row.growth)} · ${harmonyLabel} ${formatScore(row.harmony)}`,
      `Total score ${formatScore(row.total)} · rank ${format.integer(row.rank)} of ${format.integer(n)}`,
      `${row.quadrant.label} quadrant`,
    ];
    if (sized) {
      const s = sizes[i];
      lines.push(`${capitalSize}: ${s === null || s === undefined ? 'unknown' : format.value(s)}`);
    }
    if (row.issues.length > 0) lines.push(`${row.incomplete ? 'Incomplete' : 'Clamped'}: ${issueText(row)}`);
    return bubblePoint(marks[i] as BubbleMark, names[i] as string, lines);
  });

  const maxTableRows = options.maxTableRows ?? 500;
  const summarised = n > maxTableRows;
  const note = [incompleteNote.trim(), excludedNote.trim()].filter(Boolean).join(' ') || undefined;
  let table: TableSpec;
  if (summarised) {
    const summary = summariseQuadrants(
      result.quadrants,
      rows.map((row, i) => ({
        quadrant: row.quadrant,
        x: row.harmony,
        y: row.growth,
        size: sizes[i] ?? null,
      })),
      sized,
    );
    table = quadrantSummaryTable(summary, {
      caption: `${finding} Summary by quadrant of ${units(n)}.`,
      unitLabel,
      sized,
      sizeLabel,
      measures: [
        { key: 'growth', label: growthLabel, of: 'y', format: formatScore },
        { key: 'harmony', label: harmonyLabel, of: 'x', format: formatScore },
      ],
      format,
      note,
    });
  } else {
    const withIssues = rows.some((row) => row.issues.length > 0);
    table = {
      caption: finding,
      columns: [
        { key: 'rank', label: 'Rank', numeric: true },
        { key: 'name', label: capitalise(singular) },
        { key: 'growth', label: growthLabel, numeric: true },
        { key: 'harmony', label: harmonyLabel, numeric: true },
        { key: 'total', label: 'Total score', numeric: true },
        { key: 'quadrant', label: 'Quadrant' },
        ...(sized ? [{ key: 'size', label: capitalSize, numeric: true }] : []),
        ...(withIssues ? [{ key: 'note', label: 'Note' }] : []),
      ],
      rows: rows.map((row, i) => {
        const s = sizes[i];
        return [
          format.integer(row.rank),
          names[i] as string,
          formatScore(row.growth),
          formatScore(row.harmony),
          formatScore(row.total),
          row.quadrant.label,
          ...(sized ? [s === null || s === undefined ? 'unknown' : format.value(s)] : []),
          ...(withIssues
            ? [row.issues.length > 0 ? `${row.incomplete ? 'incomplete' : 'clamped'}: ${issueText(row)}` : '']
            : []),
        ];
      }),
      raw: rows.map((row, i) => [
        row.rank,
        names[i] as string,
        row.growth,
        row.harmony,
        row.total,
        row.quadrant.label,
        ...(sized ? [sizes[i] ?? null] : []),
        ...(withIssues ? [row.issues.length > 0 ? issueText(row) : ''] : []),
      ]),
      note,
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
    cells,
    marks,
    drawOrder: scatter.drawOrder,
    labels,
    sizes,
    sized,
    radius: scatter.radius,
    xTicks,
    yTicks,
    xAxisLabel: harmonyLabel,
    yAxisLabel: growthLabel,
    finding,
    description,
    sizeNote,
    units,
    points,
    table,
    summarised,
    labelOf,
    formatScore,
  };
}
