import { type Box, overlaps } from '../../primitives/placement';
import type { QuadrantCell } from '../../primitives/quadrants';
import { measureText, truncateText } from '../../primitives/text';

/** The font of quadrant labels (see `quadrantCells`). */
const LABEL_FONT = { size: 12, bold: true };

/**
 * A quadrant cell whose label covers one of the split texts, with the label moved one line away from it (down
 * from the cell's top, up from its bottom) while it stays in the cell, else shortened to the room beside the
 * split text (or left out when fewer than 3 characters would fit). Other cells come back unchanged.
 */
export function clearOfSplitTexts(cell: QuadrantCell, splitBoxes: readonly Box[]): QuadrantCell {
  const box = cell.labelBox;
  const hit = box ? splitBoxes.find((b) => overlaps(box, b)) : undefined;
  if (!box || !hit) return cell;
  const free = (b: Box) => splitBoxes.every((s) => !overlaps(b, s));
  // Move: below the split text when the label sits at the cell's top, above it when at the bottom.
  const atTop = box.y + box.height / 2 < cell.y + cell.height / 2;
  const shift = atTop ? hit.y + hit.height + 2 - box.y : hit.y - 2 - (box.y + box.height);
  const moved: Box = { ...box, y: box.y + shift };
  if (moved.y >= cell.y && moved.y + moved.height <= cell.y + cell.height && free(moved))
    return { ...cell, labelY: cell.labelY + shift, labelBox: moved };
  // Shorten: the room between the split text and the cell's far side.
  const pad = 6;
  const room =
    cell.labelAnchor === 'end'
      ? cell.labelX - Math.max(cell.x + pad, hit.x + hit.width + 4)
      : Math.min(cell.x + cell.width - pad, hit.x - 4) - cell.labelX;
  if (room < measureText(cell.label.slice(0, 3), LABEL_FONT))
    return { ...cell, labelText: '', labelBox: null };
  const labelText = truncateText(cell.label, room, LABEL_FONT);
  const width = measureText(labelText, LABEL_FONT);
  const shortened: Box = { ...box, x: cell.labelAnchor === 'end' ? cell.labelX - width : cell.labelX, width };
  return free(shortened)
    ? { ...cell, labelText, labelBox: shortened }
    : { ...cell, labelText: '', labelBox: null };
}
