import { columnLetter } from './fields';
import type { ImportIssue } from './types';

/** @internal An issue with its column index, for sorting. */
export type SortableIssue = ImportIssue & { columnIndex: number };

/**
 * @internal Makes an issue of one table: `row` is the spreadsheet row (0 for the whole file), `column` the
 * column index (`null` for the whole row), named by its header and letter.
 */
export type IssueMaker = (
  severity: 'error' | 'warning',
  code: ImportIssue['code'],
  row: number,
  column: number | null,
  message: string,
  value?: string,
) => SortableIssue;

/** @internal The {@link IssueMaker} of a table with these headers. */
export function issueMaker(headers: readonly string[]): IssueMaker {
  return (severity, code, row, column, message, value) => ({
    severity,
    code,
    row,
    column: column === null ? null : (headers[column] ?? null),
    columnLetter: column === null ? null : columnLetter(column),
    message,
    ...(value === undefined ? {} : { value }),
    columnIndex: column ?? -1,
  });
}

/**
 * @internal The issues as the result lists them: by row (the file's own issues first, with row `null`), then by
 * column (the row's own issues first), otherwise in the order they were found.
 */
export function sortedIssues(issues: SortableIssue[]): ImportIssue[] {
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.columnIndex - b.columnIndex);
  return issues.map(({ columnIndex: _, ...rest }) => ({
    ...rest,
    row: rest.row === 0 ? null : rest.row,
  }));
}
