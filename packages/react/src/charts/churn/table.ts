import type { ChurnRiskResult, ChurnRiskRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { churn } from '../../messages/en/churn';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { columnHelper, tableFromColumns } from '../../primitives/table';
import type { RowWords } from './words';

/** Default of `maxTableRows`. */
const DEFAULT_TABLE_ROWS = 500;

interface TableInput<T> {
  result: ChurnRiskResult<T>;
  text: MessageShape<typeof churn>;
  format: Formatters;
  words: RowWords<T>;
  labelOf: (row: ChurnRiskRow<T>) => string;
  finding: string;
  note: string;
  maxTableRows: number | undefined;
}

/**
 * Stage 5: the data table from column definitions — every queued account in queue order (up to `maxTableRows`,
 * default 500): rank, name, importance, MRR and its share, risk level and score, days in the queue, why it is
 * queued, and the expected loss when a probability is given. The note says how many are listed and what was
 * left out.
 */
export function churnTable<T>(input: TableInput<T>) {
  const { result, text, format, words, labelOf } = input;
  const column = columnHelper<ChurnRiskRow<T>>();
  const shareOf = (row: ChurnRiskRow<T>) => (result.totalMrr > 0 ? row.mrr / result.totalMrr : 0);
  const unknown = (v: number | null, write: (n: number) => string) =>
    v === null ? text.daysUnknown : write(v);
  const columns = [
    column({ key: 'rank', header: text.tableRank, value: (_, i) => i + 1, format: (v) => format.integer(v) }),
    column({ key: 'name', header: text.columnAccount, value: (row) => labelOf(row) }),
    column({
      key: 'importance',
      header: text.tableTier,
      value: (row) => row.tier ?? row.importance,
      format: (_, row) => words.tier(row),
    }),
    column({ key: 'mrr', header: text.value, value: (row) => row.mrr, format: (v) => format.value(v) }),
    column({
      key: 'share',
      header: text.tableShare,
      value: (row) => shareOf(row),
      format: (v) => words.share(v),
    }),
    column({
      key: 'level',
      header: text.tableLevel,
      value: (row) => row.level,
      format: (_, row) => text.levels[row.level],
    }),
    column({
      key: 'risk',
      header: text.tableRisk,
      value: (row) => row.risk,
      format: (_, row) => words.risk(row),
    }),
    column({
      key: 'days',
      header: text.tableDays,
      value: (row) => row.daysInQueue,
      format: (v) => unknown(v, format.integer),
    }),
    column({
      key: 'reason',
      header: text.tableReason,
      value: (row) => row.queueReason,
      format: (v) => (v === null ? '–' : text.reasons[v]),
    }),
    ...(result.expectedLoss !== undefined
      ? [
          column({
            key: 'loss',
            header: text.tableLoss,
            value: (row) => row.expectedLoss ?? null,
            format: (v) => unknown(v, format.value),
          }),
        ]
      : []),
  ];
  const maxTableRows = input.maxTableRows ?? DEFAULT_TABLE_ROWS;
  const listed = Math.min(result.ranking.length, maxTableRows);
  const first =
    result.ranking.length > listed
      ? translate(text.tableFirst, { shown: listed, count: result.ranking.length }, format)
      : '';
  const note = [first, input.note].filter(Boolean).join(' ');
  return tableFromColumns(result.ranking, columns, {
    caption: input.finding,
    maxTableRows,
    ...(note ? { note } : {}),
  });
}
