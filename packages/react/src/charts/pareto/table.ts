import { paretoRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { common } from '../../messages/en/common';
import type { pareto } from '../../messages/en/pareto';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import type { Ranked } from './marks';
import type { ParetoBar, ParetoLayout, ParetoRankGroup } from './types';

/** Default of `maxTableRows`. */
const DEFAULT_TABLE_ROWS = 100;

/**
 * Splits the `n` ranked accounts into `count` runs of consecutive ranks whose sizes differ by at most 1 (the
 * first groups are the smaller ones): group g holds ranks ⌊g·n/count⌋ + 1 … ⌊(g+1)·n/count⌋. `count` is
 * clamped to 1…n.
 */
export function rankGroups<T>(r: Ranked<T>, count: number): ParetoRankGroup[] {
  const { n } = r;
  const { total, vitalCount } = r.analysis;
  const groups = Math.min(n, Math.max(1, Math.floor(count)));
  const out: ParetoRankGroup[] = [];
  for (let g = 0; g < groups; g++) {
    const a = Math.floor((g * n) / groups);
    const b = Math.floor(((g + 1) * n) / groups);
    let value = 0;
    for (let i = a; i < b; i++) value += r.valueAt(i);
    out.push({
      rankStart: a + 1,
      rankEnd: b,
      count: b - a,
      value,
      share: total > 0 ? value / total : 0,
      cumulativeShare: r.cumulativeShareAt(b - 1),
      vitalCount: Math.max(0, Math.min(b, vitalCount) - a),
    });
  }
  return out;
}

interface TableInput<T> {
  r: Ranked<T>;
  bars: readonly ParetoBar<T>[];
  binned: boolean;
  maxTableRows: number | undefined;
  finding: string;
  note: string;
  text: MessageShape<typeof pareto>;
  common: MessageShape<typeof common>;
  format: Formatters;
}

/**
 * Stage 5b: the data table. One row per account while the chart draws one bar per account; one row per column
 * when binned; `maxTableRows` groups of ranks when there are more bars than that (the hidden table's cost grows
 * with its rows). `raw`, for CSV, always lists every account (built when read).
 */
export function paretoTable<T>(input: TableInput<T>): Pick<ParetoLayout<T>, 'table' | 'tableGroups'> {
  const { r, bars, binned, finding, text, common, format } = input;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  const yesNo = (vital: boolean) => (vital ? common.yes : common.no);
  const limit =
    input.maxTableRows === undefined || Number.isNaN(input.maxTableRows)
      ? DEFAULT_TABLE_ROWS
      : Math.max(1, Math.floor(input.maxTableRows));
  const accountColumns = [
    { key: 'rank', label: text.rank, numeric: true },
    { key: 'name', label: text.account },
    { key: 'value', label: text.value, numeric: true },
    { key: 'share', label: text.share, numeric: true },
    { key: 'cumulative', label: text.cumulativeShare, numeric: true },
    { key: 'vital', label: text.vital },
  ];
  const raw = () =>
    Array.from({ length: r.n }, (_, i) => {
      const row = paretoRow(r.analysis, i);
      return [row.rank, r.labelAt(i), row.value, row.share, row.cumulativeShare, row.vital];
    });
  const note = input.note || undefined;
  const tableGroups = bars.length > limit ? rankGroups(r, limit) : undefined;
  if (tableGroups) {
    const sizes = tableGroups.map((g) => g.count);
    const min = Math.min(...sizes);
    const max = Math.max(...sizes);
    const sizeText = min === max ? format.integer(min) : `${format.integer(min)}–${format.integer(max)}`;
    const range = (a: number, b: number) =>
      a === b ? format.integer(a) : `${format.integer(a)}–${format.integer(b)}`;
    const caption = t(text.captionGroups, { count: r.n, groups: tableGroups.length, sizes: sizeText });
    return {
      tableGroups,
      table: {
        caption: `${finding} ${caption}`,
        columns: [
          { key: 'ranks', label: text.ranks },
          { key: 'names', label: text.accounts },
          { key: 'count', label: text.numberOfAccounts, numeric: true },
          { key: 'value', label: text.value, numeric: true },
          { key: 'share', label: text.share, numeric: true },
          { key: 'cumulative', label: text.cumulativeShare, numeric: true },
          { key: 'vital', label: text.vital },
        ],
        rows: tableGroups.map((g) => {
          const first = r.labelAt(g.rankStart - 1);
          return [
            range(g.rankStart, g.rankEnd),
            g.count === 1 ? first : `${first} … ${r.labelAt(g.rankEnd - 1)}`,
            format.integer(g.count),
            format.value(g.value),
            format.percent(g.share, 1),
            format.percent(g.cumulativeShare, 1),
            g.vitalCount === g.count || g.vitalCount === 0
              ? yesNo(g.vitalCount > 0)
              : t(text.vitalOf, { vital: g.vitalCount, count: g.count }),
          ];
        }),
        rawColumns: accountColumns,
        get raw() {
          return raw();
        },
        note,
      },
    };
  }
  if (binned) {
    return {
      tableGroups,
      table: {
        caption: `${finding} ${t(text.captionBinned, { count: r.n, columns: bars.length })}`,
        columns: [
          { key: 'ranks', label: text.ranks },
          { key: 'count', label: text.accounts, numeric: true },
          { key: 'value', label: text.value, numeric: true },
          { key: 'cumulative', label: text.cumulativeShare, numeric: true },
          { key: 'vital', label: text.vital },
        ],
        rows: bars.map((bar) => [
          `${format.integer(bar.rankStart)}–${format.integer(bar.rankEnd)}`,
          format.integer(bar.count),
          format.value(bar.value),
          format.percent(bar.cumulativeShare, 1),
          yesNo(bar.vital),
        ]),
        rawColumns: accountColumns,
        get raw() {
          return raw();
        },
        note,
      },
    };
  }
  return {
    tableGroups,
    table: {
      caption: finding,
      columns: accountColumns,
      rows: bars.map((bar) => [
        format.integer(bar.rankStart),
        bar.label,
        format.value(bar.value),
        format.percent(bar.value / r.analysis.total, 1),
        format.percent(bar.cumulativeShare, 1),
        yesNo(bar.vital),
      ]),
      get raw() {
        return raw();
      },
      note,
    },
  };
}
