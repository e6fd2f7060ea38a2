import type { AbcResult, AbcRow } from '@kamkit/core';
import { ABC_TIERS, abc } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt, checkChartInput } from '../../contract/errors';
import { optionValues } from '../../contract/options';
import { createFormat } from '../../format/createFormat';
import { abc as deAbc } from '../../messages/de/abc';
import { abc as enAbc } from '../../messages/en/abc';
import { resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import { toArray } from '../../primitives/data';
import { labeller } from '../../primitives/labels';
import { abcDescription } from './description';
import { labelBands } from './labels';
import { abcMarks, abcThresholds, tierRuns } from './marks';
import type { AbcLayoutOptions } from './options';
import { ABC_ANALYSIS_KEYS, ABC_HEIGHT, ABC_OPTIONS } from './options';
import { abcPoints } from './points';
import { abcScales } from './scales';
import { abcTable } from './table';
import type { AbcLayout } from './types';

/** The catalogues of the ABC family in the built-in languages. */
export const ABC_CATALOGUES = { en: enAbc, de: deAbc };

/**
 * Computes the ABC chart's layout from core's `abc`, in named stages: scales → curve, bands, dots and
 * thresholds → band labels → description → points → table. Pure (e.g. on a server); {@link useAbcLayout}
 * memoises it.
 *
 * @example
 * const layout = computeAbcLayout(abc(accounts, { value: 'revenue' }), { data: accounts, width: 640 });
 * layout.finding; // "A: 29 accounts (20%) make 80% of revenue; B: 30 accounts (21%) make 15%; C: …"
 */
export function computeAbcLayout<T>(
  result: AbcResult<T>,
  options: Omit<AbcLayoutOptions<T>, (typeof ABC_ANALYSIS_KEYS)[number]>,
): AbcLayout<T> {
  const format = createFormat(options);
  const m = resolveMessages(options.locale, options.messages, 'abc', ABC_CATALOGUES);
  const text = m.family.chart;
  const width = options.width;
  const height = options.height ?? ABC_HEIGHT;
  const rows = result.rows;
  const data = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: AbcRow<T>) => nameOf(row, data);
  const scales = abcScales(rows.length, width, height, options.margin, format);
  const runs = tierRuns(rows);
  const marks = abcMarks(result, runs, scales);
  labelBands(marks.bands, text, format);
  const words = abcDescription(result, m, format);
  const { points, binned } = abcPoints(
    result,
    runs,
    scales.plot.x1 - scales.plot.x0,
    marks.pointAt,
    labelOf,
    text,
    format,
  );
  return {
    ...scales,
    result,
    format,
    width,
    height,
    curve: marks.curve,
    linePath: marks.linePath,
    bands: marks.bands,
    thresholds: abcThresholds(result, scales, format),
    dots: marks.dots,
    binned,
    xAxisLabel: options.xLabel ?? text.xAxis,
    yAxisLabel: options.yLabel ?? text.yAxis,
    tierSummary: words.tierSummary,
    title: text.title,
    summaryLabel: text.summaryLabel,
    legend: ABC_TIERS.map((tier) => ({ tier, label: translate(text.legendTier, { tier }, format) })),
    finding: words.finding,
    description: words.description,
    points,
    table: abcTable({
      result,
      bands: marks.bands,
      binned,
      labelOf,
      finding: words.finding,
      note: words.note,
      maxTableRows: options.maxTableRows,
      text,
      format,
    }),
    labelOf,
  };
}

/** The layout options the layout memo depends on: every option but those the analysis reads. */
const LAYOUT_KEYS = /* @__PURE__ */ ABC_OPTIONS.filter(
  (key) => !(ABC_ANALYSIS_KEYS as readonly string[]).includes(key),
);

/**
 * The ABC chart's layout as a hook: core's `abc` (memoised on data and its options; the thresholds by their two
 * numbers, so an inline `[0.8, 0.95]` does not recompute), then {@link computeAbcLayout} (memoised on the other
 * options, by the one key list {@link ABC_OPTIONS}). Never throws: invalid data, options or sizes give
 * `{ ok: false, error }`, so the chart renders its error state.
 */
export function useAbcLayout<T>(options: AbcLayoutOptions<T>): Attempt<AbcLayout<T>> {
  const { data, value, id, basis, boundary, ties, method } = options;
  const t0 = options.thresholds?.[0];
  const t1 = options.thresholds?.[1];
  const result = useMemo(
    () =>
      attempt(() => {
        const invalid = checkChartInput({
          data,
          width: options.width,
          height: options.height,
          margin: options.margin,
        });
        if (invalid) throw invalid;
        const thresholds = t0 === undefined || t1 === undefined ? undefined : ([t0, t1] as [number, number]);
        return abc(toArray(data), { value, id, thresholds, basis, boundary, ties, method });
      }, 'value'),
    [data, value, id, t0, t1, basis, boundary, ties, method, options.width, options.height, options.margin],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (result.ok ? attempt(() => computeAbcLayout(result.value, options)) : result),
    [result, ...optionValues(options, LAYOUT_KEYS)],
  );
}
