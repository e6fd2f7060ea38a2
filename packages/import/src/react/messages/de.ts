import { issueDe } from './issueDe';
import type { ImportMessages } from './types';

/** Die deutschen Wörter des Import-Panels. */
export const importMessagesDe: ImportMessages = {
  heading: 'Eigene Kunden importieren',
  lead: 'Eine CSV- oder Excel-Datei (.xlsx) oder ein aus einer Tabelle eingefügter Bereich, mit einer Zeile je Kunde oder je Kunde und Jahr. Sie wird in Ihrem Browser gelesen und nie hochgeladen.',
  dropHere: 'Datei hierher ziehen oder',
  chooseFile: 'Datei auswählen…',
  fileInputLabel: 'CSV- oder Excel-Datei zum Importieren',
  pasteButton: 'Aus Tabelle einfügen',
  pasteHint:
    'Oder einen Bereich in Excel oder Google Tabellen (mit Kopfzeile) kopieren und hier Strg+V (⌘V) drücken.',
  pasteAreaLabel: 'Kopierten Bereich hier einfügen',
  pasteFailed:
    'Der Browser erlaubt das Lesen der Zwischenablage nicht. Fügen Sie den Bereich in das Feld unten ein (Strg+V oder ⌘V).',
  pastedName: 'Eingefügter Bereich',
  templates: 'Vorlagen mit den erwarteten Spalten:',
  templateCsv: 'CSV (English)',
  templateCsvDe: 'CSV (Deutsch, ;)',
  templateXlsx: 'Excel',
  templateMrr: 'Monatlicher MRR (CSV)',
  stage: { reading: 'Lese', parsing: 'Zerlege', validating: 'Prüfe die Zeilen von' },
  progressText: (stage, file, rows, percent) =>
    `${stage} ${file}… ${rows} Zeilen${percent === null ? '' : ` (${percent} %)`}`,
  progressLabel: (file) => `Fortschritt von ${file}`,
  cancel: 'Abbrechen',
  cancelled: 'Import abgebrochen.',
  settingsHeading: 'Erkannte Einstellungen',
  fileInfo: (kind, rows, headerRow) =>
    `${kind === 'xlsx' ? 'Excel-Arbeitsmappe' : 'CSV'} · ${rows} Datenzeilen · Kopfzeile in Zeile ${headerRow}`,
  encoding: 'Zeichenkodierung',
  encodingLabels: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 mit BOM',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252',
  },
  delimiter: 'Trennzeichen',
  delimiterLabels: {
    ',': 'Komma (,)',
    ';': 'Semikolon (;)',
    '\t': 'Tabulator',
    '|': 'Senkrechter Strich (|)',
  },
  sheet: 'Tabellenblatt',
  headerRow: 'Kopfzeile',
  row: (n) => `Zeile ${n}`,
  detected: (what) => `Erkannt: ${what}`,
  detectedPerColumn: 'je Spalte',
  numberFormat: 'Zahlenformat',
  numberFormatLabels: { comma: 'Dezimalkomma (1.234,56)', point: "Dezimalpunkt (1,234.56 · 1'234.56)" },
  dates: 'Datumsangaben',
  dateOrderLabels: { dmy: 'Tag zuerst (31.12.2024)', mdy: 'Monat zuerst (12/31/2024)' },
  years: 'Jahre',
  shapeLabels: {
    columns: 'Eine Spalte je Jahr',
    rows: 'Eine Zeile je Kunde und Jahr',
    snapshot: 'Ein Jahr (kein Jahr in der Datei)',
  },
  snapshotYear: 'Jahr der Umsatzspalte',
  snapshotHint: (column) =>
    `„${column}“ nennt kein Jahr: Die Werte werden als Umsatz des Jahres gelesen, das Sie hier bestätigen.`,
  ambiguousMixed: (header, format) =>
    `${header}: mischt die Schreibweisen 1,234.56 und 1.234,56; gelesen mit ${format === 'comma' ? 'Dezimalkomma' : 'Dezimalpunkt'}. Bitte die Vorschau prüfen.`,
  ambiguousExample: (header, example, read, format, source) =>
    `${header}: Werte wie „${example}“ sind mehrdeutig; gelesen als ${read} (${format === 'comma' ? 'Dezimalkomma' : 'Dezimalpunkt'}) ${
      {
        file: 'wie der Rest der Datei',
        delimiter: 'wie bei diesem Trennzeichen üblich',
        locale: 'nach Ihrer Spracheinstellung',
      }[source]
    }.`,
  mappingHeading: 'Spalten',
  mappingHint:
    'Welche Spalte Ihrer Datei welches Feld enthält. Die in Ihrer Datei gefundenen Felder stehen oben; „nicht importiert“ übergeht eine Spalte mit Problemen.',
  fieldColumn: 'Feld',
  fileColumn: 'Spalte in Ihrer Datei',
  groupLabels: {
    account: 'Kunde',
    revenue: 'Umsatz',
    scores: 'Bewertungen (1–10)',
    signals: 'Abwanderungssignale',
  },
  required: ' (Pflicht)',
  notImported: '— nicht importiert —',
  moreFields: (count) => `Weitere Felder (${count})`,
  revenueYear: (year) => `Umsatz ${year}`,
  addYear: 'Umsatzjahr hinzufügen',
  addYearColumn: 'Spalte des neuen Umsatzjahres',
  columnPlaceholder: 'Spalte…',
  add: 'Hinzufügen',
  notImportedColumns: 'Nicht importiert:',
  mrrHeading: 'Monatlicher MRR (optional)',
  mrrHint:
    'Eine zweite Datei (oder ein Blatt der Arbeitsmappe) mit einer Zeile je Kunde und Monat: Kundennummer, Monat, MRR und Tarif. Sie füllt die Ansichten MRR nach Tarif, Bewegungen und Bindung.',
  mrrAdd: 'Monatlichen MRR hinzufügen…',
  mrrInputLabel: 'CSV- oder Excel-Datei mit monatlichem MRR',
  mrrLoaded: (source, rows) => `Monatlicher MRR aus ${source}: ${rows} Zeilen.`,
  mrrRemove: 'Monatlichen MRR entfernen',
  previewHeading: 'Vorschau',
  previewHint: (rows) =>
    `Die ersten ${rows} Zeilen, wie sie gelesen werden: der Text Ihrer Datei und darunter der Wert.`,
  previewLabel: 'Vorschau der ersten Zeilen',
  previewRow: 'Zeile',
  empty: 'leer',
  problemsNone: 'Keine Probleme gefunden',
  problemsCount: (errors, warnings) => `Probleme: ${errors} Fehler, ${warnings} Warnungen`,
  problemsHint:
    'Zeilen mit einem Fehler werden übersprungen, Zeilen mit einer Warnung importiert. Die Zeilennummern sind die Ihrer Tabelle.',
  error: 'Fehler',
  warning: 'Warnung',
  where: (row, column, letter, mrr) =>
    `${mrr ? 'Monatlicher MRR, ' : ''}${row === null ? 'Datei' : `Zeile ${row}`}${column === null ? '' : `, Spalte ${letter} (${column})`}:`,
  issue: issueDe,
  more: (count) => `… und ${count} weitere in der Problemliste (CSV).`,
  summary: (c) =>
    `${c.rows} Zeilen gelesen: ${c.accounts} Kunden bereit, ${c.skipped} Zeilen übersprungen, ${c.warnings} Warnungen.`,
  importButton: (accounts) => (accounts === null ? 'Importieren' : `${accounts} Kunden importieren`),
  applied: (accounts, file) => `${accounts} Kunden aus ${file} importiert.`,
  downloadProblems: 'Problemliste herunterladen (CSV)',
  downloadChecked: 'Geprüfte Zeilen herunterladen (CSV)',
};
