import type { ConcentrationResult, LorenzPoint, ParetoRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { lorenz } from '../../messages/en/lorenz';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { curveValueAt } from '../../primitives/curve';
import type { ColumnTable } from '../../primitives/table';
import { columnHelper, tableFromColumns } from '../../primitives/table';
import { ascending } from './points';

const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/** What {@link lorenzTable} needs. */
export interface LorenzTableInput<T> {
  result: ConcentrationResult<T>;
  binned: boolean;
  labelOf: (row: ParetoRow<T>) => string;
  finding: string;
  note: string;
  maxTableRows: number | undefined;
  text: MessageShape<typeof lorenz>;
  format: Formatters;
}

/**
 * Stage 5: the data table, from column definitions. One row per account, smallest first (position, name,
 * value, cumulative shares of accounts and of value), while the curve is drawn account by account; the ten
 * deciles when the accounts outnumber the plot's pixels (a table of 100,000 rows helps no one), the caption
 * saying so. `maxTableRows` caps the listed rows; the note then says how many are listed.
 */
export function lorenzTable<T>(input: LorenzTableInput<T>): ColumnTable {
  const table = lorenzColumns(input);
  if (table.omitted === 0) return table;
  const shown = table.rows.length;
  const omitted = translate(input.text.tableOmitted, { shown, count: shown + table.omitted }, input.format);
  return { ...table, note: [omitted, table.note].filter(Boolean).join(' ') };
}

function lorenzColumns<T>(input: LorenzTableInput<T>): ColumnTable {
  const { result, text, format, finding } = input;
  const note = input.note || undefined;
  if (input.binned) {
    const column = columnHelper<number>();
    return tableFromColumns(
      DECILES,
      [
        column({
          key: 'accountShare',
          header: text.decile,
          value: (p) => p,
          format: (p) => format.percent(p),
        }),
        column({
          key: 'count',
          header: text.accounts,
          value: (p) => Math.round(p * result.n),
          format: (v) => format.integer(v),
        }),
        column({
          key: 'valueShare',
          header: text.valueShare,
          value: (p) => curveValueAt(result.lorenz, p),
          format: (v) => format.percent(v, 1),
        }),
      ],
      {
        caption: `${finding} ${translate(text.captionDeciles, { count: result.n }, format)}`,
        maxTableRows: input.maxTableRows,
        note,
      },
    );
  }
  const at = ascending(result);
  const positions = Array.from({ length: result.n }, (_, i) => i);
  const point = (i: number) => result.lorenz[i + 1] as LorenzPoint;
  const column = columnHelper<number>();
  return tableFromColumns(
    positions,
    [
      column({
        key: 'position',
        header: text.position,
        value: (i) => i + 1,
        format: (v) => format.integer(v),
      }),
      column({ key: 'name', header: text.account, value: (i) => input.labelOf(at(i)) }),
      column({ key: 'value', header: text.value, value: (i) => at(i).value, format: (v) => format.value(v) }),
      column({
        key: 'accountShare',
        header: text.accountShare,
        value: (i) => point(i).x,
        format: (v) => format.percent(v, 1),
      }),
      column({
        key: 'valueShare',
        header: text.valueShare,
        value: (i) => point(i).y,
        format: (v) => format.percent(v, 1),
      }),
    ],
    { caption: finding, maxTableRows: input.maxTableRows, note },
  );
}
