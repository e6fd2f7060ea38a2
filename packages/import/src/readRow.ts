import { type CellContext, readCell } from './cells';
import type { FieldKey, YearShape } from './fields';
import type { Values } from './importedAccount';
import type { IssueMaker, SortableIssue } from './importIssue';
import type { ActiveField } from './resolve';
import type { Cell } from './types';

/** @internal What one data row holds: its values by field, its revenue by year and the issues of its cells. */
export interface RowRead {
  values: Values;
  revenue: Record<string, number | null>;
  issues: SortableIssue[];
}

/**
 * @internal Reads every mapped cell of spreadsheet row `rowNumber` (see `readCell`); a problem becomes an issue
 * with the cell's text (a date as `YYYY-MM-DD`). With years as rows the name is not required in every row: it
 * may come from another row of the account.
 */
export function readRow(
  row: readonly Cell[],
  rowNumber: number,
  active: readonly ActiveField[],
  contexts: readonly CellContext[],
  shape: YearShape,
  issue: IssueMaker,
): RowRead {
  const issues: SortableIssue[] = [];
  const values: Values = {};
  const revenue: Record<string, number | null> = {};
  active.forEach((f, i) => {
    const cell = row[f.column];
    const spec = shape === 'rows' && f.key === 'name' ? { ...f.spec, required: false } : f.spec;
    const outcome = readCell(spec, cell, contexts[i]!);
    if (outcome.problem) {
      const raw =
        cell === null || cell === undefined
          ? undefined
          : cell instanceof Date
            ? cell.toISOString().slice(0, 10)
            : String(cell);
      issues.push(
        issue(
          outcome.problem.severity,
          outcome.problem.code,
          rowNumber,
          f.column,
          outcome.problem.message,
          raw,
        ),
      );
    }
    if (f.year !== undefined) revenue[f.year] = typeof outcome.value === 'number' ? outcome.value : null;
    else values[f.key as FieldKey] = outcome.value;
  });
  return { values, revenue, issues };
}
