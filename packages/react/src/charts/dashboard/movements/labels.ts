import { measureText, truncateText } from '../../../primitives/text';
import type { WaterfallStep } from './types';

/**
 * Stage 2: the step names under the bars, on one line when every name fits its band (12 px, with 6 px of air),
 * else alternating on two lines, each name then getting two bands (shortened to them when still too long).
 */
export function stepLabels<T>(steps: readonly WaterfallStep<T>[], step: number, plotBottom: number) {
  let longest = 0;
  for (const s of steps) longest = Math.max(longest, measureText(s.label, 12));
  const stagger = longest + 6 > step;
  const room = (stagger ? 2 : 1) * step - 6;
  return steps.map((s, i) => {
    const row: 0 | 1 = stagger && i % 2 === 1 ? 1 : 0;
    return {
      x: s.x + s.width / 2,
      y: plotBottom + 16 + row * 14,
      text: truncateText(s.label, room, 12),
      row,
    };
  });
}
