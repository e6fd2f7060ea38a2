import type { OnboardingAccount, OnboardingStatusResult } from '@kamkit/core';
import { onboardingStatus } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../../contract/errors';
import { attempt, checkData, checkMargin, checkSize } from '../../../contract/errors';
import { optionValues } from '../../../contract/options';
import { resolveMessages } from '../../../messages/resolve';
import { translate } from '../../../messages/translate';
import { createShortFormat } from '../../../primitives/compact';
import { toArray } from '../../../primitives/data';
import { numberReader } from '../../../primitives/fields';
import { labeller } from '../../../primitives/labels';
import { measureText, truncateText } from '../../../primitives/text';
import { DASHBOARD_CATALOGUES } from '../plans/useMrrByPlanLayout';
import type { OnboardingSource } from './geometry';
import { onboardingGeometry } from './geometry';
import type { OnboardingLayoutOptions } from './options';
import { ONBOARDING_LAYOUT_KEYS } from './options';
import { onboardingDescription, onboardingPoints, onboardingTable } from './text';
import type { OnboardingLayout } from './types';

/** The widest a stage name is drawn (px) before it is shortened. */
const NAME_ROOM = 154;

/**
 * Computes the onboarding chart's layout from core's `onboardingStatus`, in named stages: geometry (one row per
 * stage in process order, and one per status that is not a stage, so none is dropped) → description → points
 * and table. With a `satisfaction` accessor, the mean survey score per stage (clamped to the scale). Pure.
 *
 * @example
 * const layout = computeOnboardingLayout(onboardingStatus(accounts, { stages }), { data: accounts, width: 480 });
 * layout.finding; // "9 of 15 accounts (60%) have reached Live; 6 are still onboarding, most in Setup (4)."
 */
export function computeOnboardingLayout<T>(
  result: OnboardingStatusResult<T>,
  options: Pick<OnboardingLayoutOptions<T>, (typeof ONBOARDING_LAYOUT_KEYS)[number]>,
): OnboardingLayout<T> {
  const format = createShortFormat(options);
  const m = resolveMessages(options.locale, options.messages, 'dashboard', DASHBOARD_CATALOGUES);
  const text = m.family.onboarding;
  const decimal = new Intl.NumberFormat(format.locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const formatScore = (value: number) => decimal.format(value);
  const dataArray = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (account: OnboardingAccount<T>) => nameOf(account, dataArray);
  const scale = options.satisfactionScale ?? ([0, 10] as const);
  const readScore =
    options.satisfaction === undefined ? undefined : numberReader(options.satisfaction, 'satisfaction');
  const meanScore = (accounts: readonly OnboardingAccount<T>[]) => {
    if (readScore === undefined) return { mean: null, responses: 0 };
    let sum = 0;
    let responses = 0;
    for (const a of accounts) {
      const v = readScore(a.datum, a.index, dataArray);
      if (v !== null) {
        sum += Math.min(scale[1], Math.max(scale[0], v));
        responses++;
      }
    }
    return { mean: responses > 0 ? sum / responses : null, responses };
  };
  const source: OnboardingSource<T>[] = [
    ...result.rows.map((row) => ({
      stage: row.stage,
      kind: 'stage' as const,
      position: row.position,
      count: row.count,
      share: row.share,
      atOrBeyond: row.atOrBeyond,
      atOrBeyondShare: row.atOrBeyondShare,
      accounts: row.accounts,
    })),
    ...result.unknown.map((u) => ({
      stage: u.status,
      kind: 'unknown' as const,
      position: -1,
      count: u.count,
      share: u.share,
      atOrBeyond: u.count,
      atOrBeyondShare: u.share,
      accounts: u.accounts,
    })),
  ];
  const names = source.map((row) =>
    truncateText(
      row.kind === 'unknown'
        ? translate(text.otherStatus, { stage: String(row.stage) }, format)
        : String(row.stage),
      NAME_ROOM,
      12,
    ),
  );
  const scores = source.map((row) => meanScore(row.accounts));
  let scoreWidth = measureText('–', 12);
  for (const score of scores)
    if (score.mean !== null) scoreWidth = Math.max(scoreWidth, measureText(formatScore(score.mean), 12));
  const range = translate(
    text.satisfactionRange,
    { min: format.number(scale[0]), max: format.number(scale[1]) },
    format,
  );
  const geometry = onboardingGeometry({
    source,
    names,
    valueTexts: source.map((row) => `${format.integer(row.count)} (${format.percent(row.share)})`),
    scores,
    scoreWidth,
    total: result.total,
    withScores: readScore !== undefined,
    scale,
    countTitle: text.accounts,
    titles: [range, text.satisfaction],
    width: options.width,
    height: options.height,
    margin: options.margin,
    items: source.map((row) => ({
      kind: 'bin',
      id: `${row.kind === 'unknown' ? 'status' : 'stage'}:${String(row.stage)}`,
      datum: null,
      accounts: row.accounts.map((a) => a.datum),
    })),
  });
  const textInput = {
    result,
    rows: geometry.rows,
    m,
    format,
    formatScore,
    scale,
    withScores: readScore !== undefined,
    meanScore,
  };
  const described = onboardingDescription(textInput);
  const legend: OnboardingLayout<T>['legend'] = [
    { label: text.legendStage, color: 'var(--_accent)' },
    { label: text.legendBeyond, color: 'var(--_accent-muted)' },
  ];
  if (readScore) legend.push({ label: range, color: 'currentColor', shape: 'line' });
  return {
    result,
    format,
    formatScore,
    width: options.width,
    height: geometry.height,
    margin: geometry.margin,
    plot: geometry.plot,
    x: geometry.x,
    satisfactionColumn: geometry.satisfactionColumn,
    labels: geometry.labels,
    countTitle: text.accounts,
    rows: geometry.rows,
    legend,
    title: text.title,
    finding: described.finding,
    description: described.description,
    points: onboardingPoints({ ...textInput, labelOf, plot: geometry.plot }),
    table: onboardingTable({ ...textInput, caption: described.finding, note: described.note }),
    labelOf,
  };
}

/**
 * The onboarding layout as a hook: core's `onboardingStatus` (memoised on data, id, status and stages), then
 * {@link computeOnboardingLayout}. Never throws: bad data, accessors or sizes give `{ ok: false, error }`.
 */
export function useOnboardingLayout<T>(options: OnboardingLayoutOptions<T>): Attempt<OnboardingLayout<T>> {
  const { data, id, status, stages } = options;
  const result = useMemo(
    () =>
      attempt(() => {
        const invalid =
          checkData(data) ??
          checkSize('width', options.width) ??
          checkSize('height', options.height) ??
          checkMargin(options.margin);
        if (invalid) throw invalid;
        return onboardingStatus(toArray(data), { id, status, stages });
      }, 'status'),
    [data, id, status, stages, options.width, options.height, options.margin],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (result.ok ? attempt(() => computeOnboardingLayout(result.value, options)) : result),
    [result, ...optionValues(options, ONBOARDING_LAYOUT_KEYS)],
  );
}
