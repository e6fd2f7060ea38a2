import type { AbcXyzResult, AbcXyzRow } from '@kamkit/core';
import type { ChartItem } from '../../../contract/types';
import type { Formatters } from '../../../format/createFormat';
import type { abc } from '../../../messages/en/abc';
import { translate } from '../../../messages/translate';
import type { MessageShape } from '../../../messages/types';
import { sharePercent } from '../../../primitives/share';
import { namesList } from '../../../primitives/text';
import type { ExplorerPoint } from '../../../primitives/types';
import { classWord, tierWord } from './labels';
import type { AbcXyzCellLayout } from './types';

/**
 * Stage 4: one explorer point per cell (all nine, empty ones too, so the arrow keys move across a full 3×3
 * grid: `row`/`col`), each with its item (`kind: 'cell'`, id `'cell:AX'`, `accounts` = the cell's records, in
 * ABC order) and its tooltip: the cell's words, its accounts and share, its value and share, and the first four
 * names (the largest first) and how many more. `examples` holds those names in full, for the table.
 */
export function abcXyzPoints<T>(
  result: AbcXyzResult<T>,
  cells: readonly AbcXyzCellLayout[],
  labelOf: (row: AbcXyzRow<T>) => string,
  text: MessageShape<typeof abc>['matrix'],
  format: Formatters,
): { points: ExplorerPoint[]; examples: string[] } {
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const byCell = new Map<string, AbcXyzRow<T>[]>();
  for (const row of result.rows) {
    const list = byCell.get(row.cell);
    if (list) list.push(row);
    else byCell.set(row.cell, [row]);
  }
  const examples: string[] = [];
  const points = cells.map((c) => {
    const rows = byCell.get(c.cell) ?? [];
    const named = rows.slice(0, 4).map(labelOf);
    const more = rows.length - named.length;
    // The table's "largest accounts": the same names in full (the tooltip shortens each to 28 characters).
    const all = named.join(', ');
    examples.push(named.length === 0 ? '' : more > 0 ? t(text.more, { names: all, more }) : all);
    const item: ChartItem<T> = { kind: 'cell', id: c.id, datum: null, accounts: rows.map((r) => r.datum) };
    return {
      x: c.x + c.width / 2,
      y: c.y + c.height / 2,
      row: c.row,
      col: c.column,
      box: { x: c.x, y: c.y, width: c.width, height: c.height },
      item,
      title: t(text.cellTitle, { cell: c.cell, tier: tierWord(text, c.tier), xyz: classWord(text, c.xyz) }),
      lines: [
        t(text.cellCount, {
          count: c.summary.count,
          share: sharePercent(format.percent, c.summary.accountShare),
        }),
        t(text.cellValue, { value: c.summary.value, share: sharePercent(format.percent, c.summary.share) }),
        ...(named.length > 0
          ? [more > 0 ? t(text.more, { names: namesList(named, 4), more }) : namesList(named, 4)]
          : []),
      ],
    };
  });
  return { points, examples };
}
