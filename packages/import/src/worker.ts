// The import's Web Worker (`@kamkit/import/worker`): reads, parses and validates files off the main thread, so
// a large file does not freeze the page. A thin adapter around ImportSession; the page talks to it through
// createImportClient. Outside a worker scope (Node, a page that imports it by mistake) it does nothing.
import type { WorkerRequest, WorkerResponse } from './protocol';
import { ImportFileError, ImportSession, type Progress, viewOf } from './session';

/** The parts of the worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const isWorker =
  typeof self !== 'undefined' && typeof (self as { importScripts?: unknown }).importScripts === 'function';
const scope = (isWorker ? self : null) as unknown as WorkerScope | null;
const session = new ImportSession();
const post = (message: WorkerResponse) => scope?.postMessage(message);

scope?.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let last = 0;
  const progress = (p: Progress) => {
    const now = Date.now();
    if (now - last < 100 && p.fraction !== 1) return;
    last = now;
    post({ type: 'progress', id: request.id, progress: p });
  };
  try {
    if (request.type === 'load') {
      const bytes = new Uint8Array(await request.file.arrayBuffer());
      const summary = await session.load(bytes, request.fileName, request.settings, progress);
      post({ type: 'loaded', id: request.id, summary });
    } else if (request.type === 'load-mrr') {
      const bytes = new Uint8Array(await request.file.arrayBuffer());
      const mrr = await session.loadMrr(bytes, request.fileName, request.settings, progress);
      post({ type: 'mrr-loaded', id: request.id, mrr });
    } else if (request.type === 'clear-mrr') {
      session.clearMrr();
      post({ type: 'mrr-loaded', id: request.id, mrr: null });
    } else if (request.type === 'analyse') {
      const analysis = session.analyse(request.mapping, request.settings, request.locale, progress);
      post({ type: 'analysed', id: request.id, analysis: viewOf(analysis) });
    } else {
      const result = session.lastResult();
      if (!result) throw new Error('Nothing has been read yet.');
      post({ type: 'result', id: request.id, result });
    }
  } catch (error) {
    const message =
      error instanceof ImportFileError
        ? error.message
        : `The file could not be read: ${error instanceof Error ? error.message : String(error)}`;
    post({ type: 'failed', id: request.id, message });
  }
});
