import type { AbcOverTimeResult, AbcOverTimeRow, PeriodKey } from '@kamkit/core';
import { abcOverTime } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../../contract/errors';
import { attempt, checkChartInput } from '../../../contract/errors';
import { optionValues } from '../../../contract/options';
import { createFormat } from '../../../format/createFormat';
import { resolveMessages } from '../../../messages/resolve';
import { translate } from '../../../messages/translate';
import { toArray } from '../../../primitives/data';
import { labeller } from '../../../primitives/labels';
import { plotArea, resolveMargin } from '../../../primitives/margin';
import { ABC_CATALOGUES } from '../useAbcLayout';
import { migrationDescription } from './description';
import { flowSideMargin, migrationFlow } from './flow';
import { migrationMatrix } from './matrix';
import type { AbcMigrationLayoutOptions } from './options';
import { ABC_MIGRATION_ANALYSIS_KEYS, ABC_MIGRATION_HEIGHT, ABC_MIGRATION_OPTIONS } from './options';
import { migrationStates, moveSummary } from './states';
import { migrationTable } from './table';
import type { AbcMigrationLayout } from './types';
import { stateExamples, stateLabelOf } from './words';

/**
 * Computes the tier-migration chart's layout from core's `abcOverTime`, in named stages: periods and states →
 * matrix or flow (marks and points) → description → table. The DOM is bounded by the number of states, not of
 * accounts. Pure; {@link useAbcMigrationLayout} memoises it.
 *
 * @example
 * const result = abcOverTime(accounts, { periods: ['2023', '2024'], value: 'revenue' });
 * computeAbcMigrationLayout(result, { data: accounts, width: 640 }).moves; // { tiered: 135, kept: 123, … }
 */
export function computeAbcMigrationLayout<T, P extends PeriodKey>(
  result: AbcOverTimeResult<T, P>,
  options: Omit<AbcMigrationLayoutOptions<T, P>, (typeof ABC_MIGRATION_ANALYSIS_KEYS)[number]>,
): AbcMigrationLayout<T, P> {
  const format = createFormat(options);
  const text = resolveMessages(options.locale, options.messages, 'abc', ABC_CATALOGUES).family.migration;
  const view = options.view ?? 'matrix';
  const flow = view === 'flow';
  const width = options.width;
  const height = options.height ?? ABC_MIGRATION_HEIGHT;
  const rows = result.rows;
  const data = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: AbcOverTimeRow<T, P>) => nameOf(row, data);
  const stateLabel = stateLabelOf(text);
  const s = migrationStates(result, view, options.from, options.to);
  const side = flow ? flowSideMargin(s.states, stateLabel, rows.length, text, format, width) : 0;
  const margin = resolveMargin(
    flow ? { top: 30, right: side, bottom: 12, left: side } : { top: 58, right: 16, bottom: 12, left: 118 },
    options.margin,
  );
  const plot = plotArea(width, height, margin);
  const main = s.comparable ? s.pairs(s.from as P, s.to as P) : new Map();
  const common = { rows, states: s.states, plot, stateLabel, labelOf, text, format };
  const matrix = migrationMatrix({
    ...common,
    main,
    from: s.from as P,
    to: s.to as P,
    marginLeft: margin.left,
  });
  const flowMarks =
    s.comparable && flow
      ? migrationFlow({ ...common, width, shownPeriods: s.shownPeriods, codesOf: s.codesOf, pairs: s.pairs })
      : null;
  const moves = moveSummary(s.states, matrix.countOf);
  const words = migrationDescription({
    n: rows.length,
    periodCount: result.periods.length,
    comparable: s.comparable,
    flow,
    from: s.from,
    to: s.to,
    shownPeriods: s.shownPeriods,
    states: s.states,
    moves,
    countOf: matrix.countOf,
    rowTotal: matrix.rowTotal,
    text,
    format,
  });
  const showMatrix = s.comparable && !flow;
  return {
    result,
    format,
    view,
    width,
    height,
    margin,
    plot,
    from: s.from,
    to: s.to,
    shownPeriods: s.shownPeriods,
    states: s.states,
    stateLabel,
    cells: showMatrix ? matrix.cells : [],
    columnCenters: flowMarks ? flowMarks.columnCenters : showMatrix ? matrix.columnCenters : [],
    rowCenters: showMatrix ? matrix.rowCenters : [],
    columnHeaders: showMatrix ? matrix.columnHeaders : [],
    rowHeaders: showMatrix ? matrix.rowHeaders : [],
    nodes: flowMarks?.nodes ?? [],
    links: flowMarks?.links ?? [],
    nodeLabels: flowMarks?.nodeLabels ?? [],
    moves,
    title: text.title,
    xAxisLabel: options.xLabel ?? translate(text.xAxis, { period: String(s.to) }, format),
    yAxisLabel: options.yLabel ?? translate(text.yAxis, { period: String(s.from) }, format),
    legend: { kept: text.legendKept, up: text.legendUp, down: text.legendDown, other: text.legendOther },
    finding: words.finding,
    description: words.description,
    points: flowMarks ? flowMarks.points : showMatrix ? matrix.points : [],
    table: migrationTable({
      result,
      view: !s.comparable ? 'none' : view,
      from: s.from,
      to: s.to,
      states: s.states,
      links: flowMarks?.links ?? [],
      countOf: matrix.countOf,
      rowTotal: matrix.rowTotal,
      stateLabel,
      examples: stateExamples(main, rows, labelOf, text, format),
      caption: words.finding,
      maxTableRows: options.maxTableRows,
      text,
      format,
    }),
    labelOf,
  };
}

/** The layout options the layout memo depends on: every option but those the analysis reads. */
const LAYOUT_KEYS = /* @__PURE__ */ ABC_MIGRATION_OPTIONS.filter(
  (key) => !(ABC_MIGRATION_ANALYSIS_KEYS as readonly string[]).includes(key),
);

/**
 * The tier-migration chart's layout as a hook: core's `abcOverTime` (memoised on data and its options; the
 * periods and thresholds by value, so inline arrays do not recompute), then {@link computeAbcMigrationLayout}
 * (memoised on the other options, by the one key list {@link ABC_MIGRATION_OPTIONS}). Never throws: invalid
 * data, options (e.g. a `from` that is not a period) or sizes give `{ ok: false, error }`.
 */
export function useAbcMigrationLayout<T, P extends PeriodKey>(
  options: AbcMigrationLayoutOptions<T, P>,
): Attempt<AbcMigrationLayout<T, P>> {
  const { data, value, id, basis, boundary, ties, method } = options;
  const t0 = options.thresholds?.[0];
  const t1 = options.thresholds?.[1];
  const periodsKey = attempt(() => JSON.stringify(options.periods));
  // biome-ignore lint/correctness/useExhaustiveDependencies: periods are compared by value (their JSON).
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
        return abcOverTime(toArray(data), {
          periods: options.periods,
          value,
          id,
          thresholds,
          basis,
          boundary,
          ties,
          method,
        });
      }, 'value'),
    [
      data,
      periodsKey.ok ? periodsKey.value : options.periods,
      value,
      id,
      t0,
      t1,
      basis,
      boundary,
      ties,
      method,
      options.width,
      options.height,
      options.margin,
    ],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (result.ok ? attempt(() => computeAbcMigrationLayout(result.value, options)) : result),
    [result, ...optionValues(options, LAYOUT_KEYS)],
  );
}
