import { type FieldValue, readCell } from './cells';
import type { DateOrder } from './dates';
import { type ColumnMapping, columnLetter, type FieldKey, fieldByKey } from './fields';
import type { NumberFormat } from './numbers';
import { type ActiveField, activeFields, contextFor, type Table } from './resolve';
import { isBlankRow, type ProgressCallback } from './table';
import type { Cell, ImportedAccount, ImportIssue, ImportResult, Month, ResolvedSettings } from './types';

export type { ActiveField, Table } from './resolve';
export {
  activeFields,
  type ColumnEvidence,
  columnDateVotes,
  columnNumberVotes,
  type DateVotes,
  type PreviewCell,
  type PreviewRow,
  previewRows,
  resolveSettings,
} from './resolve';

type Values = Partial<Record<FieldKey, FieldValue>>;

const num = (v: FieldValue | undefined) => (typeof v === 'number' ? v : null);
const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v : null);

function toAccount(
  row: number,
  v: Values,
  revenue: Record<string, number | null>,
  latest: string | undefined,
): ImportedAccount {
  const costToServe = num(v.cost_to_serve);
  const latestRevenue = latest === undefined ? null : (revenue[latest] ?? null);
  return {
    row,
    id: str(v.id) ?? '',
    name: str(v.name) ?? '',
    segment: str(v.segment) as ImportedAccount['segment'],
    region: str(v.region),
    country: str(v.country),
    owner: str(v.owner),
    plan: str(v.plan) as ImportedAccount['plan'],
    revenue,
    mrr: num(v.mrr),
    mrrSeries: [],
    onboardingStage: str(v.onboarding_stage) as ImportedAccount['onboardingStage'],
    satisfaction: num(v.satisfaction),
    engagement: num(v.engagement),
    daysInQueue: num(v.days_in_queue),
    costToServe,
    netPricePct: num(v.net_price),
    contributionMargin: latestRevenue !== null && costToServe !== null ? latestRevenue - costToServe : null,
    customerSince: str(v.customer_since) as Month | null,
    churnedAt: str(v.churned_at) as Month | null,
    growth: {
      revenuePotential: num(v.revenue_potential),
      budgetGrowth: num(v.budget_growth),
      marketPosition: num(v.market_position),
    },
    harmony: {
      strategicFit: num(v.strategic_fit),
      culture: num(v.culture),
      vision: num(v.vision),
      strategy: num(v.strategy),
    },
    churnSignals: {
      usageDropPct: num(v.usage_drop),
      supportTickets: num(v.support_tickets),
      paymentDelayDays: num(v.payment_delay_days),
    },
  };
}

const TOTAL_LABEL = /^(grand )?totals?\b|^(gesamt)?summen?\b|^gesamt(ergebnis)?\b|^ergebnis\b/i;

/**
 * `true` for a report's totals row ("Grand Totals (4 records)", "Summe", "Gesamtergebnis"): its first
 * non-empty cell starts with such a label and its id cell is empty. CRM and ERP reports end with one.
 */
function isTotalRow(row: readonly Cell[], idColumn: number | null): boolean {
  const id = idColumn === null ? null : row[idColumn];
  if (id !== null && id !== undefined && String(id).trim() !== '') return false;
  const first = row.find((c) => c !== null && c !== undefined && String(c).trim() !== '');
  return typeof first === 'string' && TOTAL_LABEL.test(first.trim());
}

/** An issue with its column index, for sorting. */
type Sortable = ImportIssue & { columnIndex: number };

/**
 * Reads every data row into accounts and validates it. Rows are numbered as a spreadsheet shows them (header
 * row 1 in a plain file). An error skips its row (years as rows: that account-year row) and is reported with
 * row, column and the cell; a warning keeps the row. Blank rows are ignored. Checks: id and name present; id
 * unique (the first row with an id keeps it, later rows are errors that name the first); every mapped cell
 * readable and in range (see `readCell`; negative revenue is kept with a warning); with years as rows, one row
 * per account and year, and account fields that agree between an account's rows (else the first row's value
 * is kept, with a warning).
 *
 * `result.years` are the mapped year columns, or the years found in the year column, ascending; every
 * account's `revenue` has a key for each.
 */
export function buildImport(
  table: Table,
  mapping: ColumnMapping,
  resolved: ResolvedSettings,
  onProgress?: ProgressCallback,
): ImportResult {
  const shape = resolved.shape.shape;
  const active = activeFields(mapping, shape, resolved.shape.snapshotYear);
  const fallback = resolved.numberFormat.file ?? 'point';
  const contexts = active.map((f) => contextFor(resolved, f.column, fallback));
  const issues: Sortable[] = [];
  const issue = (
    severity: 'error' | 'warning',
    code: ImportIssue['code'],
    row: number,
    column: number | null,
    message: string,
    value?: string,
  ): Sortable => ({
    severity,
    code,
    row,
    column: column === null ? null : (table.headers[column] ?? null),
    columnLetter: column === null ? null : columnLetter(column),
    message,
    ...(value === undefined ? {} : { value }),
    columnIndex: column ?? -1,
  });
  const idColumn = mapping.fields.id ?? null;
  const nameColumn = mapping.fields.name ?? null;
  if (idColumn === null)
    issues.push(issue('error', 'missing-required', 0, null, 'No column is mapped to Account ID.'));
  if (nameColumn === null)
    issues.push(issue('error', 'missing-required', 0, null, 'No column is mapped to Account name.'));
  const longTableReady = mapping.fields.year !== undefined && mapping.fields.revenue !== undefined;
  if (shape === 'rows' && !longTableReady)
    issues.push(
      issue(
        'error',
        'missing-required',
        0,
        null,
        'Years as rows needs a Year and a Revenue column: map both.',
      ),
    );

  let rowCount = 0;
  let skippedRows = 0;
  const firstRowOfId = new Map<string, number>();
  const accounts: ImportedAccount[] = [];
  // Years as rows: accounts are assembled over several rows.
  interface Pending {
    row: number;
    values: Values;
    sourceRow: Partial<Record<FieldKey, number>>;
    revenue: Record<string, number | null>;
    yearRow: Map<string, number>;
  }
  const pending = new Map<string, Pending>();
  const yearsSeen = new Set<string>();
  const total = table.rows.length - table.headerIndex - 1;
  const canBuild = idColumn !== null && nameColumn !== null && (shape !== 'rows' || longTableReady);

  for (let r = table.headerIndex + 1; canBuild && r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (isBlankRow(row)) continue;
    rowCount++;
    const rowNumber = r + 1;
    if (onProgress && rowCount % 5000 === 0)
      onProgress(rowCount, (r - table.headerIndex) / Math.max(1, total));
    if (isTotalRow(row, idColumn)) {
      skippedRows++;
      issues.push(
        issue(
          'warning',
          'total-row',
          rowNumber,
          null,
          'This looks like a totals row of a report; not imported.',
        ),
      );
      continue;
    }
    const rowIssues: Sortable[] = [];
    const values: Values = {};
    const revenue: Record<string, number | null> = {};
    active.forEach((f, i) => {
      const cell = row[f.column];
      // With years as rows the name may come from another row of the account.
      const spec = shape === 'rows' && f.key === 'name' ? { ...f.spec, required: false } : f.spec;
      const outcome = readCell(spec, cell, contexts[i]!);
      if (outcome.problem) {
        const raw =
          cell === null || cell === undefined
            ? undefined
            : cell instanceof Date
              ? cell.toISOString().slice(0, 10)
              : String(cell);
        rowIssues.push(
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
    const id = str(values.id);
    if (shape !== 'rows' && id !== null) {
      const first = firstRowOfId.get(id);
      if (first === undefined) firstRowOfId.set(id, rowNumber);
      else
        rowIssues.push(
          issue(
            'error',
            'duplicate-id',
            rowNumber,
            idColumn,
            `Account ID "${id}" is already used in row ${first}.`,
            id,
          ),
        );
    }
    if (shape === 'rows' && id !== null) {
      const year = str(values.year);
      const account = pending.get(id);
      const earlier = year === null ? undefined : account?.yearRow.get(year);
      if (earlier !== undefined) {
        rowIssues.push(
          issue(
            'error',
            'duplicate-year',
            rowNumber,
            mapping.fields.year ?? null,
            `Account "${id}" already has a row for ${year} (row ${earlier}).`,
            year ?? undefined,
          ),
        );
      }
      if (year === null && !rowIssues.some((i) => i.code === 'not-a-year'))
        rowIssues.push(
          issue('error', 'missing-required', rowNumber, mapping.fields.year ?? null, 'Year is missing.'),
        );
    }
    const errors = rowIssues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      skippedRows++;
      for (const e of errors) e.message = `${e.message} Row skipped.`;
      issues.push(...errors);
      continue;
    }
    issues.push(...rowIssues);

    if (shape !== 'rows') {
      const years = Object.keys(revenue);
      if (years.length > 0 && years.every((y) => revenue[y] === null))
        issues.push(issue('warning', 'no-revenue', rowNumber, null, 'The row has no revenue in any year.'));
      accounts.push(toAccount(rowNumber, values, revenue, years.sort().at(-1)));
      continue;
    }
    // Years as rows.
    const year = str(values.year)!;
    yearsSeen.add(year);
    let account = pending.get(id!);
    if (!account) {
      account = { row: rowNumber, values: {}, sourceRow: {}, revenue: {}, yearRow: new Map() };
      pending.set(id!, account);
    }
    account.yearRow.set(year, rowNumber);
    account.revenue[year] = num(values.revenue);
    for (const f of active) {
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
          issue(
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

  let years: string[];
  if (shape === 'snapshot') {
    const snapshot = resolved.shape.snapshotYear;
    const extra = snapshot !== null && mapping.fields.revenue !== undefined ? [snapshot] : [];
    years = [...new Set([...Object.keys(mapping.years), ...extra])].sort();
    const taken = snapshot === null ? undefined : mapping.years[snapshot];
    if (taken !== undefined && mapping.fields.revenue !== undefined)
      issues.push(
        issue(
          'warning',
          'duplicate-year',
          0,
          mapping.fields.revenue,
          `This revenue column has no year, and ${snapshot} already has its own column ${columnLetter(taken)} ("${table.headers[taken]}"); it is not imported. Confirm the year it holds.`,
        ),
      );
  } else if (shape === 'columns') {
    years = Object.keys(mapping.years).sort();
  } else {
    years = [...yearsSeen].sort();
    const latest = years.at(-1);
    for (const [id, account] of pending) {
      if (str(account.values.name) === null) {
        issues.push(
          issue(
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
  }
  if (shape !== 'rows') for (const a of accounts) for (const y of years) a.revenue[y] ??= null;
  if (years.length === 0 && canBuild)
    issues.push(
      issue(
        'warning',
        'no-revenue',
        0,
        null,
        shape === 'rows'
          ? 'No revenue was read: map the Year and Revenue columns.'
          : 'No revenue year columns were found (e.g. "Revenue 2024" or "Umsatz 2024"); map them in the table.',
      ),
    );
  onProgress?.(rowCount, 1);

  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.columnIndex - b.columnIndex);
  const clean: ImportIssue[] = issues.map(({ columnIndex: _, ...rest }) => ({
    ...rest,
    row: rest.row === 0 ? null : rest.row,
  }));
  const numberFormats: Record<string, NumberFormat> = {};
  for (const [column, v] of Object.entries(resolved.numberFormat.byColumn))
    numberFormats[table.headers[Number(column)] ?? `Column ${columnLetter(Number(column))}`] = v.format;
  return {
    fileName: table.fileName,
    accounts,
    years,
    months: [],
    mrrSource: null,
    issues: clean,
    errorCount: clean.filter((i) => i.severity === 'error').length,
    warningCount: clean.filter((i) => i.severity === 'warning').length,
    rowCount,
    skippedRows,
    settings: {
      kind: table.kind,
      encoding: table.encoding,
      delimiter: table.delimiter,
      sheet: table.sheet,
      headerRow: table.headerIndex + 1,
      shape,
      dateOrder: resolved.dateOrder.order satisfies DateOrder,
      numberFormats,
    },
  };
}

/** Label of a field key, including revenue years. */
export function fieldLabel(key: ActiveField['key']): string {
  const year = /^revenue_(\d{4})$/.exec(key)?.[1];
  return year ? `Revenue ${year}` : fieldByKey(key as FieldKey).label;
}
