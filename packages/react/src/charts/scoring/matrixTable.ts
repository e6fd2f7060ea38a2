import type { ScoreRow } from '@kamkit/core';
import { translate } from '../../messages/translate';
import { quadrantSummaryTable } from '../../primitives/quadrantLayout';
import { summariseQuadrants } from '../../primitives/scatter';
import type { ColumnTable } from '../../primitives/table';
import { columnHelper, tableFromColumns } from '../../primitives/table';
import { capitalise } from '../../primitives/text';
import type { ScoringTextInput } from './matrixText';
import { issueText } from './matrixText';

/** Default of `maxTableRows`. */
const DEFAULT_TABLE_ROWS = 500;

/**
 * Stage 5: the data table from column definitions — one row per account in rank order (rank, name, growth,
 * harmony, total, quadrant, size, a note on value issues) up to `maxTableRows` (default 500), else one summary
 * row per quadrant. The visible table, the hidden table and the CSV come from the same columns.
 */
export function scoringTable<T>(
  input: ScoringTextInput<T>,
  finding: string,
  note: string,
  maxTableRows: number | undefined,
): { table: ColumnTable; summarised: boolean } {
  const { result, names, sizes, sized, text, format, formatScore } = input;
  const rows = result.rows;
  const words = text.matrix;
  const max = maxTableRows ?? DEFAULT_TABLE_ROWS;
  if (rows.length > max) {
    const points = rows.map((row, i) => ({
      quadrant: row.quadrant,
      x: row.harmony,
      y: row.growth,
      size: sizes[i] ?? null,
    }));
    const table = quadrantSummaryTable(summariseQuadrants(result.quadrants, points, sized), {
      caption: translate(words.summaryCaption, { finding, count: rows.length }, format),
      sized,
      measures: [
        { key: 'growth', label: input.growthName, of: 'y', format: formatScore },
        { key: 'harmony', label: input.harmonyName, of: 'x', format: formatScore },
      ],
      words,
      format,
      note: note || undefined,
    });
    return { table, summarised: true };
  }
  const column = columnHelper<ScoreRow<T>>();
  const score = (v: number) => formatScore(v);
  const withIssues = rows.some((row) => row.issues.length > 0);
  const columns = [
    column({ key: 'rank', header: text.rank, value: (row) => row.rank, format: (v) => format.integer(v) }),
    column({ key: 'name', header: words.account, value: (_, i) => names[i] as string }),
    column({
      key: 'growth',
      header: capitalise(input.growthName),
      value: (row) => row.growth,
      format: score,
    }),
    column({
      key: 'harmony',
      header: capitalise(input.harmonyName),
      value: (row) => row.harmony,
      format: score,
    }),
    column({ key: 'total', header: text.total, value: (row) => row.total, format: score }),
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
    ...(withIssues
      ? [
          column({
            key: 'note',
            header: text.note,
            value: (row) =>
              row.issues.length > 0
                ? `${row.incomplete ? text.incompleteWord : text.clampedWord}: ${issueText(row, input)}`
                : '',
          }),
        ]
      : []),
  ];
  return {
    table: tableFromColumns(rows, columns, { caption: finding, note: note || undefined }),
    summarised: false,
  };
}
