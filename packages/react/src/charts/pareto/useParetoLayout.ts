import type { Id, IdField, NumberField, ParetoColumns, ParetoResult, ParetoRow } from '@kamkit/core';
import { paretoColumns, paretoFromColumns, paretoRow } from '@kamkit/core';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import { toArray, useDataArray } from '../../primitives/data';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { lazyPoint } from '../../primitives/lazyPoint';
import { linearScale } from '../../primitives/linearScale';
import { resolveMargin } from '../../primitives/margin';
import { textWidth } from '../../primitives/measureText';
import { polylinePath } from '../../primitives/polylinePath';
import { capitalise, counter, namesList } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import { linearTicks, truncate } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';
import { measuredAxisSpace } from '../../primitives/valueAxis';

/** Options of {@link useParetoLayout}: the options of core's `pareto` plus geometry and formatting. */
export interface ParetoLayoutOptions<T> extends FormatOptions {
  data: Iterable<T>;
  /** The value of each account (e.g. revenue): a field name or accessor. Default: the field `value`. */
  value?: NumberField<T>;
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** The account's name, shown on the axis, in tooltips and in the table. Default: the id. */
  label?: LabelField<T>;
  /** The vital-few cutoff in (0, 1]. Default 0.8. */
  cutoff?: number;
  /** What the value is, in words, for titles and descriptions. Default `'revenue'`. */
  valueLabel?: string;
  /** What the records are, in words (plural). Default `'accounts'`. */
  unitLabel?: string;
  /** The singular of `unitLabel`. Default: `unitLabel` without a final "s". */
  unitLabelSingular?: string;
  /**
   * Most rows of the data table. While the chart draws at most this many bars (or columns of accounts), the
   * table has one row per bar (per account, or per column when binned). When it draws more, the table lists
   * `tableRows` groups of consecutive ranks instead, as equal as possible (sizes differ by at most 1): each
   * row gives the ranks ("1–100"), the first and last account's names, the number of accounts, their
   * revenue, its share, the cumulative share at the group's last account and whether they are vital few; the
   * caption says the rows are groups. CSV export (`exportCsv(layout.table)`) still lists every account.
   * Default 100; `Infinity` keeps one row per bar.
   */
  tableRows?: number;
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** A group of consecutive ranks: a row of the data table when there are more bars than `tableRows`. */
export interface ParetoRankGroup {
  /** First and last rank of the group, 1-based inclusive. */
  rankStart: number;
  rankEnd: number;
  /** Number of accounts in the group. */
  count: number;
  /** Sum of the group's values. */
  value: number;
  /** The group's share of the total. */
  share: number;
  /** Cumulative share at the group's last account. */
  cumulativeShare: number;
  /** How many of the group's accounts are vital few. */
  vitalCount: number;
}

/**
 * One drawn bar: a single account, or a column of adjacent accounts when there are more accounts than pixels.
 * Plain data; its accounts are `layout.rowsOf(bar)`.
 */
export interface ParetoBar {
  /** Position and size in the SVG's coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Ranks covered, 1-based inclusive. */
  rankStart: number;
  rankEnd: number;
  /** How many accounts the bar holds (1 unless binned). */
  count: number;
  /** Sum of the values in the bar. */
  value: number;
  /** Cumulative share at the bar's last account. */
  cumulativeShare: number;
  /** All accounts in the bar are vital few. */
  vital: boolean;
  /** Name of the account, or "#101–#140" for a column. */
  label: string;
}

/** Everything {@link ParetoChart} draws, for custom rendering through its `children` render prop. */
export interface ParetoLayout<T> {
  /**
   * Core's Pareto result. When the layout was computed from `paretoColumns` (as {@link useParetoLayout} does),
   * its rows are built on first read, once per `paretoColumns` result (layouts of the same columns, e.g. at
   * another width, share it): a chart that never reads them does not allocate one object per account.
   */
  result: ParetoResult<T>;
  /** The number of ranked accounts (`result.rows.length`, without building the rows). */
  count: number;
  /** The vital few's count and the cutoff (`result.vitalCount`, `result.cutoff`). */
  vitalCount: number;
  cutoff: number;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  /** The plot area. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Account position (0…n, rank − 1 at a bar's left edge) → x. */
  x: (position: number) => number;
  /** Value → y (left axis). */
  y: (value: number) => number;
  /** Cumulative share 0…1 → y (right axis). */
  yShare: (share: number) => number;
  bars: ParetoBar[];
  /** True when bars are columns of several accounts. */
  binned: boolean;
  /** The cumulative-share line as an SVG path. */
  linePath: string;
  /** Points of the cumulative line (bar right edges), for dots. */
  linePoints: { x: number; y: number }[];
  /** The cutoff's y and the vital few's right edge x. */
  cutoffY: number;
  vitalX: number;
  xTicks: Tick[];
  xTickRotation: number;
  xAxisLabel: string;
  yTicks: Tick[];
  /**
   * Distance of the y axis title from the axis line, past the widest y tick label (the left margin is sized
   * from the same widths, unless the caller gives `margin.left`).
   */
  yLabelOffset: number;
  yShareTicks: Tick[];
  /** The finding in words, e.g. "12 of 60 accounts (20%) make 80% of revenue." */
  finding: string;
  description: string;
  /** "1 account", "12 accounts": a count with the unit in the right number. */
  units: (count: number) => string;
  points: ExplorerPoint[];
  /**
   * The data table: one row per bar (per account, or per column of accounts when binned) while there are at
   * most `tableRows` bars; else `tableRows` groups of consecutive ranks (see {@link ParetoLayout.tableGroups}).
   * `raw` (for `exportCsv`) always lists every account, with `rawColumns` as its header when the rows are
   * columns or groups.
   */
  table: TableSpec & { rawColumns?: TableSpec['columns'] };
  /**
   * The rank groups the table lists when the chart draws more bars than `tableRows` (equal runs of consecutive
   * ranks, sizes differing by at most 1, covering every account); `undefined` when the table has one row per bar.
   */
  tableGroups: ParetoRankGroup[] | undefined;
  labelOf: (row: ParetoRow<T>) => string;
  /**
   * The accounts in a bar (one unless binned), largest first: `result.rows.slice(bar.rankStart - 1,
   * bar.rankEnd)`, elements of {@link ParetoLayout.result}'s rows (built on the first call if the layout came
   * from `paretoColumns`). It reads `result` as it is at the call: after `result` was replaced by one of other
   * accounts, it slices that one by the bar's ranks.
   */
  rowsOf: (bar: Pick<ParetoBar, 'rankStart' | 'rankEnd'>) => ParetoRow<T>[];
}

const MAX_NAMED_BARS = 24;
/** Default of {@link ParetoLayoutOptions.tableRows}. */
const DEFAULT_TABLE_ROWS = 100;

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeParetoLayout>[1]> = {
  currency: true,
  data: true,
  formatValue: true,
  height: true,
  label: true,
  locale: true,
  margin: true,
  tableRows: true,
  unitLabel: true,
  unitLabelSingular: true,
  valueLabel: true,
  width: true,
};

/**
 * Computes the Pareto chart's layout: runs core's `pareto`, then scales, bars (binned to pixel columns when
 * there are more accounts than pixels, so the number of DOM nodes is bounded by the width), the cumulative
 * line, ticks, the finding in words, the explorer points and the data table. Memoised on its inputs.
 *
 * @example
 * const layout = useParetoLayout({ data, value: 'revenue', width: 640, height: 360 });
 * layout.finding; // "12 of 60 accounts (20%) make 80% of revenue."
 */
export function useParetoLayout<T>(options: ParetoLayoutOptions<T>): ParetoLayout<T> {
  const { value, id, cutoff } = options;
  const data = useDataArray(options.data);
  const columns = useMemo(() => paretoColumns(data, { value, id, cutoff }), [data, value, id, cutoff]);
  return useLayoutMemo(computeParetoLayout, columns, { ...options, data }, LAYOUT_KEYS);
}

/**
 * The pure part of {@link useParetoLayout}: layout of an already computed Pareto analysis, either core's
 * `pareto` result or its `paretoColumns` (then no row object is built unless the layout's `result`,
 * `layout.rowsOf(bar)`, a tooltip or the CSV export asks for one).
 */
export function computeParetoLayout<T>(
  analysis: ParetoResult<T> | ParetoColumns<T>,
  options: Omit<ParetoLayoutOptions<T>, 'value' | 'id' | 'cutoff'>,
): ParetoLayout<T> {
  const ranked = rankedAccounts(analysis);
  const { n, valueAt, cumulativeShareAt, rowAt } = ranked;
  const format = createFormat(options);
  const valueLabel = options.valueLabel ?? 'revenue';
  const unitLabel = options.unitLabel ?? 'accounts';
  const singular = options.unitLabelSingular ?? unitLabel.replace(/s$/, '');
  const units = counter(format.integer, unitLabel, singular);
  const { width, height } = options;
  const dataArray = 'data' in analysis ? analysis.data : toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: ParetoRow<T>) => nameOf(row, dataArray);
  // A name needs only the account's id, record and position, not a whole row.
  const labelAt = (r: number) => nameOf(ranked.accountAt(r), dataArray);

  const plotWidthGuess = width - 56 - 52;
  const named = n > 0 && n <= MAX_NAMED_BARS && plotWidthGuess / n >= 16;
  const names = named ? Array.from({ length: n }, (_, r) => labelAt(r)) : [];
  const longestName = Math.max(0, ...names.map((name) => Math.min(18, Array.from(name).length)));
  const rotate = named && plotWidthGuess / n < longestName * 6.5 + 8;
  // The vertical margins first: the y ticks depend only on the plot's height, and the side margins and the
  // y title's offset on the widths of the tick labels ("3,5 Mio. €" needs more room than "$3.5M"). A margin
  // given by the caller wins.
  const vertical = resolveMargin(
    { top: 20, right: 0, bottom: named ? (rotate ? 34 + longestName * 5 : 44) : 44, left: 0 },
    options.margin,
  );
  const y0 = vertical.top;
  const y1 = Math.max(vertical.top + 1, height - vertical.bottom);
  const maxValue = n > 0 ? valueAt(0) : 1;
  const y = linearScale([0, maxValue], [y1, y0], 5);
  const yShare = linearScale([0, 1], [y1, y0]);
  const yTicks = linearTicks(y, Math.max(2, Math.min(6, Math.floor((y1 - y0) / 40))), format.tick);
  const yShareTicks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((p) => ({
    position: yShare(p),
    label: format.percent(p),
  }));
  const leftAxis = measuredAxisSpace(
    yTicks.map((tick) => tick.label),
    { title: true, min: { labelOffset: 52, margin: 64 } },
  );
  const rightAxis = measuredAxisSpace(
    yShareTicks.map((tick) => tick.label),
    { min: { margin: 52 } },
  );
  const margin = resolveMargin(
    { ...vertical, left: leftAxis.margin, right: rightAxis.margin },
    options.margin,
  );
  const plot = {
    x0: margin.left,
    x1: Math.max(margin.left + 1, width - margin.right),
    y0,
    y1,
  };
  const plotWidth = plot.x1 - plot.x0;

  const x = linearScale([0, Math.max(1, n)], [plot.x0, plot.x1]);

  // Bars: one per account while each gets at least a pixel, else columns of adjacent accounts. The vital few and
  // the rest get columns in proportion, so no column mixes vital and other accounts. The cumulative line's points
  // (the bars' right edges) are collected on the way.
  const columns = Math.max(1, Math.floor(plotWidth));
  const binned = n > columns;
  const step = n > 0 ? plotWidth / n : plotWidth;
  // Bars are at most 72 px wide (one account should not fill the plot), separated by a gap when there is room.
  const gap = !binned && step > 4 ? Math.max(Math.min(step * 0.18, 8), step - 72) : 0;
  const bars: ParetoBar[] = [];
  const linePoints = [{ x: x(0), y: yShare(0) }];
  // The bar of rows a … b − 1 (0-based, b exclusive).
  const addBar = (a: number, b: number) => {
    const right = x(b);
    const x0 = x(a) + gap / 2;
    const x1 = right - gap / 2;
    const top = y(valueAt(a));
    const cumulativeShare = cumulativeShareAt(b - 1);
    let total = 0;
    for (let i = a; i < b; i++) total += valueAt(i);
    bars.push({
      x: x0,
      y: top,
      width: Math.max(binned ? 1 : 0.5, x1 - x0),
      height: Math.max(0, plot.y1 - top),
      rankStart: a + 1,
      rankEnd: b,
      count: b - a,
      value: total,
      cumulativeShare,
      // The vital few are the first rows in rank order, so a bar is all vital when its last account is.
      vital: ranked.vitalAt(b - 1),
      label: b - a === 1 ? labelAt(a) : `#${a + 1}–#${b}`,
    });
    linePoints.push({ x: right, y: yShare(cumulativeShare) });
  };
  if (!binned) {
    for (let i = 0; i < n; i++) addBar(i, i + 1);
  } else {
    const k = ranked.vitalCount;
    const vitalColumns = k === 0 ? 0 : Math.min(columns - 1, Math.max(1, Math.round((columns * k) / n)));
    const split = (start: number, end: number, count: number) => {
      const size = end - start;
      const cols = Math.max(1, Math.min(count, size));
      for (let c = 0; c < cols; c++) {
        const a = start + Math.floor((c * size) / cols);
        const b = start + Math.floor(((c + 1) * size) / cols);
        if (b > a) addBar(a, b);
      }
    };
    split(0, k, vitalColumns);
    split(k, n, columns - vitalColumns);
  }
  const linePath = n > 0 ? polylinePath(linePoints) : '';

  // Share ticks every 20 %, or every 25 % or 50 % when a narrow plot has no room for "100 %" beside "80 %".
  const shareSteps = [5, 4, 2, 1].find((k) => plotWidth / k >= textWidth(format.percent(1), 12) + 6) ?? 1;
  const xTicks: Tick[] = named
    ? names.map((name, i) => ({ position: x(i + 0.5), label: truncate(name, 18) }))
    : n > 0
      ? Array.from({ length: shareSteps + 1 }, (_, i) => i / shareSteps).map((p) => ({
          position: x(p * n),
          label: format.percent(p),
        }))
      : [];

  const k = ranked.vitalCount;
  const finding =
    n === 0
      ? `No ${unitLabel} with a positive ${valueLabel}.`
      : `${format.integer(k)} of ${format.integer(n)} ${n === 1 ? singular : unitLabel} (${format.percent(ranked.vitalShare)}) make ${format.percent(ranked.cutoff)} of ${valueLabel}.`;
  const excluded = analysis.excluded.length;
  const excludedNote =
    excluded > 0
      ? ` ${format.integer(excluded)} ${excluded === 1 ? 'record' : 'records'} left out (zero, negative or missing ${valueLabel}).`
      : '';
  const description =
    n === 0
      ? `${finding}${excludedNote}`
      : `${finding} The largest is ${labelAt(0)} with ${format.value(valueAt(0))} (${format.percent(valueAt(0) / analysis.total, 1)}). Total ${valueLabel}: ${format.value(analysis.total)}.${excludedNote}`;

  const capital = capitalise(valueLabel);
  // Tooltips are written when a bar is first reached (keyboard or pointer), not for every bar up front.
  const points: ExplorerPoint[] = bars.map((bar) => {
    // The bar's rows: a … b − 1 (0-based).
    const a = bar.rankStart - 1;
    const b = bar.rankEnd;
    return lazyPoint(
      {
        x: bar.x + bar.width / 2,
        y: bar.y,
        box: { x: bar.x, y: bar.y, width: bar.width, height: bar.height },
      },
      () => {
        if (b - a === 1) {
          const single = rowAt(a);
          return {
            title: labelOf(single),
            lines: [
              `${capital}: ${format.value(single.value)} (${format.percent(single.share, 1)})`,
              `Cumulative: ${format.percent(single.cumulativeShare, 1)}`,
              `Rank ${format.integer(single.rank)} of ${format.integer(n)}${single.vital ? ' · vital few' : ''}`,
            ],
          };
        }
        // Names only the first four accounts of a column (a column may hold thousands).
        const named = Array.from({ length: Math.min(b - a, 4) }, (_, i) => labelAt(a + i));
        const more = b - a - named.length;
        return {
          title: `${capitalise(unitLabel)} ${format.integer(bar.rankStart)}–${format.integer(bar.rankEnd)} (${format.integer(b - a)})`,
          lines: [
            more > 0 ? `${namesList(named, 4)} and ${format.integer(more)} more` : namesList(named, 4),
            `${capital}: ${format.value(bar.value)}`,
            `Cumulative: ${format.percent(bar.cumulativeShare, 1)}${bar.vital ? ' · vital few' : ''}`,
          ],
        };
      },
    );
  });

  // One row per account while the chart draws one bar per account; one row per column when binned; groups of
  // ranks when there are more columns than `tableRows` (the hidden table's layout cost grows with its rows).
  const limit =
    options.tableRows === undefined || Number.isNaN(options.tableRows)
      ? DEFAULT_TABLE_ROWS
      : Math.max(1, Math.floor(options.tableRows));
  const tableGroups = bars.length > limit ? groupRanks(ranked, limit) : undefined;
  const accountColumns = [
    { key: 'rank', label: 'Rank', numeric: true },
    { key: 'name', label: 'Account' },
    { key: 'value', label: capital, numeric: true },
    { key: 'share', label: 'Share', numeric: true },
    { key: 'cumulative', label: 'Cumulative share', numeric: true },
    { key: 'vital', label: 'Vital few' },
  ];
  // Raw values are for CSV export only, one row per account whatever the table shows: made when first read.
  const accountsRaw = () =>
    ranked
      .result()
      .rows.map((row) => [row.rank, labelOf(row), row.value, row.share, row.cumulativeShare, row.vital]);
  const note = excludedNote.trim() || undefined;
  let table: ParetoLayout<T>['table'];
  if (tableGroups) {
    const first = tableGroups[0] as ParetoRankGroup;
    const last = tableGroups[tableGroups.length - 1] as ParetoRankGroup;
    const sizes =
      first.count === last.count && tableGroups.every((g) => g.count === first.count)
        ? format.integer(first.count)
        : `${format.integer(Math.min(...tableGroups.map((g) => g.count)))}–${format.integer(Math.max(...tableGroups.map((g) => g.count)))}`;
    const ranks = (group: ParetoRankGroup) =>
      group.count === 1
        ? format.integer(group.rankStart)
        : `${format.integer(group.rankStart)}–${format.integer(group.rankEnd)}`;
    table = {
      caption: `${finding} Rows are groups of ranks: ${format.integer(n)} ${unitLabel} in ${format.integer(tableGroups.length)} groups of ${sizes}, largest first.`,
      columns: [
        { key: 'ranks', label: 'Ranks' },
        { key: 'names', label: capitalise(unitLabel) },
        { key: 'count', label: `Number of ${unitLabel}`, numeric: true },
        { key: 'value', label: capital, numeric: true },
        { key: 'share', label: 'Share', numeric: true },
        { key: 'cumulative', label: 'Cumulative share', numeric: true },
        { key: 'vital', label: 'Vital few' },
      ],
      rows: tableGroups.map((group) => {
        const a = labelAt(group.rankStart - 1);
        return [
          ranks(group),
          group.count === 1 ? a : `${a} … ${labelAt(group.rankEnd - 1)}`,
          format.integer(group.count),
          format.value(group.value),
          format.percent(group.share, 1),
          format.percent(group.cumulativeShare, 1),
          group.vitalCount === group.count
            ? 'yes'
            : group.vitalCount === 0
              ? 'no'
              : `${format.integer(group.vitalCount)} of ${format.integer(group.count)}`,
        ];
      }),
      rawColumns: accountColumns,
      get raw() {
        return accountsRaw();
      },
      note,
    };
  } else if (binned) {
    table = {
      caption: `${finding} Grouped: ${format.integer(n)} ${unitLabel} in ${format.integer(bars.length)} columns.`,
      columns: [
        { key: 'ranks', label: 'Ranks' },
        { key: 'count', label: capitalise(unitLabel), numeric: true },
        { key: 'value', label: capital, numeric: true },
        { key: 'cumulative', label: 'Cumulative share', numeric: true },
        { key: 'vital', label: 'Vital few' },
      ],
      rows: bars.map((bar) => [
        `${bar.rankStart}–${bar.rankEnd}`,
        format.integer(bar.count),
        format.value(bar.value),
        format.percent(bar.cumulativeShare, 1),
        bar.vital ? 'yes' : 'no',
      ]),
      rawColumns: accountColumns,
      get raw() {
        return accountsRaw();
      },
      note,
    };
  } else {
    table = {
      caption: finding,
      columns: accountColumns,
      rows: Array.from({ length: n }, (_, r) => {
        const row = rowAt(r);
        return [
          format.integer(row.rank),
          labelOf(row),
          format.value(row.value),
          format.percent(row.share, 1),
          format.percent(row.cumulativeShare, 1),
          row.vital ? 'yes' : 'no',
        ];
      }),
      get raw() {
        return accountsRaw();
      },
      note,
    };
  }

  let result: ParetoResult<T> | undefined;
  const layout: ParetoLayout<T> = {
    get result() {
      result ??= ranked.result();
      return result;
    },
    set result(value) {
      result = value;
    },
    rowsOf: (bar) => layout.result.rows.slice(bar.rankStart - 1, bar.rankEnd),
    count: n,
    vitalCount: k,
    cutoff: ranked.cutoff,
    format,
    width,
    height,
    margin,
    plot,
    x,
    y,
    yShare,
    bars,
    binned,
    linePath,
    linePoints,
    cutoffY: yShare(ranked.cutoff),
    vitalX: x(k),
    xTicks,
    xTickRotation: rotate ? -40 : 0,
    xAxisLabel: named ? '' : `Share of ${unitLabel}, largest first`,
    yTicks,
    yLabelOffset: leftAxis.labelOffset,
    yShareTicks,
    finding,
    description,
    units,
    points,
    table,
    tableGroups,
    labelOf,
  };
  return layout;
}

/**
 * Splits the ranked rows into `count` runs of consecutive ranks whose sizes differ by at most 1 (the first
 * groups are the smaller ones): group g holds ranks ⌊g·n/count⌋ + 1 … ⌊(g+1)·n/count⌋.
 */
export function rankGroups<T>(
  rows: readonly ParetoRow<T>[],
  count: number,
  total: number,
): ParetoRankGroup[] {
  const ranked = rankedAccounts({
    rows: rows as ParetoRow<T>[],
    total,
  } as ParetoResult<T>);
  return groupRanks(ranked, count);
}

/** {@link rankGroups} of ranked accounts. */
function groupRanks<T>(ranked: RankedAccounts<T>, count: number): ParetoRankGroup[] {
  const { n, total, valueAt } = ranked;
  const groups = Math.min(n, Math.max(1, Math.floor(count)));
  const out: ParetoRankGroup[] = [];
  for (let g = 0; g < groups; g++) {
    const a = Math.floor((g * n) / groups);
    const b = Math.floor(((g + 1) * n) / groups);
    let value = 0;
    let vitalCount = 0;
    for (let i = a; i < b; i++) {
      value += valueAt(i);
      if (ranked.vitalAt(i)) vitalCount++;
    }
    out.push({
      rankStart: a + 1,
      rankEnd: b,
      count: b - a,
      value,
      share: total > 0 ? value / total : 0,
      cumulativeShare: ranked.cumulativeShareAt(b - 1),
      vitalCount,
    });
  }
  return out;
}

/**
 * The ranked accounts of a Pareto analysis, read the same way whether it came as core's `pareto` result (rows)
 * or as its `paretoColumns` (typed arrays; rows are then built only when asked for, the full result once).
 */
interface RankedAccounts<T> {
  n: number;
  total: number;
  cutoff: number;
  vitalCount: number;
  vitalShare: number;
  /** Value, cumulative share and vital flag of the account at 0-based rank `r`. */
  valueAt: (r: number) => number;
  cumulativeShareAt: (r: number) => number;
  vitalAt: (r: number) => boolean;
  /** The row of 0-based rank `r` (a new object from columns, unless the full result was built). */
  rowAt: (r: number) => ParetoRow<T>;
  /** The id, record and input position of the account at 0-based rank `r` (what a label is read from). */
  accountAt: (r: number) => { id: Id; datum: T; index: number };
  /** The full result, built once when the analysis came as columns. */
  result: () => ParetoResult<T>;
}

/**
 * The full result built from each `paretoColumns` result, once: layouts of the same columns (the hook's memo
 * keeps them while data, value, id and cutoff stay the same) share it, so `layout.result` keeps its identity.
 */
const fullResults = /* @__PURE__ */ new WeakMap<object, ParetoResult<unknown>>();

function rankedAccounts<T>(analysis: ParetoResult<T> | ParetoColumns<T>): RankedAccounts<T> {
  const { total, cutoff, vitalCount, vitalShare } = analysis;
  if ('rows' in analysis) {
    const rows = analysis.rows;
    return {
      n: rows.length,
      total,
      cutoff,
      vitalCount,
      vitalShare,
      valueAt: (r) => (rows[r] as ParetoRow<T>).value,
      cumulativeShareAt: (r) => (rows[r] as ParetoRow<T>).cumulativeShare,
      vitalAt: (r) => (rows[r] as ParetoRow<T>).vital,
      rowAt: (r) => rows[r] as ParetoRow<T>,
      accountAt: (r) => rows[r] as ParetoRow<T>,
      result: () => analysis,
    };
  }
  const { values, cumulative, index, ids, data } = analysis;
  const n = values.length;
  const result = () => {
    let full = fullResults.get(analysis) as ParetoResult<T> | undefined;
    if (!full) {
      full = paretoFromColumns(analysis);
      fullResults.set(analysis, full);
    }
    return full;
  };
  return {
    n,
    total,
    cutoff,
    vitalCount,
    vitalShare,
    valueAt: (r) => values[r] as number,
    // Exactly 1 for the last account, as in core's rows.
    cumulativeShareAt: (r) => (r === n - 1 ? 1 : (cumulative[r] as number) / total),
    vitalAt: (r) => r < vitalCount,
    rowAt: (r) => (fullResults.get(analysis)?.rows[r] as ParetoRow<T> | undefined) ?? paretoRow(analysis, r),
    accountAt: (r) => {
      const i = index[r] as number;
      return { id: ids[i] as Id, datum: data[i] as T, index: i };
    },
    result,
  };
}
