// @kamkit/import: parse a CSV, TSV, Excel file or pasted range, detect its conventions, map and validate its
// columns, and hand back accounts with every problem by spreadsheet row and column. Everything here is
// framework-free and runs in Node, in the page and in the import Web Worker; the React panel is
// `@kamkit/import/react`.
export {
  type ActiveField,
  activeFields,
  buildImport,
  fieldLabel,
  type PreviewCell,
  type PreviewRow,
} from './build';
export { type CellContext, type CellOutcome, looksLikeFormula, readCell } from './cells';
export {
  createImportClient,
  createInlineImportClient,
  ImportCancelledError,
  type ImportClient,
  type ImportClientOptions,
} from './client';
export { IMPORT_COLUMNS, type ImportColumn, type ImportColumnKey, normalizeHeader } from './columns';
export { type DateOrder, detectDateOrder, localeDateOrder, parseLocaleDate } from './dates';
export { DELIMITER_LABELS, DELIMITERS, type Delimiter, detectDelimiter } from './delimiter';
export {
  decodeText,
  decodeWindows1252,
  ENCODING_LABELS,
  encodeWindows1252,
  type TextEncoding,
} from './encoding';
export { type ExportOptions, importedAccountsToCsv, issuesToCsv } from './export';
export {
  autoMap,
  type ColumnMapping,
  columnLetter,
  detectHeaderRow,
  detectShape,
  type FieldGroup,
  type FieldKey,
  IMPORT_FIELDS,
  type ImportField,
  matchHeader,
  type YearShape,
} from './fields';
export { attachMrr, isMrrMapping, type MrrOutcome } from './mrr';
export { type CsvCell, type CsvOptions, isFormulaLike, neutraliseCell, toCsv } from './neutralise';
export {
  detectNumberFormat,
  localeNumberFormat,
  type NumberFormat,
  type NumberFormatGuess,
  numberEvidence,
  parseLocaleNumber,
  resolveNumberFormat,
} from './numbers';
export {
  type Analysis,
  type AnalysisView,
  ImportFileError,
  ImportSession,
  loadTable,
  type MrrSummary,
  type Progress,
  type ResultSummary,
} from './session';
export { parseCsv, readXlsx } from './table';
export {
  AUTO_SETTINGS,
  type Cell,
  type FileSummary,
  type ImportedAccount,
  type ImportedMrrPoint,
  type ImportIssue,
  type ImportResult,
  type ImportSettings,
  type IssueCode,
  type Month,
  type OnboardingStage,
  type Plan,
  type ResolvedSettings,
  type Segment,
} from './types';
export { toXlsx, type WorkbookCell, type WorkbookSheet, workbookValue } from './workbook';
