import { type HTMLAttributes, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type AnalysisView,
  AUTO_SETTINGS,
  type ColumnMapping,
  createInlineImportClient,
  type FileSummary,
  ImportCancelledError,
  type ImportClient,
  type ImportResult,
  type ImportSettings,
  importedAccountsToCsv,
  issuesToCsv,
  type MrrSummary,
} from '../index';
import { DropZone } from './DropZone';
import { MappingSection } from './MappingSection';
import { MrrSection } from './MrrSection';
import { type ImportMessages, importMessages } from './messages';
import { createTicker, ProgressStatus } from './ProgressStatus';
import { IssuesSection, PreviewSection } from './ResultSections';
import { SettingsSection } from './SettingsSection';
import { pastedText, usePaste } from './usePaste';

/** Props of {@link ImportPanel}. */
export interface ImportPanelProps extends Omit<HTMLAttributes<HTMLElement>, 'onChange'> {
  /** Called with the result when the user presses "Import": the accounts of the valid rows and every issue. */
  onApply: (result: ImportResult) => void;
  /**
   * The user's locale, e.g. `'de-DE'`: picks the word catalogue (German for `de-*`, else English), decides
   * number and date conventions a file or pasted range leaves open, and formats values in the preview.
   */
  locale: string;
  /** Words to replace in the locale's catalogue (see `importMessagesEn`). */
  messages?: Partial<ImportMessages>;
  /** URL prefix of the template files the app serves. Default `''` (relative to the page). */
  templateBase?: string;
  /** Issues listed before "and N more". Default 100. */
  maxIssues?: number;
  /**
   * Makes the import client. Default {@link createInlineImportClient} (the page's thread); pass
   * `() => createImportClient({ worker })` to read files in a Web Worker.
   */
  createClient?: () => ImportClient;
  /**
   * Listen for paste events on the whole document (Ctrl/Cmd+V anywhere outside another text field imports the
   * copied range). Default `true`.
   */
  pasteAnywhere?: boolean;
}

type LoadSetting = 'encoding' | 'delimiter' | 'sheet' | 'headerRow';
const LOAD_SETTINGS: readonly string[] = [
  'encoding',
  'delimiter',
  'sheet',
  'headerRow',
] satisfies LoadSetting[];

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const baseName = (fileName: string) => fileName.replace(/\.[^.]+$/, '');

/**
 * Imports the user's own accounts from a CSV, TSV or Excel (.xlsx) file or a range pasted from a spreadsheet,
 * entirely in the browser: a drop zone with a file button and a "Paste from spreadsheet" button, the detected
 * settings with overrides, the column mapping (fields found first, the rest behind "More fields"), an
 * optional monthly MRR table, a preview of raw text → parsed values, the errors and warnings by spreadsheet
 * row and column, progress with Cancel, and an Import button. Every word comes from the English or German
 * catalogue; cell texts are rendered as React text, never as HTML.
 *
 * @example
 * <ImportPanel locale="de-DE" onApply={(result) => setAccounts(result.accounts)} />
 */
export function ImportPanel({
  onApply,
  locale,
  messages,
  templateBase = '',
  maxIssues = 100,
  createClient = createInlineImportClient,
  pasteAnywhere = true,
  className,
  ...rest
}: ImportPanelProps) {
  const id = useId();
  const t = useMemo(() => importMessages(locale, messages), [locale, messages]);
  const clientRef = useRef<ImportClient | null>(null);
  const loadSeq = useRef(0);
  const analyseSeq = useRef(0);
  const [file, setFile] = useState<File | null>(null);
  const [settings, setSettings] = useState<ImportSettings>(AUTO_SETTINGS);
  const [summary, setSummary] = useState<FileSummary | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [mrr, setMrr] = useState<MrrSummary | null>(null);
  const [analysis, setAnalysis] = useState<AnalysisView | null>(null);
  const [busy, setBusy] = useState(false);
  const [ticker] = useState(createTicker);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);

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

  const fail = useCallback(
    (e: unknown) => {
      ticker.emit(null);
      setBusy(false);
      setError(e instanceof ImportCancelledError ? t.cancelled : e instanceof Error ? e.message : String(e));
    },
    [ticker, t],
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
        setMrr(loaded.mrr);
      } catch (e) {
        if (seq !== loadSeq.current) return;
        setSummary(null);
        setMapping(null);
        fail(e);
      }
    },
    [client, ticker, fail],
  );

  const chooseFile = useCallback(
    (next: File | undefined) => {
      if (!next) return;
      setFile(next);
      const fresh = { ...AUTO_SETTINGS };
      setSettings(fresh);
      void load(next, fresh);
    },
    [load],
  );

  const paste = usePaste({
    enabled: pasteAnywhere,
    onText: (text) => chooseFile(pastedText(text, t.pastedName)),
  });

  // Re-read every row whenever the mapping, the reading settings, the MRR table or the locale change.
  const { numberFormat, dateOrder, shape, snapshotYear } = settings;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new MRR table changes the result, so it re-runs the analysis
  useEffect(() => {
    if (!summary || !mapping) return;
    const seq = ++analyseSeq.current;
    const timer = setTimeout(async () => {
      setBusy(true);
      ticker.emit({ stage: 'validating', rows: 0, fraction: 0, fileName: summary.fileName });
      try {
        const next = await client().analyse(
          mapping,
          { ...AUTO_SETTINGS, numberFormat, dateOrder, shape, snapshotYear },
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
        if (seq === analyseSeq.current) fail(e);
      }
    }, 120);
    return () => clearTimeout(timer);
  }, [summary, mapping, mrr, numberFormat, dateOrder, shape, snapshotYear, locale, client, ticker, fail]);

  const changeSetting = <K extends keyof ImportSettings>(key: K, value: ImportSettings[K]) => {
    const next = { ...settings, [key]: value };
    setSettings(next);
    if (LOAD_SETTINGS.includes(key) && file) void load(file, next);
  };

  const cancel = useCallback(() => {
    loadSeq.current++;
    analyseSeq.current++;
    clientRef.current?.cancel();
    // A cancelled worker forgets the file: the panel starts over.
    setSummary(null);
    setMapping(null);
    setMrr(null);
    setAnalysis(null);
    fail(new ImportCancelledError());
  }, [fail]);

  const addMrr = async (next: File | undefined) => {
    if (!next) return;
    setError(null);
    try {
      setMrr(await client().loadMrr(next, next.name, settings));
    } catch (e) {
      fail(e);
    }
  };
  const removeMrr = async () => {
    await client().clearMrr();
    setMrr(null);
  };

  const result = analysis?.summary ?? null;
  /** The full result of the latest analysis, fetched from the worker only when it is needed. */
  const fullResult = async (): Promise<ImportResult | null> => {
    const seq = analyseSeq.current;
    try {
      const full = await client().result();
      return seq === analyseSeq.current ? full : null;
    } catch (e) {
      fail(e);
      return null;
    }
  };
  const n = (value: number) => value.toLocaleString(locale);
  const message =
    applied ??
    (result
      ? t.summary({
          rows: n(result.rowCount),
          accounts: n(result.accountCount),
          skipped: n(result.skippedRows),
          warnings: n(result.warningCount),
        })
      : '');

  return (
    <section
      {...rest}
      className={['kamkit-import', className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-heading`}
      data-state={busy ? 'busy' : result ? 'ready' : 'idle'}
    >
      <h2 id={`${id}-heading`}>{t.heading}</h2>
      <p className="kamkit-import__lead">{t.lead}</p>

      <DropZone
        id={id}
        t={t}
        templateBase={templateBase}
        onFile={chooseFile}
        onPasteButton={() => void paste.fromClipboard()}
        paste={paste}
      />

      <ProgressStatus ticker={ticker} message={message} locale={locale} t={t} onCancel={cancel} />
      {error && (
        <p className="kamkit-import__error" role="alert">
          {error}
        </p>
      )}

      {summary && mapping && (
        <>
          <SettingsSection
            id={id}
            t={t}
            locale={locale}
            summary={summary}
            settings={settings}
            analysis={analysis}
            revenueColumn={mapping.fields.revenue}
            onChange={changeSetting}
          />
          <MappingSection
            id={id}
            t={t}
            headers={summary.headers}
            mapping={mapping}
            detected={summary.mapping}
            shape={analysis?.resolved.shape.shape ?? 'columns'}
            onChange={setMapping}
          />
          <MrrSection
            id={id}
            t={t}
            mrr={mrr}
            rows={mrr ? n(mrr.rowCount) : ''}
            onAdd={(next) => void addMrr(next)}
            onRemove={() => void removeMrr()}
          />
          {analysis && <PreviewSection id={id} t={t} locale={locale} analysis={analysis} />}
          {result && <IssuesSection id={id} t={t} locale={locale} result={result} max={maxIssues} />}

          <div className="kamkit-import__actions">
            <button
              type="button"
              className="kamkit-import__button kamkit-import__button--primary"
              disabled={busy || !result || result.accountCount === 0}
              onClick={async () => {
                const full = await fullResult();
                if (!full) return;
                onApply(full);
                setApplied(t.applied(n(full.accounts.length), full.fileName));
              }}
            >
              {t.importButton(result ? n(result.accountCount) : null)}
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
                {t.downloadProblems}
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
                {t.downloadChecked}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
