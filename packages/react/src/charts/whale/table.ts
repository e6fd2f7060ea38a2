import type { WhaleCurveResult, WhaleCurveRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { whale } from '../../messages/en/whale';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import type { ColumnTable, TableColumn } from '../../primitives/table';
import { columnHelper, tableFromColumns } from '../../primitives/table';
import type { WhaleMode } from './types';

const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/** What {@link whaleTable} needs. */
export interface WhaleTableInput<T> {
  result: WhaleCurveResult<T>;
  mode: WhaleMode;
  binned: boolean;
  labelOf: (row: WhaleCurveRow<T>) => string;
  /** The caption: the finding (and the mode note in mode `'value'`). */
  caption: string;
  note: string;
  maxTableRows: number | undefined;
  text: MessageShape<typeof whale>;
  format: Formatters;
}

/**
 * Stage 6: the data table, from column definitions. One row per account, most profitable first (rank, name,
 * profit, share of accounts, cumulative profit and — in mode `'share'` — its share of total profit); the ten
 * deciles when the accounts outnumber the plot's pixels. No share column in mode `'value'`: a share of a
 * non-positive total has no meaning. `maxTableRows` caps the listed rows and the note then says so.
 */
export function whaleTable<T>(input: WhaleTableInput<T>): ColumnTable {
  const table = input.binned ? decileTable(input) : accountTable(input);
  if (table.omitted === 0) return table;
  const shown = table.rows.length;
  const omitted = translate(input.text.tableOmitted, { shown, count: shown + table.omitted }, input.format);
  return { ...table, note: [omitted, table.note].filter(Boolean).join(' ') };
}

function accountTable<T>(input: WhaleTableInput<T>): ColumnTable {
  const { result, text, format } = input;
  const column = columnHelper<WhaleCurveRow<T>>();
  const columns: TableColumn<WhaleCurveRow<T>>[] = [
    column({ key: 'rank', header: text.rank, value: (r) => r.rank, format: (v) => format.integer(v) }),
    column({ key: 'name', header: text.account, value: (r) => input.labelOf(r) }),
    column({ key: 'profit', header: text.value, value: (r) => r.profit, format: (v) => format.value(v) }),
    column({
      key: 'accountShare',
      header: text.accountShare,
      value: (r) => r.rankShare,
      format: (v) => format.percent(v, 1),
    }),
    column({
      key: 'cumulative',
      header: text.cumulative,
      value: (r) => r.cumulative,
      format: (v) => format.value(v),
    }),
  ];
  if (input.mode === 'share')
    columns.push(
      column({
        key: 'cumulativeShare',
        header: text.cumulativeShare,
        value: (r) => r.cumulativeShare ?? 0,
        format: (v) => format.percent(v, 1),
      }),
    );
  return tableFromColumns(result.rows, columns, {
    caption: input.caption,
    maxTableRows: input.maxTableRows,
    note: input.note || undefined,
  });
}

function decileTable<T>(input: WhaleTableInput<T>): ColumnTable {
  const { result, text, format } = input;
  const rows = result.rows;
  const n = rows.length;
  const countAt = (p: number) => Math.round(p * n);
  const cumulativeAt = (p: number) => {
    const count = countAt(p);
    return count <= 0 ? 0 : (rows[Math.min(n, count) - 1] as WhaleCurveRow<T>).cumulative;
  };
  const column = columnHelper<number>();
  const columns: TableColumn<number>[] = [
    column({ key: 'accountShare', header: text.decile, value: (p) => p, format: (p) => format.percent(p) }),
    column({ key: 'count', header: text.accounts, value: countAt, format: (v) => format.integer(v) }),
    column({
      key: 'cumulative',
      header: text.cumulative,
      value: cumulativeAt,
      format: (v) => format.value(v),
    }),
  ];
  if (input.mode === 'share')
    columns.push(
      column({
        key: 'cumulativeShare',
        header: text.cumulativeShare,
        value: (p) => cumulativeAt(p) / result.total,
        format: (v) => format.percent(v, 1),
      }),
    );
  return tableFromColumns(DECILES, columns, {
    caption: `${input.caption} ${translate(text.captionDeciles, { count: n }, format)}`,
    maxTableRows: input.maxTableRows,
    note: input.note || undefined,
  });
}
