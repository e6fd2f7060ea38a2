import type { ConcentrationResult, LorenzPoint, ParetoRow } from '@kamkit/core';
import type { ChartItem } from '../../contract/types';
import type { Formatters } from '../../format/createFormat';
import type { lorenz } from '../../messages/en/lorenz';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { splitColumns } from '../../primitives/curve';
import { sharePercent } from '../../primitives/share';
import { namesList } from '../../primitives/text';
import type { ExplorerPoint } from '../../primitives/types';
import type { LorenzScales } from './types';

/** The ranked accounts smallest first: core ranks largest first. */
export function ascending<T>(result: ConcentrationResult<T>): (i: number) => ParetoRow<T> {
  const { rows, n } = result;
  return (i) => rows[n - 1 - i] as ParetoRow<T>;
}

/**
 * Stage 4: the explorer's points along the curve, accounts smallest first — one per account (`kind: 'account'`)
 * while each gets a pixel column, else runs of adjacent accounts (`kind: 'bin'`, id `'bin:1-40'` by positions
 * from the smallest), so the explorer stays bounded by the plot's width. Each point sits at the curve's point
 * after its last account; its tooltip names the account (or the first four and how many more), its value and
 * share, and what the smallest accounts up to it make.
 */
export function lorenzPoints<T>(
  result: ConcentrationResult<T>,
  scales: LorenzScales,
  labelOf: (row: ParetoRow<T>) => string,
  text: MessageShape<typeof lorenz>,
  format: Formatters,
): { points: ExplorerPoint[]; binned: boolean } {
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const { n, lorenz: curve } = result;
  const { x, y, plot } = scales;
  const columns = Math.max(1, Math.floor(plot.x1 - plot.x0));
  const binned = n > columns;
  const at = ascending(result);
  const groups: [number, number][] = binned
    ? splitColumns([n], columns)
    : Array.from({ length: n }, (_, i) => [i, i + 1]);
  const points = groups.map(([a, b]): ExplorerPoint => {
    const end = curve[b] as LorenzPoint;
    const reach = t(text.tooltipReach, {
      count: b,
      accounts: sharePercent(format.percent, end.x),
      share: sharePercent(format.percent, end.y),
    });
    const accounts = Array.from({ length: b - a }, (_, i) => at(a + i).datum);
    if (b - a === 1) {
      const row = at(a);
      const item: ChartItem<T> = { kind: 'account', id: row.id, datum: row.datum, accounts };
      return {
        x: x(end.x),
        y: y(end.y),
        item,
        title: labelOf(row),
        lines: [
          t(text.tooltipValue, { value: row.value, share: sharePercent(format.percent, row.share, 1) }),
          reach,
        ],
      };
    }
    let total = 0;
    for (let i = a; i < b; i++) total += at(i).value;
    // Names only the first four accounts of a run (a run may hold thousands).
    const named = Array.from({ length: Math.min(4, b - a) }, (_, i) => labelOf(at(a + i)));
    const more = b - a - named.length;
    const item: ChartItem<T> = { kind: 'bin', id: `bin:${a + 1}-${b}`, datum: null, accounts };
    return {
      x: x(end.x),
      y: y(end.y),
      item,
      title: t(text.tooltipBinTitle, { from: a + 1, to: b, count: b - a }),
      lines: [
        more > 0 ? t(text.tooltipMore, { names: namesList(named, 4), more }) : namesList(named, 4),
        t(text.tooltipBinValue, { value: total }),
        reach,
      ],
    };
  });
  return { points, binned };
}
