import type { Formatters } from '../../format/createFormat';
import type { pareto } from '../../messages/en/pareto';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { LazyPoint } from '../../primitives/lazyPoint';
import { namesList } from '../../primitives/text';
import type { ExplorerPoint } from '../../primitives/types';
import type { Ranked } from './marks';
import type { ParetoBar } from './types';

/**
 * Stage 5a: the explorer's points, one per bar, each carrying the bar's item and its tooltip (written when the
 * reader first reaches it): for an account its value and share, cumulative share and rank; for a column its
 * ranks, the first four names and how many more, its value and cumulative share. "· vital few" marks vital bars.
 */
export function paretoPoints<T>(
  r: Ranked<T>,
  bars: readonly ParetoBar<T>[],
  text: MessageShape<typeof pareto>,
  format: Formatters,
): ExplorerPoint[] {
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const { total } = r.analysis;
  const vitalMark = ` · ${text.tooltipVital}`;
  return bars.map((bar) => {
    const shape = {
      x: bar.x + bar.width / 2,
      y: bar.y,
      box: { x: bar.x, y: bar.y, width: bar.width, height: bar.height },
      item: bar.item,
    };
    return new LazyPoint(shape, () => describe(bar));
  });

  function describe(bar: ParetoBar<T>) {
    const a = bar.rankStart - 1;
    if (bar.count === 1) {
      return {
        title: bar.label,
        lines: [
          t(text.tooltipValue, { value: bar.value, share: bar.value / total }),
          t(text.tooltipCumulative, { share: bar.cumulativeShare }),
          t(text.tooltipRank, { rank: bar.rankStart, count: r.n }) + (bar.vital ? vitalMark : ''),
        ],
      };
    }
    // Names only the first four accounts of a column (a column may hold thousands).
    const named = Array.from({ length: Math.min(bar.count, 4) }, (_, i) => r.labelAt(a + i));
    const more = bar.count - named.length;
    return {
      title: t(text.tooltipBinTitle, { from: bar.rankStart, to: bar.rankEnd, count: bar.count }),
      lines: [
        more > 0 ? t(text.tooltipMore, { names: namesList(named, 4), more }) : namesList(named, 4),
        t(text.tooltipBinValue, { value: bar.value }),
        t(text.tooltipCumulative, { share: bar.cumulativeShare }) + (bar.vital ? vitalMark : ''),
      ],
    };
  }
}
