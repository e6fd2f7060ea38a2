import { describe, expect, it } from 'vitest';
import { createImportClient, ImportCancelledError } from '../src/client';
import type { WorkerRequest, WorkerResponse } from '../src/protocol';
import { AUTO_SETTINGS } from '../src/types';

/** A stand-in Web Worker: records requests, answers when told, and notes whether it was terminated. */
class FakeWorker extends EventTarget {
  requests: WorkerRequest[] = [];
  terminated = false;
  postMessage(request: WorkerRequest) {
    this.requests.push(request);
  }
  reply(message: WorkerResponse) {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
  terminate() {
    this.terminated = true;
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const original = globalThis.Worker;
  // createImportClient only checks that Web Workers exist; the factory makes the fake.
  globalThis.Worker ??= FakeWorker as unknown as typeof Worker;
  const client = createImportClient({
    worker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
  });
  return { client, workers, restore: () => (globalThis.Worker = original) };
}

describe('createImportClient', () => {
  it('forwards progress and resolves with the worker’s answer', async () => {
    const { client, workers, restore } = setup();
    const seen: (number | null)[] = [];
    const loading = client.load(new Blob(['a']), 'a.csv', AUTO_SETTINGS, (p) => seen.push(p.fraction));
    const worker = workers[0]!;
    const id = worker.requests[0]!.id;
    worker.reply({ type: 'progress', id, progress: { stage: 'parsing', rows: 10, fraction: 0.5 } });
    worker.reply({ type: 'loaded', id, summary: { fileName: 'a.csv' } as never });
    await expect(loading).resolves.toEqual({ fileName: 'a.csv' });
    expect(seen).toEqual([0.5]);
    restore();
  });

  it('cancel stops the worker at once, rejects what is pending, and the next load starts a fresh worker', async () => {
    const { client, workers, restore } = setup();
    const loading = client.load(new Blob(['a']), 'big.csv', AUTO_SETTINGS);
    client.cancel();
    await expect(loading).rejects.toBeInstanceOf(ImportCancelledError);
    await expect(loading).rejects.toMatchObject({ code: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    void client.load(new Blob(['b']), 'b.csv', AUTO_SETTINGS).catch(() => {});
    expect(workers).toHaveLength(2);
    expect(workers[1]!.requests[0]).toMatchObject({ type: 'load', fileName: 'b.csv' });
    restore();
  });

  it('turns a worker failure into an ImportFileError with the worker’s message', async () => {
    const { client, workers, restore } = setup();
    const loading = client.load(new Blob(['a']), 'a.xls', AUTO_SETTINGS);
    const worker = workers[0]!;
    worker.reply({
      type: 'failed',
      id: worker.requests[0]!.id,
      message: 'This is an old Excel 97–2003 (.xls) file.',
    });
    await expect(loading).rejects.toThrow('This is an old Excel 97–2003 (.xls) file.');
    restore();
  });
});
