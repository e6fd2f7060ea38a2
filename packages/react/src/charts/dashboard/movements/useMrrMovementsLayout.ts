import type { MrrMovementRow, MrrMovementsResult } from '@kamkit/core';
import { mrrMovements } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../../contract/errors';
import { attempt, checkData, checkMargin, checkSize } from '../../../contract/errors';
import { optionValues } from '../../../contract/options';
import { resolveMessages } from '../../../messages/resolve';
import { translate } from '../../../messages/translate';
import { createShortFormat } from '../../../primitives/compact';
import { toArray } from '../../../primitives/data';
import { labeller } from '../../../primitives/labels';
import type { Period } from '../../../primitives/periods';
import { createPeriodFormat, distinctPeriods, periodKey } from '../../../primitives/periods';
import { linearTicks } from '../../../primitives/ticks';
import { DASHBOARD_CATALOGUES } from '../plans/useMrrByPlanLayout';
import { movementsDescription } from './description';
import { shortMonth, stepLabels } from './labels';
import type { MrrMovementsLayoutOptions } from './options';
import { kindSeriesId, MOVEMENT_SERIES, MRR_MOVEMENTS_HEIGHT, MRR_MOVEMENTS_LAYOUT_KEYS } from './options';
import { movementsPoints } from './points';
import { movementSnapshots } from './snapshots';
import { waterfallSteps } from './steps';
import { movementsTable } from './table';
import type { MrrMovementsLayout, WaterfallStepKey } from './types';

const NO_HIDDEN: readonly (string | number)[] = [];
const COLORS = {
  total: 'var(--kamkit-total-color)',
  increase: 'var(--kamkit-positive-color)',
  decrease: 'var(--kamkit-negative-color)',
} as const;

/** What {@link computeMrrMovementsLayout} reads besides core's result. */
export interface MrrMovementsComputeOptions<T>
  extends Pick<MrrMovementsLayoutOptions<T>, (typeof MRR_MOVEMENTS_LAYOUT_KEYS)[number]> {
  /** The periods compared, for labels (optional). */
  from?: Period;
  to?: Period;
  /** All periods of the data, for the period format (optional). */
  periods?: readonly Period[];
  /** The snapshots the result was computed from, for the `label` accessor's `data` argument (optional). */
  before?: readonly T[];
  after?: readonly T[];
}

/**
 * Computes the MRR waterfall's layout from core's `mrrMovements`, in named stages: steps (scales, bars, value
 * labels) → step names → description → points and table. Series whose id is in `hidden` (`'series:total'`,
 * `'series:increase'`, `'series:decrease'`) keep their place in the waterfall but are not drawn. Pure.
 *
 * @example
 * const layout = computeMrrMovementsLayout(mrrMovements(jan, dec), { from: '2024-01', to: '2024-12', width: 640 });
 * layout.finding; // "MRR grew from $1.8M to $2M between Jan 2024 and Dec 2024: new $120K, …; NRR 99%, GRR 95%."
 */
export function computeMrrMovementsLayout<T>(
  result: MrrMovementsResult<T>,
  options: MrrMovementsComputeOptions<T>,
  hidden: readonly (string | number)[] = NO_HIDDEN,
): MrrMovementsLayout<T> {
  const format = createShortFormat(options);
  const m = resolveMessages(options.locale, options.messages, 'dashboard', DASHBOARD_CATALOGUES);
  const text = m.family.movements;
  const known = [options.from, options.to].filter((p): p is Period => p !== undefined);
  const periods = options.periods ? [...options.periods] : distinctPeriods(known);
  const periodFormat = createPeriodFormat(format.locale, periods.length > 0 ? periods : known);
  const { width } = options;
  const height = options.height ?? MRR_MOVEMENTS_HEIGHT;
  const nameOf = labeller(options.label);
  const before = options.before ?? [];
  const after = options.after ?? [];
  const labelOf = (row: MrrMovementRow<T>) =>
    nameOf(
      { datum: row.datum, index: row.afterIndex ?? row.beforeIndex ?? 0, id: row.id },
      row.afterIndex !== null ? after : before,
    );
  const fromText = options.from === undefined ? text.startFallback : periodFormat.label(options.from);
  const toText = options.to === undefined ? text.endFallback : periodFormat.label(options.to);
  const names: Record<WaterfallStepKey, string> = { ...text.steps, start: fromText, end: toText };
  // The compared months as "Dec 24" when "Dec 2024" does not fit its band (not truncated to "Dec 20…").
  const shortNames: Partial<Record<WaterfallStepKey, string>> = {};
  const shortFrom = shortMonth(format.locale, options.from);
  const shortTo = shortMonth(format.locale, options.to);
  if (shortFrom !== undefined) shortNames.start = shortFrom;
  if (shortTo !== undefined) shortNames.end = shortTo;
  const isHidden = (kind: (typeof MOVEMENT_SERIES)[number]) =>
    hidden.some((h) => Object.is(h, kindSeriesId(kind)));
  const yAxisLabel = options.yLabel ?? text.value;
  const built = waterfallSteps({
    result,
    before,
    after,
    names,
    shortNames,
    isHidden,
    width,
    height,
    margin: options.margin,
    format,
    formatOptions: options,
    yTitle: yAxisLabel !== '',
  });
  const { margin, plot, band, y, steps } = built;
  const visible = steps.filter((step) => !step.hidden);
  const connectors = steps.slice(0, -1).map((step, i) => {
    const next = steps[i + 1] as (typeof steps)[number];
    return { x1: step.x + step.width, x2: next.x, y: y(step.to) };
  });
  const nrr =
    result.netRevenueRetention === null
      ? null
      : translate(text.nrr, { rate: result.netRevenueRetention }, format);
  const grr =
    result.grossRevenueRetention === null
      ? null
      : translate(text.grr, { rate: result.grossRevenueRetention }, format);
  const empty = result.rows.every((row) => row.movement === 'inactive');
  const described = movementsDescription({
    result,
    empty,
    hasPeriods: periods.length > 0 || options.from !== undefined,
    fromText,
    toText,
    nrr,
    grr,
    hidden: MOVEMENT_SERIES.filter(isHidden).map((kind) => text.legend[kind]),
    m,
    format,
  });
  return {
    result,
    format,
    periodFormat,
    from: options.from,
    to: options.to,
    periods,
    width,
    height,
    margin,
    plot,
    y,
    steps,
    connectors,
    xLabels: stepLabels(steps, band.step(), plot.y1, built.names),
    yTicks: linearTicks(y, Math.max(2, Math.min(6, Math.floor((plot.y1 - plot.y0) / 40))), format.tick),
    yLabelOffset: built.yLabelOffset,
    xAxisLabel: options.xLabel ?? '',
    yAxisLabel,
    legend: MOVEMENT_SERIES.map((kind) => ({
      id: kindSeriesId(kind),
      label: text.legend[kind],
      color: COLORS[kind],
    })),
    nrr,
    grr,
    empty,
    title:
      options.from !== undefined && options.to !== undefined
        ? translate(text.titleRange, { from: fromText, to: toText }, format)
        : text.title,
    finding: described.finding,
    description: described.description,
    points: empty ? [] : movementsPoints(visible, text, format, labelOf, [nrr, grr]),
    table: movementsTable(steps, text, format, described.finding, described.tableNote),
    labelOf,
  };
}

/**
 * The MRR waterfall's layout as a hook: the `from` and `to` snapshots and core's `mrrMovements` (memoised on
 * data, period, from, to, id, value and plan), then {@link computeMrrMovementsLayout} (memoised on the other
 * options and the hidden series). Never throws: bad data, accessors or sizes give `{ ok: false, error }`.
 */
export function useMrrMovementsLayout<T>(
  options: MrrMovementsLayoutOptions<T>,
  hidden: readonly (string | number)[] = NO_HIDDEN,
): Attempt<MrrMovementsLayout<T>> {
  const { data, period, from, to, id, value, plan } = options;
  const fromKey = from === undefined ? undefined : periodKey(from);
  const toKey = to === undefined ? undefined : periodKey(to);
  // biome-ignore lint/correctness/useExhaustiveDependencies: periods are compared by key (equal Dates are one period).
  const analysis = useMemo(
    () =>
      attempt(() => {
        const invalid =
          checkData(data) ??
          checkSize('width', options.width) ??
          checkSize('height', options.height) ??
          checkMargin(options.margin);
        if (invalid) throw invalid;
        const snapshots = movementSnapshots(toArray(data), period, from, to);
        return {
          snapshots,
          result: mrrMovements(snapshots.before, snapshots.after, { id, mrr: value, plan }),
        };
      }, 'value'),
    [data, period, fromKey, toKey, id, value, plan, options.width, options.height, options.margin],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(() => {
    if (!analysis.ok) return analysis;
    const { snapshots, result } = analysis.value;
    return attempt(() =>
      computeMrrMovementsLayout(
        result,
        {
          ...options,
          from: snapshots.from,
          to: snapshots.to,
          periods: snapshots.periods,
          before: snapshots.before,
          after: snapshots.after,
        },
        hidden,
      ),
    );
  }, [analysis, hidden, ...optionValues(options, MRR_MOVEMENTS_LAYOUT_KEYS)]);
}
