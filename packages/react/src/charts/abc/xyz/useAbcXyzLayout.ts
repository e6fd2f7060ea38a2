import type { AbcXyzResult, AbcXyzRow } from '@kamkit/core';
import { abcXyz } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../../contract/errors';
import { attempt, checkChartInput } from '../../../contract/errors';
import { optionValues } from '../../../contract/options';
import { createFormat } from '../../../format/createFormat';
import { resolveMessages } from '../../../messages/resolve';
import { toArray } from '../../../primitives/data';
import { labeller } from '../../../primitives/labels';
import { ABC_CATALOGUES } from '../useAbcLayout';
import { abcXyzDescription } from './description';
import { abcXyzGrid } from './grid';
import { abcXyzHeaders } from './labels';
import type { AbcXyzLayoutOptions } from './options';
import { ABC_XYZ_ANALYSIS_KEYS, ABC_XYZ_HEIGHT, ABC_XYZ_OPTIONS } from './options';
import { abcXyzPoints } from './points';
import { abcXyzTable } from './table';
import type { AbcXyzLayout } from './types';

/**
 * Computes the ABC/XYZ matrix's layout from core's `abcXyz`, in named stages: grid and cells → headers →
 * description → points → table. The DOM has nine cells for any number of accounts. Pure;
 * {@link useAbcXyzLayout} memoises it.
 *
 * @example
 * const layout = computeAbcXyzLayout(abcXyz(accounts, { series: 'monthly' }), { data: accounts, width: 640 });
 * layout.cells[0]; // AX: { summary: { count, value, share, accountShare }, level, x, y, … }
 */
export function computeAbcXyzLayout<T>(
  result: AbcXyzResult<T>,
  options: Omit<AbcXyzLayoutOptions<T>, (typeof ABC_XYZ_ANALYSIS_KEYS)[number]>,
): AbcXyzLayout<T> {
  const format = createFormat(options);
  const m = resolveMessages(options.locale, options.messages, 'abc', ABC_CATALOGUES);
  const text = m.family.matrix;
  const width = options.width;
  const height = options.height ?? ABC_XYZ_HEIGHT;
  const data = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: AbcXyzRow<T>) => nameOf(row, data);
  const { margin, plot, grid, cells } = abcXyzGrid(result, width, height, options.margin, text, format);
  const headers = abcXyzHeaders(result.xyz.thresholds, grid.cellWidth, margin.left, text, format);
  const words = abcXyzDescription(result, cells, m, format);
  const { points, examples } = abcXyzPoints(result, cells, labelOf, text, format);
  return {
    result,
    format,
    width,
    height,
    margin,
    plot,
    cells,
    columnCenters: grid.columnCenters,
    rowCenters: grid.rowCenters,
    ...headers,
    title: text.title,
    xAxisLabel: options.xLabel ?? text.xAxis,
    yAxisLabel: options.yLabel ?? text.yAxis,
    finding: words.finding,
    description: words.description,
    points,
    table: abcXyzTable(cells, examples, words.finding, words.note, options.maxTableRows, text, format),
    labelOf,
  };
}

/** The layout options the layout memo depends on: every option but those the analysis reads. */
const LAYOUT_KEYS = /* @__PURE__ */ ABC_XYZ_OPTIONS.filter(
  (key) => !(ABC_XYZ_ANALYSIS_KEYS as readonly string[]).includes(key),
);

/**
 * The ABC/XYZ matrix's layout as a hook: core's `abcXyz` (memoised on data, id, series, value and the `abc` /
 * `xyz` option objects compared by value, so inline objects do not recompute), then {@link computeAbcXyzLayout}
 * (memoised on the other options, by the one key list {@link ABC_XYZ_OPTIONS}). Never throws: invalid data,
 * options or sizes give `{ ok: false, error }`, so the chart renders its error state.
 */
export function useAbcXyzLayout<T>(options: AbcXyzLayoutOptions<T>): Attempt<AbcXyzLayout<T>> {
  const { data, id, series, value } = options;
  const abcKey = attempt(() => JSON.stringify(options.abc ?? null));
  const xyzKey = attempt(() => JSON.stringify(options.xyz ?? null));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the abc/xyz option objects are compared by value (their JSON).
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
        return abcXyz(toArray(data), { id, series, value, abc: options.abc, xyz: options.xyz });
      }, 'series'),
    [
      data,
      id,
      series,
      value,
      abcKey.ok ? abcKey.value : options.abc,
      xyzKey.ok ? xyzKey.value : options.xyz,
      options.width,
      options.height,
      options.margin,
    ],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (result.ok ? attempt(() => computeAbcXyzLayout(result.value, options)) : result),
    [result, ...optionValues(options, LAYOUT_KEYS)],
  );
}
