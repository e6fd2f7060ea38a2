import type { FieldKey } from './fields';
import { num, str, toAccount, type Values } from './importedAccount';
import type { IssueMaker, SortableIssue } from './importIssue';
import type { ActiveField } from './resolve';
import type { ImportedAccount } from './types';

/** An account assembled over several rows. */
interface Pending {
  /** Its first row. */
  row: number;
  values: Values;
  /** The row each kept value came from. */
  sourceRow: Partial<Record<FieldKey, number>>;
  revenue: Record<string, number | null>;
  /** The row of each year. */
  yearRow: Map<string, number>;
}

/**
 * @internal Years as rows: one row per account and year, assembled into accounts. An account's fields come from
 * its first row that has them; a later row that disagrees keeps the first value, with a warning.
 */
export class YearRows {
  private readonly pending = new Map<string, Pending>();
  private readonly yearsSeen = new Set<string>();

  constructor(
    private readonly active: readonly ActiveField[],
    private readonly issue: IssueMaker,
    private readonly yearColumn: number | null,
  ) {}

  /** The errors of a row of account `id` before it is added: a year the account already has, or no year. */
  check(id: string, values: Values, rowNumber: number, rowIssues: SortableIssue[]): void {
    const year = str(values.year);
    const earlier = year === null ? undefined : this.pending.get(id)?.yearRow.get(year);
    if (earlier !== undefined) {
      rowIssues.push(
        this.issue(
          'error',
          'duplicate-year',
          rowNumber,
          this.yearColumn,
          `Account "${id}" already has a row for ${year} (row ${earlier}).`,
          year ?? undefined,
        ),
      );
    }
    if (year === null && !rowIssues.some((i) => i.code === 'not-a-year'))
      rowIssues.push(this.issue('error', 'missing-required', rowNumber, this.yearColumn, 'Year is missing.'));
  }

  /** Adds a checked row of account `id`: its year's revenue and the account fields it is the first to give. */
  add(id: string, values: Values, rowNumber: number, issues: SortableIssue[]): void {
    const year = str(values.year)!;
    this.yearsSeen.add(year);
    let account = this.pending.get(id);
    if (!account) {
      account = { row: rowNumber, values: {}, sourceRow: {}, revenue: {}, yearRow: new Map() };
      this.pending.set(id, account);
    }
    account.yearRow.set(year, rowNumber);
    account.revenue[year] = num(values.revenue);
    for (const f of this.active) {
      const key = f.key as FieldKey;
      if (key === 'year' || key === 'revenue') continue;
      const value = values[key] ?? null;
      if (value === null) continue;
      const kept = account.values[key];
      if (kept === undefined || kept === null) {
        account.values[key] = value;
        account.sourceRow[key] = rowNumber;
      } else if (kept !== value) {
        issues.push(
          this.issue(
            'warning',
            'conflicting-value',
            rowNumber,
            f.column,
            `${f.spec.label} "${value}" differs from "${kept}" in row ${account.sourceRow[key]} for the same account; keeping row ${account.sourceRow[key]}'s value.`,
            String(value),
          ),
        );
      }
    }
  }

  /**
   * The accounts by first row, each with a revenue key for every year seen (ascending). An account without a
   * name in any of its rows is an error and its rows are skipped.
   */
  finish(
    nameColumn: number | null,
    issues: SortableIssue[],
  ): { accounts: ImportedAccount[]; years: string[]; skippedRows: number } {
    const years = [...this.yearsSeen].sort();
    const latest = years.at(-1);
    const accounts: ImportedAccount[] = [];
    let skippedRows = 0;
    for (const [id, account] of this.pending) {
      if (str(account.values.name) === null) {
        issues.push(
          this.issue(
            'error',
            'missing-required',
            account.row,
            nameColumn,
            `Account "${id}" has no name in any of its rows (${[...account.yearRow.values()].join(', ')}). Rows skipped.`,
          ),
        );
        skippedRows += account.yearRow.size;
        continue;
      }
      const revenue: Record<string, number | null> = {};
      for (const y of years) revenue[y] = account.revenue[y] ?? null;
      accounts.push(toAccount(account.row, account.values, revenue, latest));
    }
    accounts.sort((a, b) => a.row - b.row);
    return { accounts, years, skippedRows };
  }
}
