import {
  type Dispatch,
  type RefObject,
  type SetStateAction,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import {
  type AnalysisView,
  AUTO_SETTINGS,
  type ColumnMapping,
  type FileSummary,
  ImportCancelledError,
  type ImportClient,
  type ImportResult,
  type ImportSettings,
  type MrrSummary,
} from '../index';
import type { ImportMessages } from './messages';
import { createTicker } from './ProgressStatus';
import { pastedText, usePaste } from './usePaste';

type LoadSetting = 'encoding' | 'delimiter' | 'sheet' | 'headerRow';
/** The settings that change how the file is read: a change reads the file again. */
const LOAD_SETTINGS: readonly string[] = [
  'encoding',
  'delimiter',
  'sheet',
  'headerRow',
] satisfies LoadSetting[];

type Ticker = ReturnType<typeof createTicker>;

/**
 * The state machine of the import panel: a file is loaded (read and mapped), then analysed (every row read
 * and checked) whenever the mapping, the settings, the MRR table or the locale change. Each load and analysis
 * has a sequence number, so the answer of one that was overtaken or cancelled is dropped.
 */
export function useImportPanel({
  createClient,
  locale,
  t,
  pasteAnywhere,
}: {
  createClient: () => ImportClient;
  locale: string;
  t: ImportMessages;
  pasteAnywhere: boolean;
}) {
  const { clientRef, client } = useImportClient(createClient);
  const loadSeq = useRef(0);
  const [file, setFile] = useState<File | null>(null);
  const [settings, setSettings] = useState<ImportSettings>(AUTO_SETTINGS);
  const [summary, setSummary] = useState<FileSummary | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [mrr, setMrr] = useState<MrrSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [ticker] = useState(createTicker);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);

  const fail = useCallback(
    (e: unknown) => {
      ticker.emit(null);
      setBusy(false);
      setError(e instanceof ImportCancelledError ? t.cancelled : e instanceof Error ? e.message : String(e));
    },
    [ticker, t],
  );

  const { analysis, setAnalysis, analyseSeq, fullResult } = useAnalysis({
    summary,
    mapping,
    mrr,
    settings,
    locale,
    client,
    ticker,
    fail,
    setBusy,
  });

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
    [client, ticker, fail, analyseSeq, setAnalysis],
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
  }, [fail, clientRef, analyseSeq, setAnalysis]);

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

  return {
    settings,
    summary,
    mapping,
    setMapping,
    mrr,
    analysis,
    busy,
    ticker,
    error,
    applied,
    setApplied,
    paste,
    chooseFile,
    changeSetting,
    cancel,
    addMrr,
    removeMrr,
    fullResult,
  };
}

/** The import client, made on first use and disposed of when the panel unmounts. */
function useImportClient(createClient: () => ImportClient): {
  clientRef: RefObject<ImportClient | null>;
  client: () => ImportClient;
} {
  const clientRef = useRef<ImportClient | null>(null);
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
  return { clientRef, client };
}

/** What {@link useAnalysis} reads: the loaded file, its mapping and settings, and the panel's shared parts. */
interface AnalysisInput {
  summary: FileSummary | null;
  mapping: ColumnMapping | null;
  mrr: MrrSummary | null;
  settings: ImportSettings;
  locale: string;
  client: () => ImportClient;
  ticker: Ticker;
  fail: (e: unknown) => void;
  setBusy: Dispatch<SetStateAction<boolean>>;
}

/**
 * The analysis of the loaded file: re-reads every row whenever the mapping, the reading settings, the MRR
 * table or the locale change. `analyseSeq` numbers the analyses, so a load or cancel can drop the one running;
 * `fullResult` fetches the latest one's full result.
 */
function useAnalysis(input: AnalysisInput) {
  const analyseSeq = useRef(0);
  const [analysis, setAnalysis] = useState<AnalysisView | null>(null);
  const { summary, mapping, mrr, locale, client, ticker, fail, setBusy } = input;
  const { numberFormat, dateOrder, shape, snapshotYear } = input.settings;
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
  }, [
    summary,
    mapping,
    mrr,
    numberFormat,
    dateOrder,
    shape,
    snapshotYear,
    locale,
    client,
    ticker,
    fail,
    setBusy,
  ]);

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
  return { analysis, setAnalysis, analyseSeq, fullResult };
}
