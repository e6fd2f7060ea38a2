import type { Formatters } from '../../../format/createFormat';
import type { abc } from '../../../messages/en/abc';
import { translate } from '../../../messages/translate';
import type { MessageShape } from '../../../messages/types';
import type { ColumnTable } from '../../../primitives/table';
import { columnHelper, tableFromColumns } from '../../../primitives/table';
import { classWord, tierWord } from './labels';
import type { AbcXyzCellLayout } from './types';

/**
 * Stage 5: the data table, one row per cell in reading order (cell, tier and class with their words, accounts
 * and share, value and share, and the cell's largest accounts: the tooltip's names line), from column
 * definitions.
 */
export function abcXyzTable(
  cells: readonly AbcXyzCellLayout[],
  names: readonly string[],
  caption: string,
  note: string,
  maxTableRows: number | undefined,
  text: MessageShape<typeof abc>['matrix'],
  format: Formatters,
): ColumnTable {
  const column = columnHelper<AbcXyzCellLayout>();
  const named = (name: string, word: string) => translate(text.named, { name, word }, format);
  return tableFromColumns(
    cells,
    [
      column({ key: 'cell', header: text.cell, value: (c) => c.cell }),
      column({
        key: 'tier',
        header: text.abc,
        value: (c) => c.tier,
        format: (v, c) => named(v, tierWord(text, c.tier)),
      }),
      column({
        key: 'xyz',
        header: text.xyz,
        value: (c) => c.xyz,
        format: (v, c) => named(v, classWord(text, c.xyz)),
      }),
      column({
        key: 'count',
        header: text.accountsHeader,
        value: (c) => c.summary.count,
        format: (v) => format.integer(v),
      }),
      column({
        key: 'accountShare',
        header: text.accountShare,
        value: (c) => c.summary.accountShare,
        format: (v) => format.percent(v, 1),
      }),
      column({
        key: 'value',
        header: text.value,
        value: (c) => c.summary.value,
        format: (v) => format.value(v),
      }),
      column({
        key: 'share',
        header: text.share,
        value: (c) => c.summary.share,
        format: (v) => format.percent(v, 1),
      }),
      column({ key: 'examples', header: text.examples, value: (_, i) => names[i] ?? '' }),
    ],
    { caption, maxTableRows, note: note || undefined },
  );
}
