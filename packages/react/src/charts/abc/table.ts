import type { AbcResult, AbcRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { abc } from '../../messages/en/abc';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import type { ColumnTable } from '../../primitives/table';
import { columnHelper, tableFromColumns } from '../../primitives/table';
import type { AbcBand } from './types';

/** What {@link abcTable} needs. */
export interface AbcTableInput<T> {
  result: AbcResult<T>;
  bands: readonly AbcBand[];
  binned: boolean;
  labelOf: (row: AbcRow<T>) => string;
  finding: string;
  note: string;
  maxTableRows: number | undefined;
  text: MessageShape<typeof abc>['chart'];
  format: Formatters;
}

/**
 * Stage 6: the data table, from column definitions. One row per account (rank, name, value, share, cumulative
 * share, tier) while the curve is drawn account by account; one row per tier (ranks, count, shares, value)
 * when the accounts outnumber the plot's pixels, the caption saying so. `maxTableRows` caps the listed rows and
 * the note then says so.
 */
export function abcTable<T>(input: AbcTableInput<T>): ColumnTable {
  const table = input.binned ? tierTable(input) : accountTable(input);
  if (table.omitted === 0) return table;
  const shown = table.rows.length;
  const omitted = translate(input.text.tableOmitted, { shown, count: shown + table.omitted }, input.format);
  return { ...table, note: [omitted, table.note].filter(Boolean).join(' ') };
}

function accountTable<T>({ result, labelOf, finding, note, maxTableRows, text, format }: AbcTableInput<T>) {
  const column = columnHelper<AbcRow<T>>();
  return tableFromColumns(
    result.rows,
    [
      column({ key: 'rank', header: text.rank, value: (r) => r.rank, format: (v) => format.integer(v) }),
      column({ key: 'name', header: text.account, value: (r) => labelOf(r) }),
      column({ key: 'value', header: text.value, value: (r) => r.value, format: (v) => format.value(v) }),
      column({
        key: 'share',
        header: text.share,
        value: (r) => r.share,
        format: (v) => format.percent(v, 1),
      }),
      column({
        key: 'cumulative',
        header: text.cumulativeShare,
        value: (r) => r.cumulativeShare,
        format: (v) => format.percent(v, 1),
      }),
      column({ key: 'tier', header: text.tier, value: (r) => r.tier }),
    ],
    { caption: finding, maxTableRows, note: note || undefined },
  );
}

function tierTable<T>({ result, bands, finding, note, maxTableRows, text, format }: AbcTableInput<T>) {
  const column = columnHelper<AbcBand>();
  return tableFromColumns(
    bands,
    [
      column({ key: 'tier', header: text.tier, value: (b) => b.tier }),
      column({
        key: 'ranks',
        header: text.ranks,
        value: (b) => `${b.rankStart}–${b.rankEnd}`,
        format: (_, b) => `${format.integer(b.rankStart)}–${format.integer(b.rankEnd)}`,
      }),
      column({
        key: 'count',
        header: text.accounts,
        value: (b) => b.summary.count,
        format: (v) => format.integer(v),
      }),
      column({
        key: 'accountShare',
        header: text.accountShare,
        value: (b) => b.summary.accountShare,
        format: (v) => format.percent(v, 1),
      }),
      column({
        key: 'value',
        header: text.value,
        value: (b) => b.summary.value,
        format: (v) => format.value(v),
      }),
      column({
        key: 'share',
        header: text.valueShare,
        value: (b) => b.summary.share,
        format: (v) => format.percent(v, 1),
      }),
    ],
    {
      caption: `${finding} ${translate(text.captionTiers, { count: result.rows.length }, format)}`,
      maxTableRows,
      note: note || undefined,
    },
  );
}
