import type { ParetoColumns } from '@kamkit/core';
import { paretoColumns, paretoRow } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt, checkChartInput } from '../../contract/errors';
import { optionValues } from '../../contract/options';
import { createFormat } from '../../format/createFormat';
import { pareto as dePareto } from '../../messages/de/pareto';
import { pareto as enPareto } from '../../messages/en/pareto';
import { resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import { toArray } from '../../primitives/data';
import { labeller } from '../../primitives/labels';
import { paretoDescription } from './description';
import { paretoAnnotation, paretoXTicks } from './labels';
import { paretoMarks, ranked } from './marks';
import type { ParetoLayoutOptions } from './options';
import { PARETO_HEIGHT, PARETO_OPTIONS } from './options';
import { paretoPoints } from './points';
import { paretoScales } from './scales';
import { paretoTable } from './table';
import type { ParetoLayout } from './types';

/** The catalogues of the Pareto family in the built-in languages. */
const CATALOGUES = { en: enPareto, de: dePareto };

/**
 * Computes the Pareto chart's layout from core's `paretoColumns`, in named stages: scales → marks → labels →
 * description → points and table. Pure; {@link useParetoLayout} memoises it.
 *
 * @example
 * const layout = computeParetoLayout(paretoColumns(rows, { value: 'revenue' }), { data: rows, width: 640 });
 * layout.finding; // "12 of 60 accounts (20%) make 80% of revenue."
 */
export function computeParetoLayout<T>(
  analysis: ParetoColumns<T>,
  options: Omit<ParetoLayoutOptions<T>, 'id' | 'cutoff'>,
): ParetoLayout<T> {
  const format = createFormat(options);
  const m = resolveMessages(options.locale, options.messages, 'pareto', CATALOGUES);
  const text = m.family;
  const width = options.width;
  const height = options.height ?? PARETO_HEIGHT;
  const nameOf = labeller(options.label);
  const data = analysis.data;
  const labelAt = (r: number) => {
    const i = analysis.index[r] as number;
    return nameOf({ id: analysis.ids[i] as string | number, datum: data[i] as T, index: i }, data);
  };
  const rk = ranked(analysis, labelAt);
  const n = rk.n;
  const scales = paretoScales({
    n,
    maxValue: n > 0 ? rk.valueAt(0) : 1,
    labelAt,
    width,
    height,
    margin: options.margin,
    format,
  });
  const { bars, binned, linePath, linePoints } = paretoMarks(rk, scales);
  const k = analysis.vitalCount;
  const cutoffY = scales.yShare(analysis.cutoff);
  const vitalX = scales.x(k);
  const annotation = paretoAnnotation(
    translate(text.annotationCount, { count: k }, format),
    translate(text.annotationShare, { cutoff: analysis.cutoff }, format),
    vitalX,
    cutoffY,
    scales,
  );
  const { finding, description, note } = paretoDescription(
    rk,
    m,
    format,
    typeof options.value === 'string' ? options.value : 'value',
  );
  const { table, tableGroups } = paretoTable({
    r: rk,
    bars,
    binned,
    maxTableRows: options.maxTableRows,
    finding,
    note,
    text,
    common: m.common,
    format,
  });
  return {
    ...scales,
    analysis,
    count: n,
    vitalCount: k,
    cutoff: analysis.cutoff,
    format,
    width,
    height,
    bars,
    binned,
    linePath,
    linePoints,
    cutoffY,
    vitalX,
    xTicks: paretoXTicks(n, scales, format),
    xTickRotation: scales.rotate ? -40 : 0,
    xAxisLabel: options.xLabel ?? (scales.named ? '' : text.xAxis),
    yAxisLabel: options.yLabel ?? text.value,
    annotation,
    title: text.title,
    legend: {
      vital: translate(text.legendVital, { count: k }, format),
      other: text.legendOther,
      cumulative: text.legendCumulative,
      cutoff: translate(text.legendCutoff, { cutoff: analysis.cutoff }, format),
    },
    finding,
    note,
    description,
    points: paretoPoints(rk, bars, text, format),
    table,
    tableGroups,
    labelAt,
    rowsOf: (bar) =>
      Array.from({ length: bar.rankEnd - bar.rankStart + 1 }, (_, i) =>
        paretoRow(analysis, bar.rankStart - 1 + i),
      ),
  };
}

/** The sizes the analysis step checks (an invalid one is shown instead of the chart). */
const CHECKED_KEYS = ['width', 'height', 'margin'] as const;

/** The options the layout memo depends on besides the analysis: every option but those only core reads. */
const LAYOUT_KEYS = /* @__PURE__ */ PARETO_OPTIONS.filter((key) => key !== 'id' && key !== 'cutoff');

/**
 * The Pareto chart's layout as a hook: core's `paretoColumns` (memoised on data, value, id and cutoff), then
 * {@link computeParetoLayout} (memoised on the other options, by the one key list {@link PARETO_OPTIONS}).
 * Never throws: invalid data, an accessor that throws, a bad cutoff or size give `{ ok: false, error }`, so the
 * chart renders its error state.
 */
export function useParetoLayout<T>(options: ParetoLayoutOptions<T>): Attempt<ParetoLayout<T>> {
  const { data, value, id, cutoff } = options;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the checked sizes count by value (see optionValues).
  const analysis = useMemo(
    () =>
      attempt(() => {
        const invalid = checkChartInput(options);
        if (invalid) throw invalid;
        return paretoColumns(toArray(data), { value, id, cutoff });
      }, 'value'),
    [data, value, id, cutoff, ...optionValues(options, CHECKED_KEYS)],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (analysis.ok ? attempt(() => computeParetoLayout(analysis.value, options)) : analysis),
    [analysis, ...optionValues(options, LAYOUT_KEYS)],
  );
}
