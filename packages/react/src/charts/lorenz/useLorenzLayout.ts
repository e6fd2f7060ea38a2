import type { ConcentrationResult, ParetoRow } from '@kamkit/core';
import { concentration } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt, checkChartInput } from '../../contract/errors';
import { optionValues } from '../../contract/options';
import { createFormat } from '../../format/createFormat';
import { lorenz as deLorenz } from '../../messages/de/lorenz';
import { lorenz as enLorenz } from '../../messages/en/lorenz';
import { resolveMessages } from '../../messages/resolve';
import { toArray } from '../../primitives/data';
import { labeller } from '../../primitives/labels';
import { lorenzDescription } from './description';
import { lorenzCurve, lorenzMarker } from './marks';
import type { LorenzLayoutOptions } from './options';
import { LORENZ_HEIGHT, LORENZ_OPTIONS } from './options';
import { lorenzPoints } from './points';
import { lorenzScales } from './scales';
import { lorenzTable } from './table';
import type { LorenzLayout } from './types';

/** The catalogues of the Lorenz family in the built-in languages. */
const CATALOGUES = { en: enLorenz, de: deLorenz };

/**
 * Computes the Lorenz chart's layout from core's `concentration`, in named stages: scales → curve and marker →
 * description → points → table. Pure; {@link useLorenzLayout} memoises it.
 *
 * @example
 * const layout = computeLorenzLayout(concentration(accounts, { value: 'revenue' }), { data: accounts, width: 640 });
 * layout.finding; // "Gini 0.63: revenue is highly concentrated."
 */
export function computeLorenzLayout<T>(
  result: ConcentrationResult<T>,
  options: Omit<LorenzLayoutOptions<T>, 'value' | 'id'>,
): LorenzLayout<T> {
  const format = createFormat(options);
  const m = resolveMessages(options.locale, options.messages, 'lorenz', CATALOGUES);
  const text = m.family;
  const width = options.width;
  const height = options.height ?? LORENZ_HEIGHT;
  const data = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: ParetoRow<T>) => nameOf(row, data);
  const scales = lorenzScales({
    width,
    height,
    margin: options.margin,
    xLabel: options.xLabel,
    yLabel: options.yLabel,
    text,
    format,
  });
  const { curve, linePath, areaPath } = lorenzCurve(result, scales);
  const marker = lorenzMarker(result, scales, text, format);
  const words = lorenzDescription(result, options.gini, m, format);
  const { points, binned } = lorenzPoints(result, scales, labelOf, text, format);
  const table = lorenzTable({
    result,
    binned,
    labelOf,
    finding: words.finding,
    note: words.note,
    maxTableRows: options.maxTableRows,
    text,
    format,
  });
  return {
    ...scales,
    result,
    format,
    width,
    height,
    curve,
    linePath,
    areaPath,
    marker,
    binned,
    gini: words.gini,
    giniText: words.giniText,
    giniWords: words.giniWords,
    hhiText: words.hhiText,
    title: text.title,
    legend: { curve: text.legendCurve, equality: text.legendEquality, area: text.legendArea },
    finding: words.finding,
    description: words.description,
    points,
    table,
    labelOf,
  };
}

/** The layout options the layout memo depends on: every option but the two the analysis reads. */
const LAYOUT_KEYS = /* @__PURE__ */ LORENZ_OPTIONS.filter((key) => key !== 'value' && key !== 'id');

/**
 * The Lorenz chart's layout as a hook: core's `concentration` (memoised on data, value and id), then
 * {@link computeLorenzLayout} (memoised on the other options, by the one key list {@link LORENZ_OPTIONS}).
 * Never throws: invalid data, an accessor that throws or a bad size give `{ ok: false, error }`, so the chart
 * renders its error state.
 */
export function useLorenzLayout<T>(options: LorenzLayoutOptions<T>): Attempt<LorenzLayout<T>> {
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
        return concentration(toArray(data), { value, id });
      }, 'value'),
    [data, value, id, options.width, options.height, options.margin],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (result.ok ? attempt(() => computeLorenzLayout(result.value, options)) : result),
    [result, ...optionValues(options, LAYOUT_KEYS)],
  );
}
