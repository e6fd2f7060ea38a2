import type { MrrByPlanResult } from '@kamkit/core';
import { mrrByPlan } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../../contract/errors';
import { attempt, checkData, checkMargin, checkSize } from '../../../contract/errors';
import { optionValues } from '../../../contract/options';
import { dashboard as deDashboard } from '../../../messages/de/dashboard';
import { dashboard as enDashboard } from '../../../messages/en/dashboard';
import { resolveMessages } from '../../../messages/resolve';
import { translate } from '../../../messages/translate';
import { createShortFormat } from '../../../primitives/compact';
import { toArray } from '../../../primitives/data';
import { createPeriodFormat } from '../../../primitives/periods';
import { mrrByPlanDescription } from './description';
import { highlightLabel, mrrByPlanLayers, planColor } from './marks';
import type { MrrByPlanLayoutOptions } from './options';
import { MRR_BY_PLAN_HEIGHT, MRR_BY_PLAN_LAYOUT_KEYS, planSeriesId } from './options';
import { mrrByPlanPoints, periodItems } from './points';
import { mrrByPlanScales } from './scales';
import { mrrByPlanTable } from './table';
import type { MrrByPlanLayout } from './types';

/** The catalogues of the dashboard family in the built-in languages. */
export const DASHBOARD_CATALOGUES = { en: enDashboard, de: deDashboard };

const NO_HIDDEN: readonly (string | number)[] = [];

/**
 * Computes the MRR-by-plan chart's layout from core's `mrrByPlan`, in named stages: scales → layers → highlight
 * label → description → points and table. Plans whose series id (`'series:<plan>'`) is in `hidden` are left out
 * of the stack (and of the scale). Pure.
 *
 * @example
 * const layout = computeMrrByPlanLayout(mrrByPlan(monthly, { period: 'month' }), { data: monthly, period: 'month', width: 640 });
 * layout.finding; // "MRR grew from $1.2M in Jan 2022 to $1.9M in Dec 2024 (+58%)."
 */
export function computeMrrByPlanLayout<T>(
  result: MrrByPlanResult<T>,
  options: Pick<MrrByPlanLayoutOptions<T>, (typeof MRR_BY_PLAN_LAYOUT_KEYS)[number]>,
  hidden: readonly (string | number)[] = NO_HIDDEN,
): MrrByPlanLayout<T> {
  const format = createShortFormat(options);
  const m = resolveMessages(options.locale, options.messages, 'dashboard', DASHBOARD_CATALOGUES);
  const text = m.family.plans;
  const periodFormat = createPeriodFormat(format.locale, result.periods);
  const { width } = options;
  const height = options.height ?? MRR_BY_PLAN_HEIGHT;
  const periods = result.periods;
  const n = periods.length;
  const plans = result.plans;
  const isHidden = (plan: string) => hidden.some((h) => Object.is(h, planSeriesId(plan)));
  const visible = plans.filter((plan) => !isHidden(plan));
  const wanted =
    options.highlight === null
      ? null
      : (options.highlight ??
        (options.plans?.length ? (options.plans[options.plans.length - 1] as string) : null));
  const highlighted = wanted !== null && visible.includes(wanted) ? wanted : null;
  const planName = (plan: string) =>
    plan === highlighted ? translate(text.highlighted, { plan, note: text.highlightNote }, format) : plan;
  const mark = options.mark ?? (n <= 12 ? 'bar' : 'area');
  let maxTotal = 0;
  for (const row of result.rows) {
    let total = 0;
    for (const p of visible) total += row.mrr[p] ?? 0;
    maxTotal = Math.max(maxTotal, total);
  }
  const yAxisLabel = options.yLabel ?? text.value;
  const scales = mrrByPlanScales({
    periods,
    maxTotal,
    mark,
    width,
    height,
    margin: options.margin,
    format,
    periodFormat,
    yTitle: yAxisLabel !== '',
  });
  const layers = mrrByPlanLayers(result.rows, periods, plans, visible, highlighted, scales);
  const described = mrrByPlanDescription({
    result,
    visible,
    hiddenCount: plans.length - visible.length,
    highlighted,
    m,
    format,
    periodFormat,
    planName,
  });
  const itemAt = periodItems(toArray(options.data), options.period, periods);
  const wantedName = wanted !== null && plans.includes(wanted) ? wanted : null;
  return {
    ...scales,
    result,
    format,
    periodFormat,
    width,
    height,
    layers,
    highlight: highlighted,
    highlightLabel: highlighted === null ? null : highlightLabel(layers, planName(highlighted), n, scales),
    // The legend lists every plan top to bottom, as stacked; hidden ones stay so they can be shown again.
    legend: [...plans].reverse().map((plan) => ({
      id: planSeriesId(plan),
      label:
        plan === wantedName ? translate(text.highlighted, { plan, note: text.highlightNote }, format) : plan,
      color: planColor(plans.indexOf(plan)),
    })),
    xAxisLabel: options.xLabel ?? '',
    yAxisLabel,
    title: text.title,
    finding: described.finding,
    description: described.description,
    points: mrrByPlanPoints(result, visible, scales, m.family.plans, format, periodFormat, planName, itemAt),
    table: mrrByPlanTable(result, text, format, periodFormat, described.finding, described.note),
    itemAt,
  };
}

/**
 * The MRR-by-plan layout as a hook: core's `mrrByPlan` (memoised on data, period, plan, value, plans, periods,
 * maxPlans and the merged series' name), then {@link computeMrrByPlanLayout} (memoised on the other options and
 * the hidden plans). Never throws: bad data, accessors or sizes give `{ ok: false, error }`.
 */
export function useMrrByPlanLayout<T>(
  options: MrrByPlanLayoutOptions<T>,
  hidden: readonly (string | number)[] = NO_HIDDEN,
): Attempt<MrrByPlanLayout<T>> {
  const { data, period, plan, value, plans, periods, maxPlans } = options;
  // Inside attempt: a getter in the caller's `messages` that throws gives the error state, not a throw.
  const words = attempt(
    () => resolveMessages(options.locale, options.messages, 'dashboard', DASHBOARD_CATALOGUES).family,
    'messages',
  );
  const otherPlan = words.ok ? words.value.plans.otherPlan : undefined;
  const wordsError = words.ok ? undefined : words.error;
  const result = useMemo(
    () =>
      attempt(() => {
        if (wordsError) throw wordsError;
        const invalid =
          checkData(data) ??
          checkSize('width', options.width) ??
          checkSize('height', options.height) ??
          checkMargin(options.margin);
        if (invalid) throw invalid;
        return mrrByPlan(toArray(data), { period, plan, mrr: value, plans, periods, maxPlans, otherPlan });
      }, 'value'),
    [
      data,
      period,
      plan,
      value,
      plans,
      periods,
      maxPlans,
      otherPlan,
      wordsError,
      options.width,
      options.height,
      options.margin,
    ],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (result.ok ? attempt(() => computeMrrByPlanLayout(result.value, options, hidden)) : result),
    [result, hidden, ...optionValues(options, MRR_BY_PLAN_LAYOUT_KEYS)],
  );
}
