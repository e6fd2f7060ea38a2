import type { AbcTier, AbcXyzCell, AbcXyzResult, XyzClass } from '@kamkit/core';
import type { Formatters } from '../../../format/createFormat';
import type { abc } from '../../../messages/en/abc';
import { translate } from '../../../messages/translate';
import type { MessageShape } from '../../../messages/types';
import { plotArea, resolveMargin } from '../../../primitives/margin';
import { cellIntensity, matrixGrid } from '../../../primitives/matrix';
import { sharePercent } from '../../../primitives/share';
import { FONTS, measureText } from '../../../primitives/text';
import type { Margin } from '../../../primitives/types';
import type { AbcXyzCellLayout } from './types';

export const TIERS: readonly AbcTier[] = ['A', 'B', 'C'];
export const CLASSES: readonly XyzClass[] = ['X', 'Y', 'Z'];

/**
 * Stage 1 of the ABC/XYZ layout: the plot (64 px on top for the column headers, 128 px on the left for the row
 * headers), the 3×3 grid (rows A, B, C; columns X, Y, Z; 4 px gaps) and each cell's tint by value (square-root
 * scale of value / the largest cell's value, so small cells stay visible) and its lines under the count: the
 * value in full, else compact ("57,9 Mio. €"), else none (a phone's narrow cells leave it to the tooltip and the
 * table; never a cut number); then "77 % of revenue", else "77 %". Lines are measured against the cell's width
 * less 12 px.
 */
export function abcXyzGrid<T>(
  result: AbcXyzResult<T>,
  width: number,
  height: number,
  margin: Partial<Margin> | undefined,
  text: MessageShape<typeof abc>['matrix'],
  format: Formatters,
) {
  const resolved = resolveMargin({ top: 64, right: 12, bottom: 8, left: 128 }, margin);
  const plot = plotArea(width, height, resolved);
  const grid = matrixGrid(3, 3, plot, 4);
  let maxValue = 0;
  for (const t of TIERS)
    for (const c of CLASSES) maxValue = Math.max(maxValue, result.cells[`${t}${c}`].value);
  const cells: AbcXyzCellLayout[] = grid.cells.map((box) => {
    const tier = TIERS[box.row] as AbcTier;
    const xyz = CLASSES[box.column] as XyzClass;
    const cell: AbcXyzCell = `${tier}${xyz}`;
    const summary = result.cells[cell];
    const fits = (line: string) => measureText(line, FONTS.axis) <= box.width - 12;
    const full = format.value(summary.value);
    const compact = format.tick(summary.value);
    const percent = sharePercent(format.percent, summary.share);
    const long = translate(text.cellShare, { share: percent }, format);
    const lines =
      summary.count === 0
        ? []
        : [...(fits(full) ? [full] : fits(compact) ? [compact] : []), fits(long) ? long : percent];
    return {
      ...box,
      cell,
      tier,
      xyz,
      summary,
      level: cellIntensity(summary.value, maxValue),
      id: `cell:${cell}`,
      lines,
    };
  });
  return { margin: resolved, plot, grid, cells };
}
