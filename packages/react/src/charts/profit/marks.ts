import type { ProfitMatrixResult, ProfitMatrixRow } from '@kamkit/core';
import type { ChartItem } from '../../contract/types';
import type { BubbleMark } from '../../primitives/Bubbles';
import type { Box } from '../../primitives/placement';
import { layoutQuadrantBubbles } from '../../primitives/quadrantLayout';
import type { ScatterItem } from '../../primitives/scatter';
import { labelBubbles } from '../../primitives/scatter';
import { FONTS, measureText } from '../../primitives/text';
import { clearOfSplitTexts } from './cells';
import type { ProfitScales } from './types';

/** What {@link profitMarks} needs besides the scales. */
export interface ProfitMarksInput<T> {
  result: ProfitMatrixResult<T>;
  scales: ProfitScales;
  sizes: readonly (number | null)[];
  names: readonly string[];
  sized: boolean;
  maxRadius: number;
  labelCount: number | undefined;
  splitLabels: { x: string; y: string };
  hasSplit: boolean;
}

/** The item of one placed account: its id, record and itself as the one account. */
export function accountItem<T>(row: ProfitMatrixRow<T>): ChartItem<T> {
  return { kind: 'account', id: row.id, datum: row.datum, accounts: [row.datum] };
}

/**
 * Stage 2: the bubbles (area ∝ `size`, else equal dots), the quadrant cells, and the labels of the largest
 * bubbles (or, without `size`, the farthest from the split), none covering the split texts.
 */
export function profitMarks<T>(input: ProfitMarksInput<T>) {
  const { result, scales, sizes, names, sized, splitLabels } = input;
  const { plot, x, y, splitX, splitY } = scales;
  const rows = result.rows;
  const splitFont = FONTS.label;
  // The split texts sit at the top end of the vertical split line and the right end of the horizontal one.
  const splitBoxes: Box[] = input.hasSplit
    ? [
        { x: splitX + 4, y: plot.y0 + 2, width: measureText(splitLabels.x, splitFont) + 4, height: 14 },
        {
          x: plot.x1 - measureText(splitLabels.y, splitFont) - 8,
          y: splitY - 16,
          width: measureText(splitLabels.y, splitFont) + 4,
          height: 14,
        },
      ]
    : [];
  const spanX = Math.max(1e-9, plot.x1 - plot.x0);
  const spanY = Math.max(1e-9, plot.y1 - plot.y0);
  const items: ScatterItem[] = rows.map((row, i) => {
    const cx = x(row.x);
    const cy = y(row.y);
    const size = sizes[i] ?? null;
    const far = Math.abs(cx - splitX) / spanX + Math.abs(cy - splitY) / spanY;
    return {
      cx,
      cy,
      size,
      text: names[i] as string,
      priority: sized ? (size ?? Number.NEGATIVE_INFINITY) : far,
    };
  });
  const laid = layoutQuadrantBubbles(items, {
    plot,
    maxRadius: input.maxRadius,
    splitX,
    splitY,
    quadrants: result.quadrants,
    counts: result.counts,
    firstAxis: 'x',
    labelCount: input.labelCount,
    obstacles: splitBoxes,
  });
  const { scatter } = laid;
  // In a narrow matrix a quadrant label can meet a split text: it moves a line away, or is shortened beside it.
  const cells = laid.cells.map((cell) => clearOfSplitTexts(cell, splitBoxes));
  const labels = cells.every((cell, i) => cell === laid.cells[i])
    ? laid.labels
    : labelBubbles(items, scatter.bubbles, {
        plot,
        labelCount: input.labelCount,
        obstacles: [...cells.map((c) => c.labelBox), ...splitBoxes],
      });
  const marks: (BubbleMark & { item: ChartItem<T> })[] = scatter.bubbles.map((bubble) => {
    const row = rows[bubble.index] as ProfitMatrixRow<T>;
    return { ...bubble, id: row.id, quadrant: row.quadrant, item: accountItem(row) };
  });
  return { scatter, cells, labels, marks };
}
