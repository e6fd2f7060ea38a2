import type {
  DateOrder,
  Delimiter,
  FieldGroup,
  ImportIssue,
  NumberFormat,
  Progress,
  TextEncoding,
  YearShape,
} from '../../index';

/** Counts passed to the summary messages, already formatted for the locale. */
export interface ResultCounts {
  rows: string;
  accounts: string;
  skipped: string;
  warnings: string;
}

/**
 * Every word the import panel shows, one catalogue per language ({@link importMessagesEn},
 * {@link importMessagesDe}). Plain strings for fixed words, functions for sentences with values; values
 * arrive formatted for the locale. Problems are worded by `issue` from their code, so a German panel shows
 * German sentences for the English `ImportIssue.message`.
 */
export interface ImportMessages {
  heading: string;
  lead: string;
  dropHere: string;
  chooseFile: string;
  fileInputLabel: string;
  pasteButton: string;
  pasteHint: string;
  pasteAreaLabel: string;
  pasteFailed: string;
  pastedName: string;
  templates: string;
  templateCsv: string;
  templateCsvDe: string;
  templateXlsx: string;
  templateMrr: string;
  stage: Record<Progress['stage'], string>;
  progressText: (stage: string, file: string, rows: string, percent: string | null) => string;
  progressLabel: (file: string) => string;
  cancel: string;
  cancelled: string;
  settingsHeading: string;
  fileInfo: (kind: 'csv' | 'xlsx', rows: string, headerRow: number) => string;
  encoding: string;
  encodingLabels: Record<TextEncoding, string>;
  delimiter: string;
  delimiterLabels: Record<Delimiter, string>;
  sheet: string;
  headerRow: string;
  row: (n: number) => string;
  detected: (what: string) => string;
  detectedPerColumn: string;
  numberFormat: string;
  numberFormatLabels: Record<NumberFormat, string>;
  dates: string;
  dateOrderLabels: Record<DateOrder, string>;
  years: string;
  shapeLabels: Record<YearShape, string>;
  snapshotYear: string;
  snapshotHint: (column: string) => string;
  ambiguousMixed: (header: string, format: NumberFormat) => string;
  ambiguousExample: (
    header: string,
    example: string,
    read: string,
    format: NumberFormat,
    source: 'file' | 'delimiter' | 'locale',
  ) => string;
  mappingHeading: string;
  mappingHint: string;
  fieldColumn: string;
  fileColumn: string;
  groupLabels: Record<FieldGroup, string>;
  required: string;
  notImported: string;
  moreFields: (count: number) => string;
  revenueYear: (year: string) => string;
  addYear: string;
  addYearColumn: string;
  columnPlaceholder: string;
  add: string;
  notImportedColumns: string;
  mrrHeading: string;
  mrrHint: string;
  mrrAdd: string;
  mrrInputLabel: string;
  mrrLoaded: (source: string, rows: string) => string;
  mrrRemove: string;
  previewHeading: string;
  previewHint: (rows: number) => string;
  previewLabel: string;
  previewRow: string;
  empty: string;
  problemsNone: string;
  problemsCount: (errors: string, warnings: string) => string;
  problemsHint: string;
  error: string;
  warning: string;
  where: (row: number | null, column: string | null, letter: string | null, mrr: boolean) => string;
  /**
   * The sentence for a problem, from its code, cell text and column. English returns `issue.message` (written
   * by `@kamkit/import`); German words each code.
   */
  issue: (issue: ImportIssue) => string;
  more: (count: string) => string;
  summary: (counts: ResultCounts) => string;
  importButton: (accounts: string | null) => string;
  applied: (accounts: string, file: string) => string;
  downloadProblems: string;
  downloadChecked: string;
}
