import {
  buildImport,
  type ColumnEvidence,
  columnDateVotes,
  columnNumberVotes,
  type DateVotes,
  type PreviewRow,
  previewRows,
  resolveSettings,
  type Table,
} from './build';
import { autoMap, type ColumnMapping } from './fields';
import { ImportFileError, loadTable } from './load';
import { attachMrr, isMrrMapping } from './mrr';
import type { NumberVotes } from './numbers';
import { isBlankRow } from './table';
import type { Cell, FileSummary, ImportIssue, ImportResult, ImportSettings, ResolvedSettings } from './types';

/** What {@link ImportSession.loadMrr} (or a workbook's MRR sheet) found. */
export interface MrrSummary {
  /** File name, or `'workbook.xlsx › MRR'` for a sheet. */
  source: string;
  headers: string[];
  mapping: ColumnMapping;
  /** Non-empty data rows. */
  rowCount: number;
}

/** Rows shown in the preview. */
export const PREVIEW_ROWS = 5;

/** Progress of a long step, for the UI. */
export interface Progress {
  stage: 'reading' | 'parsing' | 'validating';
  /** Rows done so far. */
  rows: number;
  /** 0–1; `null` when unknown (reading an Excel workbook). */
  fraction: number | null;
}

/** What {@link ImportSession.analyse} returns: the decided settings, a preview and the import itself. */
export interface Analysis {
  resolved: ResolvedSettings;
  /** Number-format evidence per mapped numeric column index. */
  votes: ReturnType<typeof resolveSettings>['votes'];
  preview: PreviewRow[];
  result: ImportResult;
}

/** Issues sent with an {@link AnalysisView}; the full list comes with the full result. */
export const VIEW_ISSUE_LIMIT = 500;

/** An {@link ImportResult} without its accounts, and with its first issues only: cheap to send to the page. */
export interface ResultSummary extends Omit<ImportResult, 'accounts' | 'issues'> {
  /** Number of accounts. */
  accountCount: number;
  /** The first {@link VIEW_ISSUE_LIMIT} issues. */
  issues: ImportResult['issues'];
  /** Number of issues in all. */
  issueCount: number;
}

/**
 * What the worker sends after each analysis: settings, preview and a {@link ResultSummary}. Sending 50,000
 * accounts to the page on every mapping change would block the main thread while they are copied, so the
 * full result is only fetched when the user applies it (or downloads it).
 */
export interface AnalysisView extends Omit<Analysis, 'result'> {
  summary: ResultSummary;
}

/** The view of an analysis (see {@link AnalysisView}). */
export function viewOf(analysis: Analysis, issueLimit = VIEW_ISSUE_LIMIT): AnalysisView {
  const { result, ...rest } = analysis;
  const { accounts, issues, ...counts } = result;
  return {
    ...rest,
    summary: {
      ...counts,
      accountCount: accounts.length,
      issues: issues.slice(0, issueLimit),
      issueCount: issues.length,
    },
  };
}

export { ImportFileError, loadTable } from './load';

/**
 * The import of one file, step by step; the Web Worker runs one, and so can a test or a page without
 * workers. `load` reads the file and detects its settings and mapping; `analyse` reads every row for a
 * mapping and settings (repeatable as the user adjusts them) and returns the preview and the result.
 *
 * @example
 * const session = new ImportSession();
 * const summary = await session.load(bytes, 'accounts.csv');
 * const { result } = session.analyse(summary.mapping, AUTO_SETTINGS, 'de-DE');
 */
export class ImportSession {
  /** Options: `now` is the clock a snapshot's default year comes from (tests pass a fixed date). */
  constructor(private readonly options: { now?: () => Date } = {}) {}

  private table: Table | null = null;
  private numberVotes = new Map<number, NumberVotes>();
  private dateVotes = new Map<number, DateVotes>();
  private fileIssues: FileSummary['issues'] = [];
  private last: ImportResult | null = null;
  private mrr: { table: Table; mapping: ColumnMapping; source: string; issues: ImportIssue[] } | null = null;

  /** Reads a file and detects encoding, delimiter, sheet, header row and mapping. */
  async load(
    bytes: Uint8Array,
    fileName: string,
    settings: ImportSettings,
    onProgress?: (progress: Progress) => void,
  ): Promise<FileSummary> {
    this.table = null;
    this.last = null;
    this.numberVotes.clear();
    this.dateVotes.clear();
    const loaded = await loadTable(bytes, fileName, settings, onProgress);
    const { table } = loaded;
    this.table = table;
    this.fileIssues = loaded.issues;
    this.mrr = null;
    if (loaded.mrrSheet) {
      const mapping = autoMap(loaded.mrrSheet.headers).mapping;
      this.mrr = {
        table: loaded.mrrSheet,
        mapping,
        source: `${fileName} › ${loaded.mrrSheet.sheet}`,
        issues: [],
      };
    }
    const auto = autoMap(table.headers);
    const sample: Cell[][] = [];
    const sampleRows: number[] = [];
    let rowCount = 0;
    for (let r = table.headerIndex + 1; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      if (isBlankRow(row)) continue;
      rowCount++;
      if (sample.length < PREVIEW_ROWS) {
        sample.push(row);
        sampleRows.push(r + 1);
      }
    }
    return {
      fileName,
      kind: table.kind,
      encoding: table.encoding,
      delimiter: table.delimiter,
      sheets: loaded.sheets,
      sheet: table.sheet,
      headerRow: table.headerIndex + 1,
      headers: table.headers,
      sample,
      sampleRows,
      rowCount,
      mapping: auto.mapping,
      notes: [...loaded.notes, ...auto.notes],
      issues: loaded.issues,
      mrr: this.mrrSummary(),
    };
  }

  /**
   * Reads a monthly MRR table (a CSV/TSV or workbook with account id, month, MRR and optionally plan, one row
   * per account and month) to import beside the accounts file; the next {@link analyse} attaches it. Throws
   * an {@link ImportFileError} when the file has no such columns.
   */
  async loadMrr(
    bytes: Uint8Array,
    fileName: string,
    settings: ImportSettings,
    onProgress?: (progress: Progress) => void,
  ): Promise<MrrSummary> {
    const loaded = await loadTable(
      bytes,
      fileName,
      { ...settings, sheet: 'auto', headerRow: 'auto' },
      onProgress,
      'mrr',
    );
    const mapping = autoMap(loaded.table.headers).mapping;
    if (!isMrrMapping(mapping))
      throw new ImportFileError(
        `"${fileName}" has no monthly MRR columns: it needs an account id, a month and an MRR column (e.g. "Account ID, Month, MRR, Plan" or "Kundennummer, Monat, MRR, Tarif").`,
      );
    const source = loaded.table.sheet ? `${fileName} › ${loaded.table.sheet}` : fileName;
    this.mrr = {
      table: loaded.table,
      mapping,
      source,
      issues: loaded.issues.map((i) => ({ ...i, table: 'mrr' })),
    };
    return this.mrrSummary()!;
  }

  /** Forgets the monthly MRR table. */
  clearMrr(): void {
    this.mrr = null;
  }

  private mrrSummary(): MrrSummary | null {
    const mrr = this.mrr;
    if (!mrr) return null;
    let rowCount = 0;
    for (let r = mrr.table.headerIndex + 1; r < mrr.table.rows.length; r++)
      if (!isBlankRow(mrr.table.rows[r])) rowCount++;
    return { source: mrr.source, headers: mrr.table.headers, mapping: mrr.mapping, rowCount };
  }

  /** Number-format and date-order evidence per column, each computed once per file. */
  private readonly evidence: ColumnEvidence = {
    numbers: (column) => {
      const table = this.table!;
      let votes = this.numberVotes.get(column);
      if (!votes) {
        votes = columnNumberVotes(table.rows, table.headerIndex, column);
        this.numberVotes.set(column, votes);
      }
      return votes;
    },
    dates: (column) => {
      const table = this.table!;
      let votes = this.dateVotes.get(column);
      if (!votes) {
        votes = columnDateVotes(table.rows, table.headerIndex, column);
        this.dateVotes.set(column, votes);
      }
      return votes;
    },
  };

  /** Reads every row for a mapping and settings: the decided settings, a preview and the result. */
  analyse(
    mapping: ColumnMapping,
    settings: ImportSettings,
    locale: string,
    onProgress?: (progress: Progress) => void,
  ): Analysis {
    const table = this.table;
    if (!table) throw new Error('No file loaded');
    const now = this.options.now?.() ?? new Date();
    const { votes, ...resolved } = resolveSettings(table, mapping, settings, locale, this.evidence, now);
    const preview = previewRows(table, mapping, resolved, PREVIEW_ROWS);
    const built = buildImport(table, mapping, resolved, (rows, fraction) =>
      onProgress?.({ stage: 'validating', rows, fraction }),
    );
    const mrr = this.mrr;
    const attached = mrr
      ? attachMrr(mrr.table, mrr.mapping, built.accounts, { locale, numberFormat: settings.numberFormat })
      : null;
    // The accounts table's problems first (by row), then the MRR table's (by row).
    const issues = [
      ...[...this.fileIssues, ...built.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
      ...(mrr?.issues ?? []),
      ...(attached?.issues ?? []),
    ];
    const result: ImportResult = {
      ...built,
      issues,
      months: attached?.months ?? [],
      mrrSource: mrr?.source ?? null,
      rowCount: built.rowCount + (attached?.rowCount ?? 0),
      skippedRows: built.skippedRows + (attached?.skippedRows ?? 0),
      warningCount: issues.filter((i) => i.severity === 'warning').length,
      errorCount: issues.filter((i) => i.severity === 'error').length,
    };
    this.last = result;
    return { resolved, votes, preview, result };
  }

  /** The result of the latest {@link analyse}; `null` before the first. */
  lastResult(): ImportResult | null {
    return this.last;
  }
}
