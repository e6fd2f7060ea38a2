import type { AbcResult, AbcRow } from '@kamkit/core';
import type { ChartItem } from '../../contract/types';
import type { Formatters } from '../../format/createFormat';
import type { abc } from '../../messages/en/abc';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import type { CurvePoint } from '../../primitives/curve';
import { splitColumns } from '../../primitives/curve';
import { sharePercent } from '../../primitives/share';
import { namesList } from '../../primitives/text';
import type { ExplorerPoint } from '../../primitives/types';
import type { TierRun } from './marks';

/**
 * Stage 5: the explorer's points along the curve, largest first — one per account (`kind: 'account'`) while
 * each gets a pixel column, else columns of adjacent accounts of one tier (`kind: 'bin'`, id `'bin:1-40'` by
 * rank; no column mixes tiers). Each sits at the curve's point after its last account; its tooltip names the
 * tier and rank, the value and share, and the cumulative share (a column: the first four names, the sum).
 */
export function abcPoints<T>(
  result: AbcResult<T>,
  runs: readonly TierRun[],
  plotWidth: number,
  pointAt: (i: number) => CurvePoint,
  labelOf: (row: AbcRow<T>) => string,
  text: MessageShape<typeof abc>['chart'],
  format: Formatters,
): { points: ExplorerPoint[]; binned: boolean } {
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const rows = result.rows;
  const n = rows.length;
  const columns = Math.max(1, Math.floor(plotWidth));
  const binned = n > columns;
  const groups: [number, number][] = binned
    ? splitColumns(
        runs.map((run) => run.end - run.start),
        columns,
      )
    : rows.map((_, i) => [i, i + 1]);
  const points = groups.map(([a, b]): ExplorerPoint => {
    const first = rows[a] as AbcRow<T>;
    const last = rows[b - 1] as AbcRow<T>;
    const p = pointAt(b);
    const accounts = rows.slice(a, b).map((row) => row.datum);
    if (b - a === 1) {
      const item: ChartItem<T> = { kind: 'account', id: first.id, datum: first.datum, accounts };
      return {
        ...p,
        item,
        title: labelOf(first),
        lines: [
          t(text.tooltipTier, { tier: first.tier, rank: first.rank, count: n }),
          t(text.tooltipValue, { value: first.value, share: sharePercent(format.percent, first.share, 1) }),
          t(text.tooltipCumulative, { share: first.cumulativeShare }),
        ],
      };
    }
    let total = 0;
    for (let i = a; i < b; i++) total += (rows[i] as AbcRow<T>).value;
    // Names only the first four accounts of a column (a column may hold thousands).
    const named = rows.slice(a, Math.min(b, a + 4)).map(labelOf);
    const more = b - a - named.length;
    const item: ChartItem<T> = { kind: 'bin', id: `bin:${first.rank}-${last.rank}`, datum: null, accounts };
    return {
      ...p,
      item,
      title: t(text.tooltipBinTitle, { from: first.rank, to: last.rank, count: b - a }),
      lines: [
        t(text.tooltipBinTier, { tier: first.tier }),
        more > 0 ? t(text.tooltipMore, { names: namesList(named, 4), more }) : namesList(named, 4),
        t(text.tooltipBinValue, { value: total }),
        t(text.tooltipCumulative, { share: last.cumulativeShare }),
      ],
    };
  });
  return { points, binned };
}
