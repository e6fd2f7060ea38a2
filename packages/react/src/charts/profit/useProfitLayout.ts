import type { ProfitMatrixPreset, ProfitMatrixResult, ProfitMatrixRow, QuadrantLabels } from '@kamkit/core';
import { positionMatrix, profitMatrix, revenueMarginMatrix, shapiroMatrix } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt, checkChartInput } from '../../contract/errors';
import { optionValues } from '../../contract/options';
import type { Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import { profit as deProfit } from '../../messages/de/profit';
import { profit as enProfit } from '../../messages/en/profit';
import { resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { toArray } from '../../primitives/data';
import { numberReader } from '../../primitives/fields';
import { labeller } from '../../primitives/labels';
import { bubbleSizeNote } from '../../primitives/quadrantLayout';
import { capitalise } from '../../primitives/text';
import { profitDescription } from './description';
import { profitMarks } from './marks';
import type { ProfitLayoutOptions } from './options';
import { PROFIT_HEIGHT, PROFIT_OPTIONS } from './options';
import { profitPoints } from './points';
import type { MeasureFormatters } from './scales';
import { measureFormatters, profitScales } from './scales';
import { profitTable } from './table';
import type { ProfitLayout } from './types';

/** The catalogues of the profit family in the built-in languages. */
const CATALOGUES = { en: enProfit, de: deProfit };

type ProfitText = MessageShape<typeof enProfit>;

/** The measures' names as written in a sentence: the props, else the preset's from the catalogue. */
function measureNames(
  preset: ProfitLayoutOptions<unknown>['preset'],
  text: ProfitText,
  x?: string,
  y?: string,
) {
  const named =
    preset === 'shapiro'
      ? text.measures.shapiro
      : preset === 'revenue-margin'
        ? text.measures.revenueMargin
        : text.measures.none;
  return { xName: x ?? named.x, yName: y ?? named.y };
}

/**
 * The quadrants in the chart's language: a named preset's (or the position labels') words from the catalogue,
 * with core's stable keys; labels you pass yourself stay as given.
 */
function localQuadrants<T>(
  result: ProfitMatrixResult<T>,
  preset: ProfitMatrixPreset | QuadrantLabels | undefined,
  text: ProfitText,
  names: { x: string; y: string },
  format: Formatters,
): ProfitMatrixResult<T>['quadrants'] {
  if (preset !== undefined && typeof preset !== 'string') return result.quadrants;
  const keys =
    preset === 'shapiro' ? shapiroMatrix : preset === 'revenue-margin' ? revenueMarginMatrix : positionMatrix;
  const words =
    preset === 'shapiro'
      ? text.quadrants.shapiro
      : preset === 'revenue-margin'
        ? text.quadrants.revenueMargin
        : text.quadrants.none;
  const at = (position: keyof typeof keys) => ({
    key: keys[position].key,
    label: capitalise(translate(words[position], names, format)),
    position,
  });
  return {
    'high-high': at('high-high'),
    'high-low': at('high-low'),
    'low-high': at('low-high'),
    'low-low': at('low-low'),
  };
}

type ComputeOptions<T> = Omit<ProfitLayoutOptions<T>, 'x' | 'y' | 'id'> & { x?: unknown; y?: unknown };

/**
 * Stage 0: what every later stage reads: the formats and words in the chart's language, the measures' names
 * and formats, core's result with its quadrants in those words, and each placed account's name and size.
 */
function profitBasis<T>(analysis: ProfitMatrixResult<T>, options: ComputeOptions<T>) {
  const format = createFormat(options);
  const m = resolveMessages(options.locale, options.messages, 'profit', CATALOGUES);
  const text = m.family;
  const { xName, yName } = measureNames(options.preset, text, options.xLabel, options.yLabel);
  const result = {
    ...analysis,
    quadrants: localQuadrants(analysis, options.preset, text, { x: xName, y: yName }, format),
  };
  const data = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: ProfitMatrixRow<T>) => nameOf(row, data);
  const readSize = numberReader(options.size);
  return {
    format,
    common: m.common,
    text,
    result,
    xName,
    yName,
    fx: measureFormatters(options.formatX, format, options),
    fy: measureFormatters(options.formatY, format, options),
    labelOf,
    names: result.rows.map(labelOf),
    sized: options.size !== undefined,
    sizes: result.rows.map((row) => readSize(row.datum, row.index, data)),
  };
}

/** How the split was chosen (`'median'` by default) and the texts drawn along the split lines ("median 23,350"). */
function splitTexts(
  option: ProfitLayoutOptions<unknown>['split'],
  split: { x: number; y: number } | null,
  basis: { text: ProfitText; fx: MeasureFormatters; fy: MeasureFormatters; format: Formatters },
) {
  const { text, fx, fy, format } = basis;
  const kind: 'mean' | 'median' | 'given' =
    option === 'mean' ? 'mean' : option === undefined || option === 'median' ? 'median' : 'given';
  const word = kind === 'median' ? text.splitMedian : kind === 'mean' ? text.splitMean : text.splitGiven;
  const labels = split
    ? {
        x: translate(word, { value: fx.full(split.x) }, format),
        y: translate(word, { value: fy.full(split.y) }, format),
      }
    : { x: '', y: '' };
  return { kind, labels };
}

/**
 * Computes the profit matrix's layout from core's `profitMatrix`, in named stages: basis (words, names, sizes)
 * → scales (with the largest bubble's radius) → split texts → marks → description → table → points. Pure;
 * {@link useProfitLayout} memoises it.
 *
 * @example
 * const layout = computeProfitLayout(profitMatrix(rows, { x: 'costToServe', y: 'netPrice' }), { data: rows, width: 640 });
 * layout.finding; // "49 of 144 accounts (34%) are Aggressive, the largest group; …"
 */
export function computeProfitLayout<T>(
  analysis: ProfitMatrixResult<T>,
  options: ComputeOptions<T>,
): ProfitLayout<T> {
  const basis = profitBasis(analysis, options);
  const { format, text, result, xName, yName, fx, fy, names, sizes, sized } = basis;
  const { width } = options;
  const height = options.height ?? PROFIT_HEIGHT;
  const rows = result.rows;
  // Without placed accounts core gives no split; the axes and guides then have none to show.
  const split = result.split ?? { x: Number.NaN, y: Number.NaN };
  const { hasSplit, maxRadius, ...scales } = profitScales({
    xs: rows.map((r) => r.x),
    ys: rows.map((r) => r.y),
    split,
    width,
    height,
    margin: options.margin,
    maxRadius: options.maxRadius,
    sized,
    xScale: options.xScale ?? 'linear',
    yScale: options.yScale ?? 'linear',
    fx,
    fy,
  });
  const splits = splitTexts(options.split, hasSplit ? split : null, basis);
  const marks = profitMarks({
    result,
    scales,
    sizes,
    names,
    sized,
    maxRadius,
    labelCount: options.labelCount,
    splitLabels: splits.labels,
    hasSplit,
  });
  const fields = {
    x: typeof options.x === 'string' ? options.x : 'x',
    y: typeof options.y === 'string' ? options.y : 'y',
  };
  const measures = { xName, yName, fx: fx.full, fy: fy.full };
  const shared = { result, names, sizes, sized, ...measures, format };
  const { finding, description, note } = profitDescription({
    ...shared,
    splitKind: splits.kind,
    fields,
    text,
    common: basis.common,
  });
  const words = text.matrix;
  const { table, summarised } = profitTable({
    ...shared,
    finding,
    note,
    maxTableRows: options.maxTableRows,
    words,
  });
  const points = profitPoints({
    ...shared,
    rows,
    quadrants: result.quadrants,
    marks: marks.marks,
    readingOrder: marks.scatter.readingOrder,
    tooltipMeasure: text.tooltipMeasure,
    words,
  });
  const legend = marks.cells.map((cell) => ({
    label: translate(words.legendCount, { name: cell.label, count: cell.count }, format),
    position: cell.position,
  }));
  return {
    ...scales,
    result,
    format,
    width,
    height,
    splitLabels: splits.labels,
    cells: marks.cells,
    marks: marks.marks,
    drawOrder: marks.scatter.drawOrder,
    labels: marks.labels,
    sizes,
    sized,
    radius: marks.scatter.radius,
    xAxisLabel: capitalise(xName),
    yAxisLabel: capitalise(yName),
    formatX: fx.full,
    formatY: fy.full,
    title: translate(text.title, { x: xName, y: yName }, format),
    finding,
    description,
    sizeNote: bubbleSizeNote(sized, sizes, names, words, format),
    legend,
    points,
    table,
    summarised,
    labelOf: basis.labelOf,
  };
}

/** The options the layout memo depends on besides the analysis: every option but those only core reads. */
const LAYOUT_KEYS = /* @__PURE__ */ PROFIT_OPTIONS.filter((key) => key !== 'id' && key !== 'split');

/**
 * The profit matrix's layout as a hook: core's `profitMatrix` (memoised on data, x, y, split, preset and id),
 * then {@link computeProfitLayout} (memoised on the other options, by the one key list {@link PROFIT_OPTIONS}).
 * Never throws: invalid data, an accessor that throws, a bad option or size give `{ ok: false, error }`, so the
 * chart renders its error state.
 */
export function useProfitLayout<T>(options: ProfitLayoutOptions<T>): Attempt<ProfitLayout<T>> {
  const { data, x, y, split, preset, id } = options;
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
        return profitMatrix(toArray(data), { x, y, split, preset, id });
      }, 'x'),
    [data, x, y, split, preset, id, options.width, options.height, options.margin],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (analysis.ok ? attempt(() => computeProfitLayout(analysis.value, options)) : analysis),
    [analysis, ...optionValues(options, LAYOUT_KEYS)],
  );
}
