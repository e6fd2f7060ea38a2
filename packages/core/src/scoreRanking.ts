import { orderByValueDescending } from './order';
import type { Quadrant, QuadrantPosition } from './quadrants';
import { emptyQuadrantCounts } from './quadrants';
import type { ScoreRow } from './score.types';

/**
 * @internal The ranking stage of `score`: the rows by total descending, then id ascending, each given its rank
 * (1…n in that order), and the number of rows per quadrant key.
 */
export function rankRows<T>(
  rows: readonly ScoreRow<T>[],
  quadrants: Readonly<Record<QuadrantPosition, Quadrant>>,
): { rows: ScoreRow<T>[]; counts: Record<string, number> } {
  const order = orderByValueDescending(
    rows.map((row) => row.total),
    rows.map((row) => row.id),
  );
  const counts = emptyQuadrantCounts(quadrants);
  const ranked: ScoreRow<T>[] = new Array(order.length);
  for (let r = 0; r < order.length; r++) {
    const row = rows[order[r] as number] as ScoreRow<T>;
    row.rank = r + 1;
    counts[row.quadrant.key] = (counts[row.quadrant.key] ?? 0) + 1;
    ranked[r] = row;
  }
  return { rows: ranked, counts };
}
