import type { ColumnMapping } from './fields';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { type AnalysisView, ImportFileError, ImportSession, type Progress, viewOf } from './session';
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
  /** Reads every row for a mapping and settings; resolves with settings, preview and counts. */
  analyse(
    mapping: ColumnMapping,
    settings: ImportSettings,
    locale: string,
    onProgress?: (p: Progress) => void,
  ): Promise<AnalysisView>;
  /** The full result (every account and issue) of the latest `analyse`. */
  result(): Promise<ImportResult>;
  /** Stops the worker. */
  dispose(): void;
}

/** Runs the import in the calling thread: for tests and environments without Web Workers. */
export function createInlineImportClient(): ImportClient {
  const session = new ImportSession();
  return {
    async load(file, fileName, settings, onProgress) {
      return session.load(new Uint8Array(await file.arrayBuffer()), fileName, settings, onProgress);
    },
    async analyse(mapping, settings, locale, onProgress) {
      return viewOf(session.analyse(mapping, settings, locale, onProgress));
    },
    async result() {
      const result = session.lastResult();
      if (!result) throw new ImportFileError('Nothing has been read yet.');
      return result;
    },
    dispose() {},
  };
}

/**
 * Starts the import worker (`import.worker.ts`, bundled by Vite as a module worker). Falls back to
 * {@link createInlineImportClient} where `Worker` does not exist. Errors reject with an `ImportFileError`
 * whose message is meant for the user.
 */
export function createImportClient(): ImportClient {
  if (typeof Worker === 'undefined') return createInlineImportClient();
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (value: never) => void; reject: (error: Error) => void; onProgress?: (p: Progress) => void }
  >();
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
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
    else if (message.type === 'analysed') request.resolve(message.analysis as never);
    else request.resolve(message.result as never);
  });
  worker.addEventListener('error', (event) => {
    for (const request of pending.values())
      request.reject(new ImportFileError(`The import worker failed: ${event.message || 'unknown error'}`));
    pending.clear();
  });
  const send = <T>(request: WorkerRequest, onProgress?: (p: Progress) => void) =>
    new Promise<T>((resolve, reject) => {
      pending.set(request.id, { resolve: resolve as (value: never) => void, reject, onProgress });
      worker.postMessage(request);
    });
  return {
    load: (file, fileName, settings, onProgress) =>
      send<FileSummary>({ type: 'load', id: nextId++, file, fileName, settings }, onProgress),
    analyse: (mapping, settings, locale, onProgress) =>
      send<AnalysisView>({ type: 'analyse', id: nextId++, mapping, settings, locale }, onProgress),
    result: () => send<ImportResult>({ type: 'result', id: nextId++ }),
    dispose: () => {
      worker.terminate();
      pending.clear();
    },
  };
}
