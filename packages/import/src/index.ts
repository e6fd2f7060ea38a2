// The import pipeline of the examples app: parse a CSV or Excel file, detect its conventions, map and
// validate its columns, and hand the accounts to the pages. Pure functions run in Node (tests) and in the
// import Web Worker; ImportPanel is the React UI.
export {
  type ActiveField,
  activeFields,
  buildImport,
  fieldLabel,
  type PreviewCell,
  type PreviewRow,
} from './build';
export { type CellContext, type CellOutcome, looksLikeFormula, readCell } from './cells';
export { createImportClient, createInlineImportClient, type ImportClient } from './client';
export { type DateOrder, detectDateOrder, localeDateOrder, parseLocaleDate } from './dates';
export { DELIMITERS, type Delimiter, detectDelimiter } from './delimiter';
export { decodeText, decodeWindows1252, encodeWindows1252, type TextEncoding } from './encoding';
export { type ExportOptions, importedAccountsToCsv, issuesToCsv } from './export';
export {
  autoMap,
  type ColumnMapping,
  columnLetter,
  detectHeaderRow,
  detectShape,
  type FieldKey,
  IMPORT_FIELDS,
  type ImportField,
  matchHeader,
  type YearShape,
} from './fields';
export { ImportPanel, type ImportPanelProps } from './ImportPanel';
export {
  detectNumberFormat,
  localeNumberFormat,
  type NumberFormat,
  type NumberFormatGuess,
  numberEvidence,
  parseLocaleNumber,
  resolveNumberFormat,
} from './numbers';
export { type Analysis, ImportFileError, ImportSession, loadTable, type Progress } from './session';
export { parseCsv, readXlsx } from './table';
export {
  AUTO_SETTINGS,
  type Cell,
  type FileSummary,
  type ImportedAccount,
  type ImportIssue,
  type ImportResult,
  type ImportSettings,
  type IssueCode,
} from './types';
