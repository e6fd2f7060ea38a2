import type { WhaleCurveResult, WhaleCurveRow } from '@kamkit/core';
import { whaleCurve } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt, checkChartInput } from '../../contract/errors';
import { optionValues } from '../../contract/options';
import { createFormat } from '../../format/createFormat';
import { whale as deWhale } from '../../messages/de/whale';
import { whale as enWhale } from '../../messages/en/whale';
import { resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import { toArray } from '../../primitives/data';
import { labeller } from '../../primitives/labels';
import { whaleDescription, whaleYLabel } from './description';
import { referenceLabel, whaleAnnotation } from './labels';
import { whaleBars, whaleCurveMarks, whaleGroups } from './marks';
import type { WhaleLayoutOptions } from './options';
import { WHALE_HEIGHT, WHALE_OPTIONS } from './options';
import { whalePoints } from './points';
import { whaleScales } from './scales';
import { whaleTable } from './table';
import type { WhaleLayout, WhaleMode } from './types';

/** The catalogues of the whale family in the built-in languages. */
const CATALOGUES = { en: enWhale, de: deWhale };

/**
 * Computes the whale curve's layout from core's `whaleCurve`, in named stages: scales → curve, groups and bars
 * → peak and words → reference label and annotation → points → table. When total profit is ≤ 0 the y-axis
 * shows cumulative profit as values (mode `'value'`) and the description says so. Pure; {@link useWhaleLayout}
 * memoises it.
 *
 * @example
 * const layout = computeWhaleLayout(whaleCurve(accounts, { profit: 'margin' }), { data: accounts, width: 640 });
 * layout.finding; // "Peak: the top 62% of accounts make 148% of profit; the remaining 38% destroy 48%."
 */
export function computeWhaleLayout<T>(
  result: WhaleCurveResult<T>,
  options: Omit<WhaleLayoutOptions<T>, 'value' | 'id'>,
): WhaleLayout<T> {
  const format = createFormat(options);
  const m = resolveMessages(options.locale, options.messages, 'whale', CATALOGUES);
  const text = m.family;
  const width = options.width;
  const height = options.height ?? WHALE_HEIGHT;
  const n = result.rows.length;
  const mode: WhaleMode = n > 0 && result.total <= 0 ? 'value' : 'share';
  const levelOf =
    mode === 'share'
      ? (row: WhaleCurveRow<T>) => row.cumulativeShare ?? 0
      : (row: WhaleCurveRow<T>) => row.cumulative;
  const data = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: WhaleCurveRow<T>) => nameOf(row, data);
  const scales = whaleScales({
    result,
    mode,
    levelOf,
    bars: options.bars === true,
    width,
    height,
    margin: options.margin,
    currency: options.currency,
    format,
  });
  const marks = whaleCurveMarks(result, scales, levelOf);
  const { groups, binned } = whaleGroups(n, marks.peakIndex, scales.plot.x1 - scales.plot.x0);
  const bars = scales.stripHeight > 0 ? whaleBars(result, scales, groups, binned) : null;
  const words = whaleDescription(result, scales, levelOf, m, format, options.currency);
  const { reference, box } = referenceLabel(
    mode === 'share'
      ? translate(text.referenceShare, { total: result.total, share: 1 }, format)
      : translate(text.referenceValue, { zero: 0 }, format),
    scales,
    marks.curve,
    words.peak,
  );
  const annotation =
    words.peak && words.annotationText !== null
      ? whaleAnnotation(
          words.annotationText,
          words.peak,
          marks.kept.indexOf(marks.peakIndex),
          marks.curve,
          scales,
          {
            y: reference.y,
            box,
          },
        )
      : null;
  const caption = binned || !words.modeNote ? words.finding : `${words.finding} ${words.modeNote}`;
  return {
    ...scales,
    result,
    format,
    width,
    height,
    levelOf,
    curve: marks.curve,
    profitLinePath: marks.profitLinePath,
    profitAreaPath: marks.profitAreaPath,
    lossLinePath: marks.lossLinePath,
    lossAreaPath: marks.lossAreaPath,
    reference,
    peak: words.peak,
    annotation,
    bars,
    profitableCount: words.profitableCount,
    lossCount: words.lossCount,
    title: text.title,
    legend: {
      profitable: text.legendProfitable,
      loss: words.lossLabel,
      reference:
        mode === 'share'
          ? translate(text.legendShare, { share: 1 }, format)
          : (text.legendBreakEven as string),
    },
    binned,
    xAxisLabel: options.xLabel ?? text.xAxis,
    yAxisLabel: whaleYLabel(mode, text, format, options.currency, options.yLabel),
    finding: words.finding,
    modeNote: words.modeNote,
    description: words.description,
    points: whalePoints(result, groups, scales, levelOf, labelOf, text, format),
    table: whaleTable({
      result,
      mode,
      binned,
      labelOf,
      caption,
      note: words.note,
      maxTableRows: options.maxTableRows,
      text,
      format,
    }),
    labelOf,
  };
}

/** The layout options the layout memo depends on: every option but the two the analysis reads. */
const LAYOUT_KEYS = /* @__PURE__ */ WHALE_OPTIONS.filter((key) => key !== 'value' && key !== 'id');

/**
 * The whale curve's layout as a hook: core's `whaleCurve` (memoised on data, value and id; `value` is core's
 * `profit` option), then {@link computeWhaleLayout} (memoised on the other options, by the one key list
 * {@link WHALE_OPTIONS}). Never throws: invalid data, an accessor that throws or a bad size give
 * `{ ok: false, error }`, so the chart renders its error state.
 */
export function useWhaleLayout<T>(options: WhaleLayoutOptions<T>): Attempt<WhaleLayout<T>> {
  const { data, value, id } = options;
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
        return whaleCurve(toArray(data), { profit: value, id });
      }, 'value'),
    [data, value, id, options.width, options.height, options.margin],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (result.ok ? attempt(() => computeWhaleLayout(result.value, options)) : result),
    [result, ...optionValues(options, LAYOUT_KEYS)],
  );
}
