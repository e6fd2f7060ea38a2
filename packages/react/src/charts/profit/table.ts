import type { ProfitMatrixResult, ProfitMatrixRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import { translate } from '../../messages/translate';
import type { MatrixWords } from '../../primitives/quadrantLayout';
import { quadrantSummaryTable } from '../../primitives/quadrantLayout';
import { summariseQuadrants } from '../../primitives/scatter';
import type { ColumnTable } from '../../primitives/table';
import { columnHelper, tableFromColumns } from '../../primitives/table';
import { capitalise } from '../../primitives/text';

/** Default of `maxTableRows`. */
const DEFAULT_TABLE_ROWS = 500;

/** What {@link profitTable} needs. */
export interface ProfitTableInput<T> {
  result: ProfitMatrixResult<T>;
  names: readonly string[];
  sizes: readonly (number | null)[];
  sized: boolean;
  xName: string;
  yName: string;
  fx: (value: number) => string;
  fy: (value: number) => string;
  finding: string;
  note: string;
  maxTableRows: number | undefined;
  words: MatrixWords;
  format: Formatters;
}

/**
 * Stage 5: the data table from column definitions — one row per account (name, x, y, quadrant, size) up to
 * `maxTableRows` (default 500), else one summary row per quadrant. The visible table, the hidden table and the
 * CSV come from the same columns.
 */
export function profitTable<T>(input: ProfitTableInput<T>): { table: ColumnTable; summarised: boolean } {
  const { result, names, sizes, sized, words, format } = input;
  const rows = result.rows;
  const max = input.maxTableRows ?? DEFAULT_TABLE_ROWS;
  const note = input.note || undefined;
  if (rows.length > max) {
    const points = rows.map((row, i) => ({
      quadrant: row.quadrant,
      x: row.x,
      y: row.y,
      size: sizes[i] ?? null,
    }));
    const caption = translate(words.summaryCaption, { finding: input.finding, count: rows.length }, format);
    const table = quadrantSummaryTable(summariseQuadrants(result.quadrants, points, sized), {
      caption,
      sized,
      measures: [
        { key: 'x', label: input.xName, of: 'x', format: input.fx },
        { key: 'y', label: input.yName, of: 'y', format: input.fy },
      ],
      words,
      format,
      note,
    });
    return { table, summarised: true };
  }
  const column = columnHelper<ProfitMatrixRow<T>>();
  const columns = [
    column({ key: 'name', header: words.account, value: (_, i) => names[i] as string }),
    column({ key: 'x', header: capitalise(input.xName), value: (row) => row.x, format: (v) => input.fx(v) }),
    column({ key: 'y', header: capitalise(input.yName), value: (row) => row.y, format: (v) => input.fy(v) }),
    column({
      key: 'quadrant',
      header: words.quadrant,
      value: (row) => result.quadrants[row.quadrant.position].label,
    }),
    ...(sized
      ? [
          column({
            key: 'size',
            header: words.sizeHeader,
            value: (_, i) => sizes[i] ?? null,
            format: (v) => (v === null ? words.unknown : format.value(v)),
            numeric: true,
          }),
        ]
      : []),
  ];
  return { table: tableFromColumns(rows, columns, { caption: input.finding, note }), summarised: false };
}
