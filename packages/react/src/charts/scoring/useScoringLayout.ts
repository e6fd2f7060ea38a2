import type { QuadrantLabels, ScoreResult, ScoreRow } from '@kamkit/core';
import { kamMatrix, score } from '@kamkit/core';
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt, checkChartInput } from '../../contract/errors';
import { optionValues } from '../../contract/options';
import { createFormat } from '../../format/createFormat';
import { scoring as deScoring } from '../../messages/de/scoring';
import { scoring as enScoring } from '../../messages/en/scoring';
import { resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { toArray } from '../../primitives/data';
import { formatDecimal } from '../../primitives/decimal';
import { numberReader } from '../../primitives/fields';
import { labeller } from '../../primitives/labels';
import { plotArea, resolveMargin } from '../../primitives/margin';
import { bubbleSizeNote, layoutQuadrantBubbles } from '../../primitives/quadrantLayout';
import type { ScatterItem } from '../../primitives/scatter';
import { defaultMaxRadius } from '../../primitives/scatter';
import { capitalise } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import type { ScoringLayoutOptions } from './matrixOptions';
import { SCORING_HEIGHT, SCORING_OPTIONS } from './matrixOptions';
import { scoringTable } from './matrixTable';
import { type ScoringTextInput, scoringDescription, scoringPoints } from './matrixText';
import type { ScoringLayout } from './matrixTypes';

/** The catalogues of the scoring family in the built-in languages. */
const CATALOGUES = { en: enScoring, de: deScoring };

/**
 * The quadrants in the chart's language: McDonald & Rogers' labels from the catalogue with core's keys, unless
 * the caller gave labels of their own.
 */
function localQuadrants<T>(
  result: ScoreResult<T>,
  own: QuadrantLabels | undefined,
  text: MessageShape<typeof enScoring>,
): ScoreResult<T>['quadrants'] {
  if (own !== undefined) return result.quadrants;
  const at = (position: keyof QuadrantLabels) => ({
    key: kamMatrix[position].key,
    label: text.quadrants[position],
    position,
  });
  return {
    'high-high': at('high-high'),
    'high-low': at('high-low'),
    'low-high': at('low-high'),
    'low-low': at('low-low'),
  };
}

/** Stage 1–2: the plot, the 0–100 scales with their ticks, the bubbles, quadrant cells and labels. */
function scoringMarks<T>(
  result: ScoreResult<T>,
  input: ScoringTextInput<T>,
  options: ScoringLayoutOptions<T>,
) {
  const { width } = options;
  const height = options.height ?? SCORING_HEIGHT;
  const margin = resolveMargin({ top: 12, right: 16, bottom: 46, left: 56 }, options.margin);
  const plot = plotArea(width, height, margin);
  const rows = result.rows;
  const maxRadius = options.maxRadius ?? defaultMaxRadius(rows.length, plot.x1 - plot.x0, plot.y1 - plot.y0);
  // Scores of 0 and 100 sit inside the plot by the largest radius, so edge bubbles stay inside the axes.
  const inset = Math.min(input.sized ? maxRadius + 2 : 8, (plot.x1 - plot.x0) / 8, (plot.y1 - plot.y0) / 8);
  const x = scaleLinear([0, 100], [plot.x0 + inset, plot.x1 - inset]);
  const y = scaleLinear([0, 100], [plot.y1 - inset, plot.y0 + inset]);
  const items: ScatterItem[] = rows.map((row, i) => ({
    cx: x(row.harmony),
    cy: y(row.growth),
    size: input.sizes[i] ?? null,
    text: input.names[i] as string,
    priority: input.sized ? (input.sizes[i] ?? Number.NEGATIVE_INFINITY) : row.total,
  }));
  const splitX = x(result.split.harmony);
  const splitY = y(result.split.growth);
  const laid = layoutQuadrantBubbles(items, {
    plot,
    maxRadius,
    splitX,
    splitY,
    quadrants: result.quadrants,
    counts: result.counts,
    firstAxis: 'y',
    labelCount: options.labelCount,
  });
  const marks = laid.scatter.bubbles.map((bubble) => {
    const row = rows[bubble.index] as ScoreRow<T>;
    const item = { kind: 'account' as const, id: row.id, datum: row.datum, accounts: [row.datum] };
    return { ...bubble, id: row.id, quadrant: row.quadrant, incomplete: row.incomplete, item };
  });
  const ticks = [0, 25, 50, 75, 100];
  const tick = (scale: (v: number) => number) =>
    ticks.map((v): Tick => ({ position: scale(v), label: input.format.integer(v) }));
  return { width, height, margin, plot, x, y, splitX, splitY, laid, marks, xTicks: tick(x), yTicks: tick(y) };
}

/**
 * Computes the scoring matrix's layout from core's `score`, in named stages: scales and marks → description →
 * points → table. Pure; {@link useScoringLayout} memoises it.
 *
 * @example
 * const layout = computeScoringLayout(score(rows, { criteria }), { data: rows, width: 640 });
 * layout.finding; // "47 of 150 accounts are in the Key quadrant; the highest total score is Acme (78.3 of 100)."
 */
export function computeScoringLayout<T>(
  analysis: ScoreResult<T>,
  options: ScoringLayoutOptions<T>,
): ScoringLayout<T> {
  const format = createFormat(options);
  const formatScore = (value: number) => formatDecimal(format.locale, value, 1);
  const m = resolveMessages(options.locale, options.messages, 'scoring', CATALOGUES);
  const text = m.family;
  const result = { ...analysis, quadrants: localQuadrants(analysis, options.quadrants?.labels, text) };
  const data = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: ScoreRow<T>) => nameOf(row, data);
  const readSize = numberReader(options.size);
  const sized = options.size !== undefined;
  const sizes = result.rows.map((row) => readSize(row.datum, row.index, data));
  const names = result.rows.map(labelOf);
  const growthName = options.yLabel ?? text.growth;
  const harmonyName = options.xLabel ?? text.harmony;
  const input: ScoringTextInput<T> = {
    result,
    names,
    sizes,
    sized,
    growthName,
    harmonyName,
    formatScore,
    text,
    common: m.common,
    format,
  };
  const geometry = scoringMarks(result, input, options);
  const { finding, description, note } = scoringDescription(input);
  const { table, summarised } = scoringTable(input, finding, note, options.maxTableRows);
  const { laid } = geometry;
  return {
    result,
    format,
    width: geometry.width,
    height: geometry.height,
    margin: geometry.margin,
    plot: geometry.plot,
    x: geometry.x,
    y: geometry.y,
    splitX: geometry.splitX,
    splitY: geometry.splitY,
    cells: laid.cells,
    marks: geometry.marks,
    drawOrder: laid.scatter.drawOrder,
    labels: laid.labels,
    sizes,
    sized,
    radius: laid.scatter.radius,
    xTicks: geometry.xTicks,
    yTicks: geometry.yTicks,
    xAxisLabel: capitalise(harmonyName),
    yAxisLabel: capitalise(growthName),
    title: translate(text.title, { growth: growthName, harmony: harmonyName }, format),
    finding,
    description,
    sizeNote: bubbleSizeNote(sized, sizes, names, text.matrix, format),
    legend: laid.cells.map((cell) => ({
      label: translate(text.matrix.legendCount, { name: cell.label, count: cell.count }, format),
      position: cell.position,
    })),
    points: scoringPoints(input, geometry.marks, laid.scatter.readingOrder),
    table,
    summarised,
    labelOf,
    formatScore,
  };
}

/** The options only core reads: the layout memo leaves them out (the analysis memo has them). */
const CORE_KEYS = /* @__PURE__ */ new Set<string>(['criteria', 'axisWeights', 'normalize', 'id']);
const LAYOUT_KEYS = /* @__PURE__ */ SCORING_OPTIONS.filter((key) => !CORE_KEYS.has(key));

/**
 * The scoring matrix's layout as a hook: core's `score` (memoised on data, criteria, weights, normalisation,
 * quadrants and id), then {@link computeScoringLayout} (memoised on the other options, by the one key list
 * {@link SCORING_OPTIONS}). Never throws: invalid data, criteria or sizes give `{ ok: false, error }`, so the
 * chart renders its error state.
 */
export function useScoringLayout<T>(options: ScoringLayoutOptions<T>): Attempt<ScoringLayout<T>> {
  const { data, criteria, axisWeights, normalize, quadrants, id } = options;
  const analysis = useMemo(
    () =>
      attempt(() => {
        const invalid = checkChartInput({
          data,
          width: options.width,
          height: options.height,
          margin: options.margin,
        });
        if (invalid) throw invalid;
        return score(toArray(data), { criteria, axisWeights, normalize, quadrants, id });
      }, 'criteria'),
    [data, criteria, axisWeights, normalize, quadrants, id, options.width, options.height, options.margin],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (analysis.ok ? attempt(() => computeScoringLayout(analysis.value, options)) : analysis),
    [analysis, ...optionValues(options, LAYOUT_KEYS)],
  );
}
