import type {
  ChurnLevel,
  ChurnRankBy,
  ChurnRiskOptions,
  ChurnRiskResult,
  ChurnRiskRow,
  ChurnSignal,
  IdField,
  NumberField,
} from '@kamkit/core';
import { churnRisk } from '@kamkit/core';
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import { toArray, useDataArray } from '../../primitives/data';
import { formatDecimal } from '../../primitives/decimal';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { resolveMargin } from '../../primitives/margin';
import { averageTextWidth, fitToWidth, textWidth } from '../../primitives/measureText';
import { capitalise, counter } from '../../primitives/text';
import { truncate } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';

/** Options of {@link useChurnRankingLayout}: the options of core's `churnRisk` plus the limit, geometry, formatting. */
export interface ChurnRankingLayoutOptions<T> extends FormatOptions {
  data: Iterable<T>;
  /** The risk signals with weights (core's `churnRisk`). Required. */
  signals: readonly ChurnSignal<T>[];
  /** Monthly recurring revenue. Default: the field `mrr`. */
  mrr?: NumberField<T>;
  /** Days in the at-risk queue (the second ranking key). Default: the field `daysInQueue`. */
  daysInQueue?: NumberField<T>;
  /** Thresholds `[medium, high]` on the 0–100 risk. Default `[33, 66]`. */
  levels?: readonly [number, number];
  /** Which accounts are at risk. Default: risk level `'high'`. */
  atRisk?: ChurnRiskOptions<T>['atRisk'];
  /** Churn probability 0–1, for the expected loss. Default: none. */
  probability?: NumberField<T>;
  /** Ranking order: `'mrr'` (default: MRR, then days in queue, then id) or `'expected-loss'`. */
  rankBy?: ChurnRankBy;
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** The account's name. Default: the id. */
  label?: LabelField<T>;
  /** Names of the signals for tooltips, by key. Default: the key in words ("usageDrop" → "usage drop"). */
  signalLabels?: Readonly<Record<string, string>>;
  /** How many accounts the chart lists; the rest are counted in a note ("and 12 more"). Default 10. */
  limit?: number;
  /** The data table lists at most this many accounts. Default 500. */
  maxTableRows?: number;
  /** What the records are, in words (plural). Default `'accounts'`. */
  unitLabel?: string;
  /** The singular of `unitLabel`. Default: `unitLabel` without a final "s". */
  unitLabelSingular?: string;
  width: number;
  /** Height in pixels. Default: what the rows need (28 px a row). */
  height?: number;
  margin?: Partial<Margin>;
}

/** One listed account as drawn. */
export interface ChurnRankingLine<T> {
  row: ChurnRiskRow<T>;
  /** Position in the ranking, 1-based. */
  position: number;
  /** The name, in full and shortened to the name column. */
  name: string;
  text: string;
  /** The row band. */
  y: number;
  height: number;
  /** The MRR bar's width (from `columns.bar`); 0 in the narrow layout, which has no bars. */
  barWidth: number;
  mrrText: string;
  /** Where the MRR text is anchored: its start after the bar, or its end (`columns.value`) in the narrow layout. */
  valueX: number;
  /** The risk as written: "High · 73", or "High" in the narrow layout (the score is in the tooltip and table). */
  levelText: string;
  /** Days in the queue as written: "28 days", or "28" under the heading "Days" in the narrow layout. */
  daysText: string;
}

/** Everything {@link ChurnRiskRanking} draws, for custom rendering through its `children` render prop. */
export interface ChurnRankingLayout<T> {
  result: ChurnRiskResult<T>;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  /**
   * Column positions: rank (right edge), name, bar start and end, the MRR heading (and, in the narrow layout, the
   * right edge of the MRR values), risk badge, days (right edge).
   */
  columns: {
    rank: number;
    name: number;
    bar: number;
    barEnd: number;
    value: number;
    risk: number;
    days: number;
  };
  /**
   * True when the chart is too narrow for the bars (below about 400 px): no bars, the MRR right-aligned in its
   * own column, the risk level without its score, the days as a number under "Days" and the names shortened to
   * what is left. The full names, scores and days are in the tooltips and the data table.
   */
  narrow: boolean;
  /** The days column's heading: "In queue", or "Days" in the narrow layout. */
  daysTitle: string;
  /**
   * False when even the narrow layout leaves a name less than {@link MIN_NAME} px (charts below about 230 px):
   * the days column is left out (the days stay in the tooltips and the data table). Below about 180 px even a
   * name shortened to one letter and "…" no longer fits beside the MRR.
   */
  daysShown: boolean;
  /** MRR → bar width. */
  barScale: (mrr: number) => number;
  /** Top of the first row (below the headings). */
  top: number;
  lines: ChurnRankingLine<T>[];
  /** Accounts at risk not listed (beyond `limit`) and their MRR. */
  hidden: number;
  hiddenMrr: number;
  /** "and 12 more accounts at risk (84,000 € MRR)", or "". */
  moreText: string;
  /** {@link moreText} as drawn under the rows: shortened ("+12 more at risk (84,000 € MRR)") when it does not fit. */
  moreLabel: string;
  /** The headline figures: MRR at risk, its share of all MRR, accounts at risk of all. */
  headline: { value: string; share: string; accounts: string };
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: TableSpec;
  units: (count: number) => string;
  labelOf: (row: ChurnRiskRow<T>) => string;
}

const ROW = 28;
const HEAD = 26;
/** The shortest MRR bar worth drawing beside its value; below it, the narrow layout. */
const MIN_BAR = 40;
/** The narrowest room for an account's name (px) before the narrow layout drops its days column. */
const MIN_NAME = 40;

/** "usageDropPct" → "usage drop pct". */
function words(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}

const levelNames: Record<ChurnLevel, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeChurnRankingLayout>[1]> = {
  currency: true,
  data: true,
  formatValue: true,
  height: true,
  label: true,
  limit: true,
  locale: true,
  margin: true,
  maxTableRows: true,
  signalLabels: true,
  unitLabel: true,
  unitLabelSingular: true,
  width: true,
};

/**
 * Computes the churn-risk ranking's layout: runs core's `churnRisk`, takes its `ranking` (the at-risk accounts,
 * MRR descending, then days in queue descending, then id), lists the first `limit` as rows with an MRR bar,
 * the risk level and the days in queue, and states the MRR at risk. Memoised on its inputs.
 *
 * @example
 * const layout = useChurnRankingLayout({ data, signals, label: 'name', limit: 10, width: 640 });
 * layout.finding; // "12 accounts at risk hold €310,000 MRR (14%)."
 */
export function useChurnRankingLayout<T>(options: ChurnRankingLayoutOptions<T>): ChurnRankingLayout<T> {
  const { signals, mrr, daysInQueue, levels, atRisk, probability, rankBy, id } = options;
  const data = useDataArray(options.data);
  const result = useMemo(
    () => churnRisk(data, { signals, mrr, daysInQueue, levels, atRisk, probability, rankBy, id }),
    [data, signals, mrr, daysInQueue, levels, atRisk, probability, rankBy, id],
  );
  return useLayoutMemo(computeChurnRankingLayout, result, { ...options, data }, LAYOUT_KEYS);
}

/** The pure part of {@link useChurnRankingLayout}: layout of an already computed churn-risk result. */
export function computeChurnRankingLayout<T>(
  result: ChurnRiskResult<T>,
  options: Omit<
    ChurnRankingLayoutOptions<T>,
    'signals' | 'mrr' | 'daysInQueue' | 'levels' | 'atRisk' | 'probability' | 'rankBy' | 'id'
  >,
): ChurnRankingLayout<T> {
  const format = createFormat(options);
  const unitLabel = options.unitLabel ?? 'accounts';
  const singular = options.unitLabelSingular ?? unitLabel.replace(/s$/, '');
  const units = counter(format.integer, unitLabel, singular);
  const dataArray = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: ChurnRiskRow<T>) => nameOf(row, dataArray);
  const signalName = (key: string) => options.signalLabels?.[key] ?? words(key);
  // One decimal below 10 % ("2.5%"); never rounds a part to nothing or to everything ("<0.1%", ">99%").
  const share = (value: number) =>
    value > 0 && value < 0.0005
      ? `<${format.percent(0.001, 1)}`
      : value > 0 && value < 0.1
        ? format.percent(value, 1)
        : value < 1 && value >= 0.995
          ? `>${format.percent(0.99)}`
          : format.percent(value);
  const days = (d: number | null) =>
    d === null ? 'unknown' : `${format.integer(d)} ${d === 1 ? 'day' : 'days'}`;

  const ranking = result.ranking;
  const total = result.rows.length;
  const limit = Math.max(0, Math.floor(options.limit ?? 10));
  const shown = ranking.slice(0, limit);
  const hidden = ranking.length - shown.length;
  let hiddenMrr = 0;
  for (const row of ranking.slice(limit)) hiddenMrr += row.mrr;

  const width = options.width;
  const margin = resolveMargin({ top: 4, right: 8, bottom: 8, left: 8 }, options.margin);
  const moreHeight = hidden > 0 ? 26 : 0;
  const needed =
    margin.top + HEAD + (shown.length > 0 ? shown.length * ROW : 56) + moreHeight + margin.bottom;
  const height = options.height ?? needed;
  const rowHeight =
    shown.length > 0
      ? Math.max(16, Math.min(40, (height - margin.top - HEAD - moreHeight - margin.bottom) / shown.length))
      : ROW;

  const inner = width - margin.left - margin.right;
  const levelText = (row: ChurnRiskRow<T>) =>
    `${levelNames[row.level]} · ${formatDecimal(format.locale, row.risk, 0)}`;
  // Column widths follow their longest text: risk ("Medium · 54"), days ("120 days"), MRR after the bar.
  const widest = (texts: string[], bold = false, min = 0) =>
    Math.max(min, max(texts, (t) => averageTextWidth(t, 12, bold)) ?? min);
  const rankWidth = Math.ceil(widest([String(shown.length)], false, 8)) + 14;
  const nameWidth = Math.max(90, Math.min(240, inner * 0.28));
  const daysWidth =
    Math.ceil(
      widest(
        shown.map((r) => days(r.daysInQueue)),
        false,
        averageTextWidth('In queue', 12, true),
      ),
    ) + 12;
  const riskWidth = Math.ceil(widest(shown.map(levelText), true, 30)) + 28;
  const valueWidth =
    Math.ceil(
      widest(
        shown.map((r) => format.value(r.mrr)),
        false,
        30,
      ),
    ) + 10;
  const full = {
    rank: margin.left + rankWidth - 6,
    name: margin.left + rankWidth,
    bar: margin.left + rankWidth + nameWidth + 8,
    barEnd: width - margin.right - daysWidth - riskWidth,
    risk: width - margin.right - daysWidth - riskWidth + 8,
    days: width - margin.right,
  };
  // Too narrow for a bar beside the MRR text (the text would run into the risk column): the narrow layout.
  const narrow = shown.length > 0 && full.barEnd - full.bar - valueWidth < MIN_BAR;
  const shortLevel = (row: ChurnRiskRow<T>) => levelNames[row.level];
  const shortDays = (d: number | null) => (d === null ? '–' : format.integer(d));
  let columns: ChurnRankingLayout<T>['columns'];
  let nameRoom: number;
  let daysShown = true;
  if (narrow) {
    // Right to left: days, risk (badge and level), MRR (right-aligned); the name gets what is left.
    const gap = 10;
    const measure = (texts: string[], bold = false) =>
      Math.ceil(max(texts, (t) => textWidth(t, 12, bold)) ?? 0);
    const days = width - margin.right;
    const daysWidth = measure([...shown.map((r) => shortDays(r.daysInQueue)), 'Days'], false) + gap;
    const levelWidth = 15 + measure([...shown.map(shortLevel), 'Risk'], true);
    const mrrWidth = measure([...shown.map((r) => format.value(r.mrr)), 'MRR'], false);
    // With the days column if the name keeps at least MIN_NAME px, else without it.
    daysShown = days - daysWidth - levelWidth - gap - mrrWidth - gap - full.name >= MIN_NAME;
    const risk = days - (daysShown ? daysWidth : 0) - levelWidth;
    const value = risk - gap;
    const bar = value - mrrWidth;
    columns = { rank: full.rank, name: full.name, bar, barEnd: bar, value, risk, days };
    nameRoom = Math.max(24, bar - gap - full.name);
  } else {
    columns = { ...full, value: full.bar };
    nameRoom = nameWidth;
  }
  // The MRR text follows the bar, so the longest bar leaves room for it.
  const maxMrr = shown.reduce((m, r) => Math.max(m, r.mrr), 0);
  const barRoom = narrow ? 0 : Math.max(10, columns.barEnd - columns.bar - valueWidth);
  const barScale = scaleLinear([0, maxMrr > 0 ? maxMrr : 1], [0, barRoom]);
  const maxChars = Math.max(6, Math.floor(nameWidth / 6.6));
  const top = margin.top + HEAD;

  const lines: ChurnRankingLine<T>[] = shown.map((row, i) => {
    const name = labelOf(row);
    return {
      row,
      position: i + 1,
      name,
      text: narrow ? fitToWidth(name, nameRoom, 12) : truncate(name, maxChars),
      y: top + i * rowHeight,
      height: rowHeight,
      barWidth: barScale(row.mrr),
      mrrText: format.value(row.mrr),
      valueX: narrow ? columns.value : columns.bar + barScale(row.mrr) + 6,
      levelText: narrow ? shortLevel(row) : levelText(row),
      daysText: narrow ? shortDays(row.daysInQueue) : days(row.daysInQueue),
    };
  });

  const accountsAtRisk = result.accountsAtRisk;
  const value = format.value(result.mrrAtRisk);
  const shareText = share(result.mrrAtRiskShare);
  const moreText =
    hidden > 0
      ? `and ${format.integer(hidden)} more ${hidden === 1 ? singular : unitLabel} at risk (${format.value(hiddenMrr)} MRR)`
      : '';
  // The note under the rows, shorter when the long one would leave the chart.
  const moreRoom = width - margin.right - columns.name;
  const moreLabel =
    hidden === 0
      ? ''
      : ([
          moreText,
          `+${format.integer(hidden)} more at risk (${format.value(hiddenMrr)} MRR)`,
          `+${format.integer(hidden)} more (${format.value(hiddenMrr)})`,
        ].find((text) => textWidth(text, 12) <= moreRoom) ?? `+${format.integer(hidden)} more`);
  const finding =
    total === 0
      ? result.excluded.length > 0
        ? `No ${singular} could be assessed.`
        : `No ${unitLabel} to assess.`
      : accountsAtRisk === 0
        ? `No ${unitLabel} at risk among ${units(total)}.`
        : `${units(accountsAtRisk)} at risk ${accountsAtRisk === 1 ? 'holds' : 'hold'} ${value} MRR (${shareText}).`;
  let extra = '';
  const first = ranking[0];
  if (first) {
    extra += ` The largest is ${labelOf(first)} with ${format.value(first.mrr)} MRR, ${days(first.daysInQueue)} in the queue.`;
    let longest = first;
    for (const row of ranking) if ((row.daysInQueue ?? -1) > (longest.daysInQueue ?? -1)) longest = row;
    if (longest !== first && longest.daysInQueue !== null) {
      extra += ` Longest in the queue: ${labelOf(longest)} (${days(longest.daysInQueue)}).`;
    }
    if (hidden > 0) extra += ` Listed: the top ${format.integer(shown.length)}; ${moreText}.`;
  }
  if (result.expectedLoss !== undefined && total > 0) {
    extra += ` Expected loss over all ${unitLabel}: ${format.value(result.expectedLoss)} MRR.`;
  }
  const excludedNote =
    result.excluded.length > 0
      ? ` ${units(result.excluded.length)} left out (MRR missing or negative, or no usable signal).`
      : '';
  const description = `${finding}${extra}${excludedNote}`;

  const points: ExplorerPoint[] = lines.map((line) => {
    const row = line.row;
    let strongest = row.signals[0];
    for (const s of row.signals) if (!strongest || s.contribution > strongest.contribution) strongest = s;
    const info = [
      `MRR: ${line.mrrText} (${share(result.totalMrr > 0 ? row.mrr / result.totalMrr : 0)} of all MRR)`,
      `Risk: ${levelNames[row.level].toLowerCase()} (${formatDecimal(format.locale, row.risk, 0)} of 100)`,
      `In the queue: ${line.daysText}`,
      `Rank ${format.integer(line.position)} of ${format.integer(accountsAtRisk)} at risk`,
    ];
    if (strongest && strongest.score !== null) {
      info.push(
        `Strongest signal: ${signalName(strongest.key)} (+${formatDecimal(format.locale, strongest.contribution, 0)})`,
      );
    }
    if (row.expectedLoss !== undefined) {
      info.push(`Expected loss: ${row.expectedLoss === null ? 'unknown' : format.value(row.expectedLoss)}`);
    }
    if (row.incomplete) {
      info.push(
        `Incomplete: ${row.issues
          .filter((i) => i.reason === 'missing' || i.reason === 'non-finite')
          .map((i) => signalName(i.key))
          .join(', ')} missing`,
      );
    }
    return {
      x: columns.bar + line.barWidth,
      y: line.y + line.height / 2,
      box: { x: margin.left, y: line.y, width: inner, height: line.height },
      title: line.name,
      lines: info,
    };
  });

  const maxTableRows = options.maxTableRows ?? 500;
  const tableRows = ranking.slice(0, maxTableRows);
  const withLoss = result.expectedLoss !== undefined;
  const table: TableSpec = {
    caption: finding,
    columns: [
      { key: 'rank', label: 'Rank', numeric: true },
      { key: 'name', label: capitalise(singular) },
      { key: 'mrr', label: 'MRR', numeric: true },
      { key: 'share', label: 'Share of MRR', numeric: true },
      { key: 'level', label: 'Risk level' },
      { key: 'risk', label: 'Risk score', numeric: true },
      { key: 'days', label: 'Days in queue', numeric: true },
      ...(withLoss ? [{ key: 'loss', label: 'Expected loss', numeric: true }] : []),
    ],
    rows: tableRows.map((row, i) => [
      format.integer(i + 1),
      labelOf(row),
      format.value(row.mrr),
      share(result.totalMrr > 0 ? row.mrr / result.totalMrr : 0),
      levelNames[row.level],
      formatDecimal(format.locale, row.risk, 0),
      row.daysInQueue === null ? 'unknown' : format.integer(row.daysInQueue),
      ...(withLoss ? [row.expectedLoss == null ? 'unknown' : format.value(row.expectedLoss)] : []),
    ]),
    raw: tableRows.map((row, i) => [
      i + 1,
      labelOf(row),
      row.mrr,
      result.totalMrr > 0 ? row.mrr / result.totalMrr : 0,
      row.level,
      row.risk,
      row.daysInQueue,
      ...(withLoss ? [row.expectedLoss ?? null] : []),
    ]),
    note:
      [
        ranking.length > tableRows.length
          ? `The first ${format.integer(tableRows.length)} of ${units(ranking.length)} at risk are listed.`
          : '',
        excludedNote.trim(),
      ]
        .filter(Boolean)
        .join(' ') || undefined,
  };

  return {
    result,
    format,
    width,
    height,
    margin,
    columns,
    barScale,
    top,
    lines,
    hidden,
    hiddenMrr,
    moreText,
    moreLabel,
    narrow,
    daysTitle: narrow ? 'Days' : 'In queue',
    daysShown,
    headline: {
      value,
      share: shareText,
      accounts: `${format.integer(accountsAtRisk)} of ${units(total)}`,
    },
    finding,
    description,
    points,
    table,
    units,
    labelOf,
  };
}
