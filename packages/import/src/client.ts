import type { ColumnMapping } from './fields';
import type { WorkerRequest, WorkerResponse } from './protocol';
import {
  type AnalysisView,
  ImportFileError,
  ImportSession,
  type MrrSummary,
  type Progress,
  viewOf,
} from './session';
import type { FileSummary, ImportResult, ImportSettings } from './types';

/** Talks to the import worker (or, where there are no workers, runs the import in the page). */
export interface ImportClient {
  /** Reads a file and detects its settings and mapping. */
  load(
    file: Blob,
    fileName: string,
    settings: ImportSettings,
    onProgress?: (p: Progress) => void,
  ): Promise<FileSummary>;
  /** Reads a monthly MRR table to import beside the accounts file ({@link ImportSession.loadMrr}). */
  loadMrr(
    file: Blob,
    fileName: string,
    settings: ImportSettings,
    onProgress?: (p: Progress) => void,
  ): Promise<MrrSummary>;
  /** Forgets the monthly MRR table. */
  clearMrr(): Promise<void>;
  /** Reads every row for a mapping and settings; resolves with settings, preview and counts. */
  analyse(
    mapping: ColumnMapping,
    settings: ImportSettings,
    locale: string,
    onProgress?: (p: Progress) => void,
  ): Promise<AnalysisView>;
  /** The full result (every account and issue) of the latest `analyse`. */
  result(): Promise<ImportResult>;
  /**
   * Stops what is running: pending requests reject with an {@link ImportCancelledError} and the loaded file
   * is forgotten (load it again to continue).
   */
  cancel(): void;
  /** Stops the worker for good. */
  dispose(): void;
}

/**
 * Runs the import in the calling thread: for Node, tests and environments without Web Workers. Its `cancel`
 * does nothing (the work runs to its end before anything else can run).
 */
export function createInlineImportClient(): ImportClient {
  const session = new ImportSession();
  return {
    async load(file, fileName, settings, onProgress) {
      return session.load(new Uint8Array(await file.arrayBuffer()), fileName, settings, onProgress);
    },
    async loadMrr(file, fileName, settings, onProgress) {
      return session.loadMrr(new Uint8Array(await file.arrayBuffer()), fileName, settings, onProgress);
    },
    async clearMrr() {
      session.clearMrr();
    },
    async analyse(mapping, settings, locale, onProgress) {
      return viewOf(session.analyse(mapping, settings, locale, onProgress));
    },
    async result() {
      const result = session.lastResult();
      if (!result) throw new ImportFileError('Nothing has been read yet.');
      return result;
    },
    cancel() {},
    dispose() {},
  };
}

/** Options of {@link createImportClient}. */
export interface ImportClientOptions {
  /**
   * Makes the Web Worker that runs the import: a module worker of `@kamkit/import/worker`, made the way the
   * app's bundler makes workers. Vite: `import ImportWorker from '@kamkit/import/worker?worker'` and
   * `worker: () => new ImportWorker()`; webpack 5 and others:
   * `() => new Worker(new URL('@kamkit/import/worker', import.meta.url), { type: 'module' })`.
   * Without it (or where `Worker` does not exist) the import runs in the calling thread
   * ({@link createInlineImportClient}).
   */
  worker?: () => Worker;
}

/** The error a request rejects with when {@link ImportClient.cancel} stopped it; `code` is `'cancelled'`. */
export class ImportCancelledError extends ImportFileError {
  override name = 'ImportCancelledError';
  readonly code = 'cancelled';
  constructor() {
    super('The import was cancelled.');
  }
}

/**
 * Runs the import in a Web Worker made by `options.worker`, so reading and checking a large file does not
 * freeze the page; progress comes back as it goes. {@link ImportClient.cancel} stops the worker at once
 * (a running parse cannot be interrupted any other way) and rejects what was pending with an
 * {@link ImportCancelledError}; the next `load` starts a fresh worker. Errors reject with an
 * {@link ImportFileError} whose message is meant for the user.
 *
 * @example
 * import ImportWorker from '@kamkit/import/worker?worker'; // Vite
 * const client = createImportClient({ worker: () => new ImportWorker() });
 * const summary = await client.load(file, file.name, AUTO_SETTINGS, (p) => console.log(p.rows));
 */
export function createImportClient(options: ImportClientOptions = {}): ImportClient {
  const make = options.worker;
  if (!make || typeof Worker === 'undefined') return createInlineImportClient();
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (value: never) => void; reject: (error: Error) => void; onProgress?: (p: Progress) => void }
  >();
  const rejectAll = (error: Error) => {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    if (worker) return worker;
    const started = make();
    started.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const request = pending.get(message.id);
      if (!request) return;
      if (message.type === 'progress') {
        request.onProgress?.(message.progress);
        return;
      }
      pending.delete(message.id);
      if (message.type === 'failed') request.reject(new ImportFileError(message.message));
      else if (message.type === 'loaded') request.resolve(message.summary as never);
      else if (message.type === 'mrr-loaded') request.resolve(message.mrr as never);
      else if (message.type === 'analysed') request.resolve(message.analysis as never);
      else request.resolve(message.result as never);
    });
    started.addEventListener('error', (event) => {
      rejectAll(new ImportFileError(`The import worker failed: ${event.message || 'unknown error'}`));
    });
    worker = started;
    return started;
  };
  const send = <T>(request: WorkerRequest, onProgress?: (p: Progress) => void) =>
    new Promise<T>((resolve, reject) => {
      pending.set(request.id, { resolve: resolve as (value: never) => void, reject, onProgress });
      start().postMessage(request);
    });
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  return {
    load: (file, fileName, settings, onProgress) =>
      send<FileSummary>({ type: 'load', id: nextId++, file, fileName, settings }, onProgress),
    loadMrr: (file, fileName, settings, onProgress) =>
      send<MrrSummary>({ type: 'load-mrr', id: nextId++, file, fileName, settings }, onProgress),
    clearMrr: () => send<void>({ type: 'clear-mrr', id: nextId++ }),
    analyse: (mapping, settings, locale, onProgress) =>
      send<AnalysisView>({ type: 'analyse', id: nextId++, mapping, settings, locale }, onProgress),
    result: () => send<ImportResult>({ type: 'result', id: nextId++ }),
    cancel: () => {
      stop();
      rejectAll(new ImportCancelledError());
    },
    dispose: () => {
      stop();
      pending.clear();
    },
  };
}
