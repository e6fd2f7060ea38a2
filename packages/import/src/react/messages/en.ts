import type { ImportMessages } from './types';

/** The import panel's English words. */
export const importMessagesEn: ImportMessages = {
  heading: 'Import your accounts',
  lead: 'A CSV or Excel (.xlsx) file, or a range pasted from a spreadsheet, with one row per account or one row per account and year. It is read in your browser and never uploaded.',
  dropHere: 'Drop a file here, or',
  chooseFile: 'Choose a file…',
  fileInputLabel: 'CSV or Excel file to import',
  pasteButton: 'Paste from spreadsheet',
  pasteHint: 'Or copy a range in Excel or Google Sheets (with its header row) and press Ctrl+V (⌘V) here.',
  pasteAreaLabel: 'Paste a copied range here',
  pasteFailed:
    'The browser did not allow reading the clipboard. Paste the range into the field below (Ctrl+V or ⌘V).',
  pastedName: 'Pasted range',
  templates: 'Templates with the expected columns:',
  templateCsv: 'CSV',
  templateCsvDe: 'CSV (Deutsch, ;)',
  templateXlsx: 'Excel',
  templateMrr: 'Monthly MRR (CSV)',
  stage: { reading: 'Reading', parsing: 'Parsing', validating: 'Checking rows of' },
  progressText: (stage, file, rows, percent) =>
    `${stage} ${file}… ${rows} rows${percent === null ? '' : ` (${percent} %)`}`,
  progressLabel: (file) => `Progress of ${file}`,
  cancel: 'Cancel',
  cancelled: 'Import cancelled.',
  settingsHeading: 'Detected settings',
  fileInfo: (kind, rows, headerRow) =>
    `${kind === 'xlsx' ? 'Excel workbook' : 'CSV'} · ${rows} data rows · header in row ${headerRow}`,
  encoding: 'Encoding',
  encodingLabels: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 with BOM',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252',
  },
  delimiter: 'Delimiter',
  delimiterLabels: { ',': 'Comma (,)', ';': 'Semicolon (;)', '\t': 'Tab', '|': 'Pipe (|)' },
  sheet: 'Sheet',
  headerRow: 'Header row',
  row: (n) => `Row ${n}`,
  detected: (what) => `Detected: ${what}`,
  detectedPerColumn: 'per column',
  numberFormat: 'Number format',
  numberFormatLabels: { comma: 'Decimal comma (1.234,56)', point: "Decimal point (1,234.56 · 1'234.56)" },
  dates: 'Dates',
  dateOrderLabels: { dmy: 'Day first (31.12.2024)', mdy: 'Month first (12/31/2024)' },
  years: 'Years',
  shapeLabels: {
    columns: 'One column per year',
    rows: 'One row per account and year',
    snapshot: 'One year (no year in the file)',
  },
  snapshotYear: 'Year of the revenue column',
  snapshotHint: (column) =>
    `“${column}” has no year in its header: its values are read as the revenue of the year you confirm here.`,
  ambiguousMixed: (header, format) =>
    `${header}: mixes 1,234.56 and 1.234,56 styles; read with ${format === 'comma' ? 'a decimal comma' : 'a decimal point'}. Check the preview.`,
  ambiguousExample: (header, example, read, format, source) =>
    `${header}: values such as "${example}" read either way; read as ${read} (${format === 'comma' ? 'decimal comma' : 'decimal point'}) ${
      {
        file: 'like the rest of the file',
        delimiter: 'as usual with this delimiter',
        locale: 'from your locale',
      }[source]
    }.`,
  mappingHeading: 'Columns',
  mappingHint:
    'Which column of your file holds each field. The fields found in your file come first; set one to “not imported” to ignore a column with problems.',
  fieldColumn: 'Field',
  fileColumn: 'Column in your file',
  groupLabels: { account: 'Account', revenue: 'Revenue', scores: 'Scores (1–10)', signals: 'Churn signals' },
  required: ' (required)',
  notImported: '— not imported —',
  moreFields: (count) => `More fields (${count})`,
  revenueYear: (year) => `Revenue ${year}`,
  addYear: 'Add a revenue year',
  addYearColumn: 'Column of the new revenue year',
  columnPlaceholder: 'Column…',
  add: 'Add',
  notImportedColumns: 'Not imported:',
  mrrHeading: 'Monthly MRR (optional)',
  mrrHint:
    'A second file (or a sheet of the workbook) with one row per account and month: account ID, month, MRR and plan. It fills the MRR by plan, movement and retention panels.',
  mrrAdd: 'Add monthly MRR…',
  mrrInputLabel: 'CSV or Excel file with monthly MRR',
  mrrLoaded: (source, rows) => `Monthly MRR from ${source}: ${rows} rows.`,
  mrrRemove: 'Remove monthly MRR',
  previewHeading: 'Preview',
  previewHint: (rows) =>
    `The first ${rows} rows as they will be read: the text in your file, and below it the value.`,
  previewLabel: 'Preview of the first rows',
  previewRow: 'Row',
  empty: 'empty',
  problemsNone: 'No problems found',
  problemsCount: (errors, warnings) => `Problems: ${errors} errors, ${warnings} warnings`,
  problemsHint:
    'Rows with an error are skipped; rows with a warning are imported. Row numbers are those of your spreadsheet.',
  error: 'Error',
  warning: 'Warning',
  where: (row, column, letter, mrr) =>
    `${mrr ? 'Monthly MRR, ' : ''}${row === null ? 'File' : `Row ${row}`}${column === null ? '' : `, column ${letter} (${column})`}:`,
  issue: (issue) => issue.message,
  more: (count) => `… and ${count} more in the problem list (CSV).`,
  summary: (c) =>
    `${c.rows} rows read: ${c.accounts} accounts ready, ${c.skipped} rows skipped, ${c.warnings} warnings.`,
  importButton: (accounts) => (accounts === null ? 'Import' : `Import ${accounts} accounts`),
  applied: (accounts, file) => `Imported ${accounts} accounts from ${file}.`,
  downloadProblems: 'Download the problem list (CSV)',
  downloadChecked: 'Download the checked rows (CSV)',
};
