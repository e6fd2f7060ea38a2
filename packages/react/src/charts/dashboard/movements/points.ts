import type { MrrMovementRow } from '@kamkit/core';
import type { Formatters } from '../../../format/createFormat';
import type { dashboard } from '../../../messages/en/dashboard';
import { translate } from '../../../messages/translate';
import type { MessageShape } from '../../../messages/types';
import { truncate } from '../../../primitives/ticks';
import type { ExplorerPoint } from '../../../primitives/types';
import type { WaterfallStep } from './types';

/**
 * Stage 4: one explorer point per visible step, with its item: for a total the MRR and the accounts paying;
 * for a movement the change, its accounts and the MRR after, and the three largest movements by name; the end
 * step adds NRR and GRR.
 */
export function movementsPoints<T>(
  steps: readonly WaterfallStep<T>[],
  text: MessageShape<typeof dashboard>['movements'],
  format: Formatters,
  labelOf: (row: MrrMovementRow<T>) => string,
  rates: readonly (string | null)[],
): ExplorerPoint[] {
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const signed = (v: number, write: (n: number) => string) =>
    v > 0 ? `+${write(v)}` : v < 0 ? `−${write(-v)}` : write(0);
  return steps
    .filter((step) => !step.hidden)
    .map((step) => {
      const lines =
        step.kind === 'total'
          ? [t(text.tooltipTotal, { value: step.value }), t(text.tooltipPaying, { count: step.count })]
          : [
              t(text.tooltipChange, { change: signed(step.value, format.value), count: step.count }),
              t(text.tooltipAfter, { value: step.to }),
            ];
      if (step.rows.length > 0) {
        const largest = step.rows
          .slice(0, 3)
          .map((row) => `${truncate(labelOf(row), 28)} (${signed(row.change, format.tick)})`);
        const more = step.rows.length - largest.length;
        const names = largest.join(', ');
        lines.push(
          more > 0 ? t(text.tooltipLargestMore, { names, more }) : t(text.tooltipLargest, { names }),
        );
      }
      if (step.key === 'end') for (const rate of rates) if (rate) lines.push(rate);
      return {
        item: step.item,
        x: step.x + step.width / 2,
        y: step.y,
        box: { x: step.x, y: step.y, width: step.width, height: Math.max(1, step.height) },
        title: step.label,
        lines,
      };
    });
}
