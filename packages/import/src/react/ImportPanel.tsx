import {
  type ChangeEvent,
  type DragEvent,
  type HTMLAttributes,
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  type AnalysisView,
  AUTO_SETTINGS,
  type ColumnMapping,
  columnLetter,
  createImportClient,
  DELIMITER_LABELS,
  DELIMITERS,
  type Delimiter,
  ENCODING_LABELS,
  type FieldGroup,
  type FileSummary,
  fieldLabel,
  IMPORT_FIELDS,
  type ImportClient,
  type ImportField,
  type ImportResult,
  type ImportSettings,
  importedAccountsToCsv,
  issuesToCsv,
  type NumberFormat,
  type Progress,
  parseLocaleNumber,
  type TextEncoding,
} from '../index';

/** Props of {@link ImportPanel}. */
export interface ImportPanelProps extends Omit<HTMLAttributes<HTMLElement>, 'onChange'> {
  /** Called with the result when the user presses "Import": the accounts of the valid rows and every issue. */
  onApply: (result: ImportResult) => void;
  /**
   * The user's locale, e.g. `'de-DE'`: decides number and date conventions a file leaves open (after the file's
   * own evidence and its delimiter) and formats the parsed values in the preview.
   */
  locale: string;
  /** Heading text. Default `'Import your accounts'`. */
  heading?: string;
  /** URL prefix of the template files (the app serves them). Default `''` (relative to the page). */
  templateBase?: string;
  /** Issues listed before "and N more". Default 100. */
  maxIssues?: number;
  /** Makes the import client; default {@link createImportClient} (a Web Worker). Tests pass an inline one. */
  createClient?: () => ImportClient;
}

type LoadSetting = 'encoding' | 'delimiter' | 'sheet' | 'headerRow';

const GROUP_LABELS: Record<FieldGroup, string> = {
  account: 'Account',
  revenue: 'Revenue',
  scores: 'Scores (1–10)',
  signals: 'Churn signals',
};

const NUMBER_FORMAT_LABELS: Record<NumberFormat, string> = {
  comma: 'Decimal comma (1.234,56)',
  point: "Decimal point (1,234.56 · 1'234.56)",
};

const DATE_ORDER_LABELS = { dmy: 'Day first (31.12.2024)', mdy: 'Month first (12/31/2024)' } as const;

const SHAPE_LABELS = { columns: 'One column per year', rows: 'One row per account and year' } as const;

const SOURCE_LABELS = {
  file: 'like the rest of the file',
  delimiter: 'as usual with this delimiter',
  locale: 'from your locale',
} as const;

const STAGE_LABELS: Record<Progress['stage'], string> = {
  reading: 'Reading',
  parsing: 'Parsing',
  validating: 'Checking rows of',
};

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const baseName = (fileName: string) => fileName.replace(/\.[^.]+$/, '');

/** A progress tick of the file being read. */
type Tick = Progress & { fileName: string };

/** Hands progress ticks to {@link ProgressStatus} without re-rendering the whole panel on every tick. */
function createTicker() {
  let listener: ((tick: Tick | null) => void) | null = null;
  return {
    emit(tick: Tick | null) {
      listener?.(tick);
    },
    listen(next: (tick: Tick | null) => void) {
      listener = next;
      return () => {
        listener = null;
      };
    },
  };
}

/**
 * The progress line and bar, and the live region. Screen readers hear stage changes and 25 % steps, not every
 * tick; when nothing is running, `message` (the result or the applied count) is shown and announced.
 */
const ProgressStatus = memo(function ProgressStatus({
  ticker,
  message,
  locale,
}: {
  ticker: ReturnType<typeof createTicker>;
  message: string;
  locale: string;
}) {
  const [tick, setTick] = useState<Tick | null>(null);
  useEffect(() => ticker.listen(setTick), [ticker]);
  const text = tick
    ? `${STAGE_LABELS[tick.stage]} ${tick.fileName}… ${tick.rows.toLocaleString(locale)} rows${
        tick.fraction === null ? '' : ` (${Math.round(tick.fraction * 100)} %)`
      }`
    : message;
  const live = tick
    ? `${STAGE_LABELS[tick.stage]} ${tick.fileName}${
        tick.fraction === null ? '' : `, ${Math.floor(tick.fraction * 4) * 25} %`
      }`
    : message;
  return (
    <>
      <div className="kamkit-import__status">
        {text && <p>{text}</p>}
        {tick && (
          <progress max={1} value={tick.fraction ?? undefined} aria-label={`Progress of ${tick.fileName}`} />
        )}
      </div>
      <p className="kamkit-import__sr-only" role="status" aria-live="polite">
        {live}
      </p>
    </>
  );
});

/**
 * Imports the user's own accounts from a CSV or Excel (.xlsx) file, entirely in the browser: a drop zone with a
 * file button, the detected settings (encoding, delimiter, sheet, header row, number format, date format, year
 * layout) with overrides, the column mapping, a preview of raw text → parsed values, the errors and warnings
 * by spreadsheet row and column, and an Import button. Parsing and validation run in a Web Worker, with
 * progress, so a 50,000-row file does not freeze the page. Cell texts are rendered as React text, never as
 * HTML.
 *
 * @example
 * <ImportPanel locale="de-DE" onApply={(result) => setAccounts(result.accounts)} />
 */
export function ImportPanel({
  onApply,
  locale,
  heading = 'Import your accounts',
  templateBase = '',
  maxIssues = 100,
  createClient = createImportClient,
  className,
  ...rest
}: ImportPanelProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const clientRef = useRef<ImportClient | null>(null);
  const loadSeq = useRef(0);
  const analyseSeq = useRef(0);
  const [file, setFile] = useState<File | null>(null);
  const [settings, setSettings] = useState<ImportSettings>(AUTO_SETTINGS);
  const [summary, setSummary] = useState<FileSummary | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [analysis, setAnalysis] = useState<AnalysisView | null>(null);
  const [busy, setBusy] = useState(false);
  const [ticker] = useState(createTicker);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [applied, setApplied] = useState<string | null>(null);
  const [newYear, setNewYear] = useState('');
  const [newYearColumn, setNewYearColumn] = useState('');

  const client = useCallback(() => {
    clientRef.current ??= createClient();
    return clientRef.current;
  }, [createClient]);
  useEffect(
    () => () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  const load = useCallback(
    async (next: File, nextSettings: ImportSettings) => {
      const seq = ++loadSeq.current;
      analyseSeq.current++;
      setError(null);
      setApplied(null);
      setAnalysis(null);
      setBusy(true);
      ticker.emit({ stage: 'reading', rows: 0, fraction: null, fileName: next.name });
      try {
        const loaded = await client().load(next, next.name, nextSettings, (p) => {
          if (seq === loadSeq.current) ticker.emit({ ...p, fileName: next.name });
        });
        if (seq !== loadSeq.current) return;
        setSummary(loaded);
        setMapping(loaded.mapping);
      } catch (e) {
        if (seq !== loadSeq.current) return;
        setSummary(null);
        setMapping(null);
        ticker.emit(null);
        setBusy(false);
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [client, ticker],
  );

  const chooseFile = (next: File | undefined) => {
    if (!next) return;
    setFile(next);
    const fresh = { ...AUTO_SETTINGS };
    setSettings(fresh);
    void load(next, fresh);
  };

  // Re-read every row whenever the mapping, the reading settings or the locale change.
  const { numberFormat, dateOrder, shape } = settings;
  useEffect(() => {
    if (!summary || !mapping) return;
    const seq = ++analyseSeq.current;
    const timer = setTimeout(async () => {
      setBusy(true);
      ticker.emit({ stage: 'validating', rows: 0, fraction: 0, fileName: summary.fileName });
      try {
        const next = await client().analyse(
          mapping,
          { ...AUTO_SETTINGS, numberFormat, dateOrder, shape },
          locale,
          (p) => {
            if (seq === analyseSeq.current) ticker.emit({ ...p, fileName: summary.fileName });
          },
        );
        if (seq !== analyseSeq.current) return;
        setAnalysis(next);
        ticker.emit(null);
        setBusy(false);
      } catch (e) {
        if (seq !== analyseSeq.current) return;
        ticker.emit(null);
        setBusy(false);
        setError(e instanceof Error ? e.message : String(e));
      }
    }, 120);
    return () => clearTimeout(timer);
  }, [summary, mapping, numberFormat, dateOrder, shape, locale, client, ticker]);

  const changeSetting = <K extends keyof ImportSettings>(key: K, value: ImportSettings[K]) => {
    const next = { ...settings, [key]: value };
    setSettings(next);
    if (
      (['encoding', 'delimiter', 'sheet', 'headerRow'] as LoadSetting[]).includes(key as LoadSetting) &&
      file
    )
      void load(file, next);
  };

  const setField = (key: string, value: string) => {
    if (!mapping) return;
    const fields = { ...mapping.fields } as Record<string, number>;
    if (value === '') delete fields[key];
    else fields[key] = Number(value);
    setMapping({ ...mapping, fields });
  };
  const setYear = (year: string, value: string) => {
    if (!mapping) return;
    const years = { ...mapping.years };
    if (value === '') delete years[year];
    else years[year] = Number(value);
    setMapping({ ...mapping, years });
  };
  const addYear = () => {
    if (!/^(19|20)\d{2}$/.test(newYear) || newYearColumn === '') return;
    setYear(newYear, newYearColumn);
    setNewYear('');
    setNewYearColumn('');
  };

  const result = analysis?.summary ?? null;

  /** The full result of the latest analysis, fetched from the worker only when it is needed. */
  const fullResult = async (): Promise<ImportResult | null> => {
    const seq = analyseSeq.current;
    try {
      const full = await client().result();
      return seq === analyseSeq.current ? full : null;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return null;
    }
  };
  const shapeNow = analysis?.resolved.shape.shape ?? 'columns';
  const numberFmt = useMemo(
    () => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }),
    [locale],
  );

  const columnOptions = summary?.headers.map((header, index) => (
    <option key={index} value={index}>
      {columnLetter(index)} · {header}
    </option>
  ));

  const mappedColumns = new Set<number>([
    ...Object.values(mapping?.fields ?? {}),
    ...Object.values(mapping?.years ?? {}),
  ]);
  const unmapped = summary?.headers
    .map((header, index) => ({ header, index }))
    .filter(({ index }) => !mappedColumns.has(index));

  const fieldsByGroup = (group: FieldGroup) =>
    IMPORT_FIELDS.filter(
      (f) => f.group === group && !(shapeNow === 'columns' && (f.key === 'year' || f.key === 'revenue')),
    );

  const fieldRow = (field: ImportField) => {
    const selectId = `${id}-field-${field.key}`;
    return (
      <tr key={field.key}>
        <th scope="row">
          <label htmlFor={selectId}>
            {field.label}
            {field.required && <span className="kamkit-import__required"> (required)</span>}
          </label>
          {field.unit && <span className="kamkit-import__unit">{field.unit}</span>}
        </th>
        <td>
          <select
            id={selectId}
            value={mapping?.fields[field.key] ?? ''}
            onChange={(e) => setField(field.key, e.target.value)}
          >
            <option value="">— not imported —</option>
            {columnOptions}
          </select>
        </td>
      </tr>
    );
  };

  const ambiguousNotes = analysis
    ? Object.entries(analysis.resolved.numberFormat.byColumn).flatMap(([column, decided]) => {
        const votes = analysis.votes[Number(column)];
        const header = summary?.headers[Number(column)] ?? '';
        if (!votes) return [];
        if (votes.point > 0 && votes.comma > 0)
          return [
            `${header}: mixes 1,234.56 and 1.234,56 styles; read with ${decided.format === 'comma' ? 'a decimal comma' : 'a decimal point'}. Check the preview.`,
          ];
        if (
          votes.ambiguous > 0 &&
          votes.example &&
          decided.source !== 'column' &&
          decided.source !== 'override'
        ) {
          const read = parseLocaleNumber(votes.example, decided.format);
          return [
            `${header}: values such as "${votes.example}" read either way; read as ${
              read === null || Number.isNaN(read) ? '—' : numberFmt.format(read)
            } (${decided.format === 'comma' ? 'decimal comma' : 'decimal point'}) ${SOURCE_LABELS[decided.source]}.`,
          ];
        }
        return [];
      })
    : [];

  const fileDetectedFormat = analysis?.resolved.numberFormat.file ?? null;

  const message = applied
    ? applied
    : result
      ? `${result.rowCount.toLocaleString(locale)} rows read: ${result.accountCount.toLocaleString(locale)} accounts ready, ${result.skippedRows.toLocaleString(locale)} rows skipped, ${result.warningCount.toLocaleString(locale)} warnings.`
      : '';

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    chooseFile(event.dataTransfer.files[0]);
  };

  return (
    <section
      {...rest}
      className={['kamkit-import', className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-heading`}
      data-state={busy ? 'busy' : result ? 'ready' : 'idle'}
    >
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p className="kamkit-import__lead">
        A CSV or Excel (.xlsx) file with one row per account, or one row per account and year. The file is
        read in your browser and never uploaded.
      </p>

      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the button inside is the keyboard path */}
      <div
        className="kamkit-import__drop"
        data-dragging={dragging || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="kamkit-import__drop-text">Drop a file here, or</p>
        <button type="button" className="kamkit-import__button" onClick={() => inputRef.current?.click()}>
          Choose a file…
        </button>
        <label className="kamkit-import__sr-only" htmlFor={`${id}-file`}>
          CSV or Excel file to import
        </label>
        <input
          ref={inputRef}
          id={`${id}-file`}
          className="kamkit-import__sr-only"
          type="file"
          tabIndex={-1}
          accept=".csv,.tsv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            chooseFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <p className="kamkit-import__templates">
          Templates with the expected columns:{' '}
          <a href={`${templateBase}kamkit-import-template.csv`} download>
            CSV
          </a>{' '}
          ·{' '}
          <a href={`${templateBase}kamkit-import-template-de.csv`} download>
            CSV (Deutsch, ;)
          </a>{' '}
          ·{' '}
          <a href={`${templateBase}kamkit-import-template.xlsx`} download>
            Excel
          </a>
        </p>
      </div>

      <ProgressStatus ticker={ticker} message={message} locale={locale} />
      {error && (
        <p className="kamkit-import__error" role="alert">
          {error}
        </p>
      )}

      {summary && mapping && (
        <>
          <section className="kamkit-import__section" aria-labelledby={`${id}-settings`}>
            <h3 id={`${id}-settings`}>Detected settings</h3>
            <p className="kamkit-import__file-info">
              <strong>{summary.fileName}</strong> · {summary.kind === 'xlsx' ? 'Excel workbook' : 'CSV'} ·{' '}
              {summary.rowCount.toLocaleString(locale)} data rows · header in row {summary.headerRow}
            </p>
            <div className="kamkit-import__settings">
              {summary.kind === 'csv' && (
                <>
                  <label>
                    Encoding
                    <select
                      value={settings.encoding}
                      onChange={(e) => changeSetting('encoding', e.target.value as TextEncoding | 'auto')}
                    >
                      <option value="auto">
                        Detected: {summary.encoding ? ENCODING_LABELS[summary.encoding] : '—'}
                      </option>
                      {(Object.keys(ENCODING_LABELS) as TextEncoding[]).map((e) => (
                        <option key={e} value={e}>
                          {ENCODING_LABELS[e]}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    Delimiter
                    <select
                      value={settings.delimiter}
                      onChange={(e) => changeSetting('delimiter', e.target.value as Delimiter | 'auto')}
                    >
                      <option value="auto">
                        Detected: {summary.delimiter ? DELIMITER_LABELS[summary.delimiter] : '—'}
                      </option>
                      {DELIMITERS.map((d) => (
                        <option key={d} value={d}>
                          {DELIMITER_LABELS[d]}
                        </option>
                      ))}
                    </select>
                  </label>
                </>
              )}
              {summary.sheets.length > 1 && (
                <label>
                  Sheet
                  <select value={settings.sheet} onChange={(e) => changeSetting('sheet', e.target.value)}>
                    <option value="auto">Detected: {summary.sheet}</option>
                    {summary.sheets.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <label>
                Header row
                <select
                  value={settings.headerRow}
                  onChange={(e) =>
                    changeSetting('headerRow', e.target.value === 'auto' ? 'auto' : Number(e.target.value))
                  }
                >
                  <option value="auto">Detected: row {summary.headerRow}</option>
                  {Array.from({ length: 10 }, (_, i) => (
                    <option key={i} value={i + 1}>
                      Row {i + 1}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Number format
                <select
                  value={settings.numberFormat}
                  onChange={(e) => changeSetting('numberFormat', e.target.value as NumberFormat | 'auto')}
                >
                  <option value="auto">
                    {`Detected: ${fileDetectedFormat ? NUMBER_FORMAT_LABELS[fileDetectedFormat].toLowerCase() : 'per column'}`}
                  </option>
                  <option value="comma">{NUMBER_FORMAT_LABELS.comma}</option>
                  <option value="point">{NUMBER_FORMAT_LABELS.point}</option>
                </select>
              </label>
              <label>
                Dates
                <select
                  value={settings.dateOrder}
                  onChange={(e) => changeSetting('dateOrder', e.target.value as ImportSettings['dateOrder'])}
                >
                  <option value="auto">
                    {`Detected: ${analysis ? DATE_ORDER_LABELS[analysis.resolved.dateOrder.order].toLowerCase() : '…'}`}
                  </option>
                  <option value="dmy">{DATE_ORDER_LABELS.dmy}</option>
                  <option value="mdy">{DATE_ORDER_LABELS.mdy}</option>
                </select>
              </label>
              <label>
                Years
                <select
                  value={settings.shape}
                  onChange={(e) => changeSetting('shape', e.target.value as ImportSettings['shape'])}
                >
                  <option value="auto">
                    {`Detected: ${analysis ? SHAPE_LABELS[analysis.resolved.shape.shape].toLowerCase() : '…'}`}
                  </option>
                  <option value="columns">{SHAPE_LABELS.columns}</option>
                  <option value="rows">{SHAPE_LABELS.rows}</option>
                </select>
              </label>
            </div>
            {(summary.notes.length > 0 || ambiguousNotes.length > 0) && (
              <ul className="kamkit-import__notes">
                {[...summary.notes, ...ambiguousNotes].map((note, i) => (
                  <li key={i}>{note}</li>
                ))}
              </ul>
            )}
          </section>

          <section className="kamkit-import__section" aria-labelledby={`${id}-mapping`}>
            <h3 id={`${id}-mapping`}>Columns</h3>
            <p className="kamkit-import__hint">
              Which column of your file holds each field. Set a field to “not imported” to ignore a column
              with problems.
            </p>
            <table className="kamkit-import__mapping">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Column in your file</th>
                </tr>
              </thead>
              {(['account', 'revenue', 'scores', 'signals'] as FieldGroup[]).map((group) => (
                <tbody key={group}>
                  <tr className="kamkit-import__group">
                    <th scope="rowgroup" colSpan={2}>
                      {GROUP_LABELS[group]}
                    </th>
                  </tr>
                  {group === 'revenue' &&
                    shapeNow === 'columns' &&
                    Object.keys(mapping.years)
                      .sort()
                      .map((year) => {
                        const selectId = `${id}-year-${year}`;
                        return (
                          <tr key={year}>
                            <th scope="row">
                              <label htmlFor={selectId}>Revenue {year}</label>
                              <span className="kamkit-import__unit">EUR</span>
                            </th>
                            <td>
                              <select
                                id={selectId}
                                value={mapping.years[year] ?? ''}
                                onChange={(e) => setYear(year, e.target.value)}
                              >
                                <option value="">— not imported —</option>
                                {columnOptions}
                              </select>
                            </td>
                          </tr>
                        );
                      })}
                  {fieldsByGroup(group).map(fieldRow)}
                  {group === 'revenue' && shapeNow === 'columns' && (
                    <tr>
                      <th scope="row">
                        <label htmlFor={`${id}-new-year`}>Add a revenue year</label>
                      </th>
                      <td>
                        <div className="kamkit-import__add-year">
                          <input
                            id={`${id}-new-year`}
                            inputMode="numeric"
                            placeholder="2025"
                            value={newYear}
                            onChange={(e) => setNewYear(e.target.value.trim())}
                            size={5}
                          />
                          <select
                            aria-label="Column of the new revenue year"
                            value={newYearColumn}
                            onChange={(e) => setNewYearColumn(e.target.value)}
                          >
                            <option value="">Column…</option>
                            {columnOptions}
                          </select>
                          <button
                            type="button"
                            className="kamkit-import__button"
                            onClick={addYear}
                            disabled={!/^(19|20)\d{2}$/.test(newYear) || newYearColumn === ''}
                          >
                            Add
                          </button>
                        </div>
                      </td>
                    </tr>
                  )}
                </tbody>
              ))}
            </table>
            {unmapped && unmapped.length > 0 && (
              <p className="kamkit-import__hint">
                Not imported:{' '}
                {unmapped.map(({ header, index }) => `${header} (${columnLetter(index)})`).join(', ')}
              </p>
            )}
          </section>

          {analysis && (
            <section className="kamkit-import__section" aria-labelledby={`${id}-preview`}>
              <h3 id={`${id}-preview`}>Preview</h3>
              <p className="kamkit-import__hint">
                The first {analysis.preview.length} rows as they will be read: the text in your file, and
                below it the value.
              </p>
              <section
                className="kamkit-import__scroll"
                aria-label="Preview of the first rows"
                // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
                tabIndex={0}
              >
                <table className="kamkit-import__preview">
                  <thead>
                    <tr>
                      <th scope="col">Row</th>
                      {analysis.resolved.fields.map((key) => (
                        <th scope="col" key={key}>
                          {fieldLabel(key)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {analysis.preview.map((row) => (
                      <tr key={row.row}>
                        <th scope="row">{row.row}</th>
                        {row.cells.map((cell) => (
                          <td key={cell.field} data-severity={cell.problem?.severity}>
                            {/* Text read as it is shows once; anything converted shows raw → value. */}
                            {!(
                              typeof cell.value === 'string' &&
                              cell.value === cell.raw.trim() &&
                              !cell.problem
                            ) && (
                              <span className="kamkit-import__raw">{cell.raw === '' ? '—' : cell.raw}</span>
                            )}
                            <span className="kamkit-import__value">
                              {cell.problem?.severity === 'error'
                                ? `✗ ${cell.problem.message}`
                                : cell.value === null
                                  ? 'empty'
                                  : typeof cell.value === 'number'
                                    ? `→\u00a0${numberFmt.format(cell.value)}`
                                    : cell.value === cell.raw.trim()
                                      ? cell.value
                                      : `→\u00a0${cell.value}`}
                              {cell.problem?.severity === 'warning' && ` ⚠ ${cell.problem.message}`}
                            </span>
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </section>
          )}

          {result && (
            <section className="kamkit-import__section" aria-labelledby={`${id}-issues`}>
              <h3 id={`${id}-issues`}>
                {result.issueCount === 0
                  ? 'No problems found'
                  : `Problems: ${result.errorCount.toLocaleString(locale)} errors, ${result.warningCount.toLocaleString(locale)} warnings`}
              </h3>
              {result.issueCount > 0 && (
                <>
                  <p className="kamkit-import__hint">
                    Rows with an error are skipped; rows with a warning are imported. Row numbers are those of
                    your spreadsheet.
                  </p>
                  <ol className="kamkit-import__issues">
                    {result.issues.slice(0, maxIssues).map((issue, i) => (
                      <li key={i} data-severity={issue.severity}>
                        <span className="kamkit-import__badge">
                          {issue.severity === 'error' ? 'Error' : 'Warning'}
                        </span>{' '}
                        <span className="kamkit-import__where">
                          {issue.row === null ? 'File' : `Row ${issue.row}`}
                          {issue.column !== null && `, column ${issue.columnLetter} (${issue.column})`}:
                        </span>{' '}
                        {issue.message}
                      </li>
                    ))}
                  </ol>
                  {result.issueCount > Math.min(maxIssues, result.issues.length) && (
                    <p className="kamkit-import__hint">
                      … and{' '}
                      {(result.issueCount - Math.min(maxIssues, result.issues.length)).toLocaleString(locale)}{' '}
                      more in the problem list (CSV).
                    </p>
                  )}
                </>
              )}
            </section>
          )}

          <div className="kamkit-import__actions">
            <button
              type="button"
              className="kamkit-import__button kamkit-import__button--primary"
              disabled={busy || !result || result.accountCount === 0}
              onClick={async () => {
                const full = await fullResult();
                if (!full) return;
                onApply(full);
                setApplied(
                  `Imported ${full.accounts.length.toLocaleString(locale)} accounts from ${full.fileName}.`,
                );
              }}
            >
              {result ? `Import ${result.accountCount.toLocaleString(locale)} accounts` : 'Import'}
            </button>
            {result && result.issueCount > 0 && (
              <button
                type="button"
                className="kamkit-import__button"
                onClick={async () => {
                  const full = await fullResult();
                  if (full) download(`${baseName(full.fileName)}-problems.csv`, issuesToCsv(full.issues));
                }}
              >
                Download the problem list (CSV)
              </button>
            )}
            {result && result.accountCount > 0 && (
              <button
                type="button"
                className="kamkit-import__button"
                onClick={async () => {
                  const full = await fullResult();
                  if (full)
                    download(
                      `${baseName(full.fileName)}-checked.csv`,
                      importedAccountsToCsv(full.accounts, full.years),
                    );
                }}
              >
                Download the checked rows (CSV)
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
