import type { ChurnRiskResult, ChurnRiskRow } from '@kamkit/core';
import { churnRisk } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt, checkData, checkMargin, checkSize } from '../../contract/errors';
import { optionValues } from '../../contract/options';
import { createFormat } from '../../format/createFormat';
import { churn as deChurn } from '../../messages/de/churn';
import { churn as enChurn } from '../../messages/en/churn';
import { resolveMessages } from '../../messages/resolve';
import { toArray } from '../../primitives/data';
import { labeller } from '../../primitives/labels';
import { resolveMargin } from '../../primitives/margin';
import { churnColumns } from './columns';
import { churnDescription } from './description';
import type { ChurnRankingLayoutOptions } from './options';
import { CHURN_LAYOUT_KEYS } from './options';
import { churnPoints } from './points';
import { churnRows } from './rows';
import { churnTable } from './table';
import type { ChurnRankingLayout } from './types';
import { rowWords } from './words';

/** The catalogues of the churn family in the built-in languages. */
const CATALOGUES = { en: enChurn, de: deChurn };

/** Row height and heading height in pixels. */
const ROW = 28;
const HEAD = 26;
const LEVELS = ['high', 'medium', 'low'] as const;

/** The options {@link computeChurnRankingLayout} reads (core's options are read by `churnRisk`). */
export type ChurnLayoutInput<T> = Pick<ChurnRankingLayoutOptions<T>, (typeof CHURN_LAYOUT_KEYS)[number]>;

/**
 * Computes the churn-risk ranking's layout from core's `churnRisk` result, in named stages: columns → rows →
 * description → points and table. The queue (`ranking`, by default by importance — the ABC tier of MRR — then
 * by days waiting, longest first) is listed up to `limit`; the header states the MRR at risk. Pure.
 *
 * @example
 * const layout = computeChurnRankingLayout(churnRisk(rows, { signals }), { data: rows, label: 'name', width: 640 });
 * layout.finding; // "6 accounts at risk hold $110,000 MRR (55%)."
 */
export function computeChurnRankingLayout<T>(
  result: ChurnRiskResult<T>,
  options: ChurnLayoutInput<T>,
): ChurnRankingLayout<T> {
  const format = createFormat(options);
  const m = resolveMessages(options.locale, options.messages, 'churn', CATALOGUES);
  const text = m.family;
  const words = rowWords<T>(text, format);
  const dataArray = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: ChurnRiskRow<T>) => nameOf(row, dataArray);
  const ranking = result.ranking;
  const limit = Math.max(0, Math.floor(options.limit ?? 10));
  const shown = ranking.slice(0, limit);
  let hiddenMrr = 0;
  for (let i = shown.length; i < ranking.length; i++) hiddenMrr += (ranking[i] as ChurnRiskRow<T>).mrr;

  const width = options.width;
  const margin = resolveMargin({ top: 4, right: 8, bottom: 8, left: 8 }, options.margin);
  const moreHeight = ranking.length > shown.length ? 26 : 0;
  const needed =
    margin.top + HEAD + (shown.length > 0 ? shown.length * ROW : 56) + moreHeight + margin.bottom;
  const height = options.height ?? needed;
  const rowHeight =
    shown.length > 0
      ? Math.max(16, Math.min(40, (height - margin.top - HEAD - moreHeight - margin.bottom) / shown.length))
      : ROW;
  const headings = {
    rank: text.columnRank,
    tier: text.columnTier,
    name: text.columnAccount,
    value: text.value,
    risk: text.columnRisk,
    days: text.columnDays,
  };
  const plan = churnColumns(
    {
      count: shown.length,
      tiers: shown.map(words.tier),
      mrr: shown.map((row) => format.value(row.mrr)),
      levels: shown.map(words.level),
      shortLevels: shown.map(words.shortLevel),
      days: shown.map((row) => words.days(row.daysInQueue)),
      shortDays: shown.map((row) => words.shortDays(row.daysInQueue)),
      headings: { ...headings, shortDays: text.columnDaysShort },
    },
    width,
    margin,
  );
  const top = margin.top + HEAD;
  const { lines, barScale } = churnRows(shown, plan, { top, rowHeight }, words, labelOf, format);
  const described = churnDescription({
    result,
    shown: shown.length,
    hiddenMrr,
    m,
    format,
    words,
    labelOf,
    moreRoom: width - margin.right - plan.columns.name,
  });
  const levelsShown = new Set(lines.map((line) => line.row.level));
  return {
    result,
    format,
    width,
    height,
    margin,
    columns: plan.columns,
    narrow: plan.narrow,
    daysShown: plan.daysShown,
    tierShown: plan.tierShown,
    headings: { ...headings, days: plan.narrow ? text.columnDaysShort : text.columnDays },
    barScale,
    top,
    lines,
    hidden: described.hidden,
    hiddenMrr,
    moreText: described.moreText,
    moreLabel: described.moreLabel,
    headline: described.headline,
    legend: LEVELS.filter((level) => levelsShown.has(level)).map((level) => ({
      level,
      label: text.legend[level],
    })),
    title: text.title,
    finding: described.finding,
    description: described.description,
    points: churnPoints({
      result,
      lines,
      text,
      format,
      words,
      signalLabels: options.signalLabels,
      left: margin.left,
      inner: width - margin.left - margin.right,
      barStart: plan.columns.bar,
    }),
    table: churnTable({
      result,
      text,
      format,
      words,
      labelOf,
      finding: described.finding,
      note: described.note,
      maxTableRows: options.maxTableRows,
    }),
    labelOf,
  };
}

/**
 * The churn-risk ranking's layout as a hook: core's `churnRisk` (memoised on the data and core's options), then
 * {@link computeChurnRankingLayout} (memoised on the other options, by the one key list). Never throws:
 * invalid data, signals, accessors or sizes give `{ ok: false, error }`, so the chart renders its error state.
 */
export function useChurnRankingLayout<T>(
  options: ChurnRankingLayoutOptions<T>,
): Attempt<ChurnRankingLayout<T>> {
  const { data, signals, value, daysInQueue, flaggedAt, asOf, importance } = options;
  const { levels, atRisk, probability, rankBy, id } = options;
  const result = useMemo(
    () =>
      attempt(() => {
        const invalid =
          checkData(data) ??
          checkSize('width', options.width) ??
          checkSize('height', options.height) ??
          checkMargin(options.margin);
        if (invalid) throw invalid;
        return churnRisk(toArray(data), {
          signals,
          mrr: value,
          daysInQueue,
          flaggedAt,
          asOf,
          importance,
          levels,
          atRisk,
          probability,
          rankBy,
          id,
        });
      }, 'value'),
    [
      data,
      signals,
      value,
      daysInQueue,
      flaggedAt,
      asOf,
      importance,
      levels,
      atRisk,
      probability,
      rankBy,
      id,
      options.width,
      options.height,
      options.margin,
    ],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (result.ok ? attempt(() => computeChurnRankingLayout(result.value, options)) : result),
    [result, ...optionValues(options, CHURN_LAYOUT_KEYS)],
  );
}
