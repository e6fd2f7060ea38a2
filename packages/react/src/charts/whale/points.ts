import type { WhaleCurveResult, WhaleCurveRow } from '@kamkit/core';
import type { ChartItem } from '../../contract/types';
import type { Formatters } from '../../format/createFormat';
import type { whale } from '../../messages/en/whale';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { sharePercent } from '../../primitives/share';
import { namesList } from '../../primitives/text';
import type { ExplorerPoint } from '../../primitives/types';
import type { WhaleScales } from './types';

/**
 * Stage 5: the explorer's points along the curve, most profitable first — one per account (`kind: 'account'`)
 * or per run of adjacent accounts when they outnumber pixels (`kind: 'bin'`, id `'bin:1-40'` by rank). Each
 * sits at the curve's point after its last account; its tooltip names the account (or the first four and how
 * many more), its profit (marked as a loss when negative) and rank, and what the top accounts up to it make.
 */
export function whalePoints<T>(
  result: WhaleCurveResult<T>,
  groups: readonly [number, number][],
  scales: WhaleScales,
  levelOf: (row: WhaleCurveRow<T>) => number,
  labelOf: (row: WhaleCurveRow<T>) => string,
  text: MessageShape<typeof whale>,
  format: Formatters,
): ExplorerPoint[] {
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const rows = result.rows;
  const n = rows.length;
  const reach = (count: number, row: WhaleCurveRow<T>) =>
    scales.mode === 'share'
      ? t(text.tooltipReachShare, {
          count,
          accounts: sharePercent(format.percent, row.rankShare),
          share: sharePercent(format.percent, levelOf(row), 1),
        })
      : t(text.tooltipReachValue, {
          count,
          accounts: sharePercent(format.percent, row.rankShare),
          value: row.cumulative,
        });
  return groups.map(([a, b]): ExplorerPoint => {
    const last = rows[b - 1] as WhaleCurveRow<T>;
    const x = scales.x(last.rankShare);
    const y = scales.y(levelOf(last));
    const accounts = Array.from({ length: b - a }, (_, i) => (rows[a + i] as WhaleCurveRow<T>).datum);
    if (b - a === 1) {
      const item: ChartItem<T> = { kind: 'account', id: last.id, datum: last.datum, accounts };
      return {
        x,
        y,
        item,
        title: labelOf(last),
        lines: [
          t(last.profit < 0 ? text.tooltipLoss : text.tooltipValue, {
            value: last.profit,
            rank: last.rank,
            count: n,
          }),
          reach(b, last),
        ],
      };
    }
    let total = 0;
    for (let i = a; i < b; i++) total += (rows[i] as WhaleCurveRow<T>).profit;
    // Names only the first four accounts of a run (a run may hold thousands).
    const named = Array.from({ length: Math.min(4, b - a) }, (_, i) =>
      labelOf(rows[a + i] as WhaleCurveRow<T>),
    );
    const more = b - a - named.length;
    const item: ChartItem<T> = { kind: 'bin', id: `bin:${a + 1}-${b}`, datum: null, accounts };
    return {
      x,
      y,
      item,
      title: t(text.tooltipBinTitle, { from: a + 1, to: b, count: b - a }),
      lines: [
        more > 0 ? t(text.tooltipMore, { names: namesList(named, 4), more }) : namesList(named, 4),
        t(text.tooltipBinValue, { value: total }),
        reach(b, last),
      ],
    };
  });
}
