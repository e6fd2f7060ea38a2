import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParetoChart } from '../src';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const accounts = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    name: `Account ${i}`,
    revenue: Math.round(1e7 / (i + 1)),
  }));

function Charts() {
  return (
    <main>
      <ParetoChart data={accounts(12)} value="revenue" label="name" width={640} height={360} />
      <ParetoChart data={accounts(2000)} value="revenue" label="name" width={640} height={360} />
    </main>
  );
}

describe('Rects in the browser', () => {
  it('hydrates the server’s markup with elements: no warning (React’s development build), the same nodes', async () => {
    // The server's HTML, rendered where there is no document (the bars as one markup string).
    vi.stubGlobal('document', undefined);
    const server = renderToString(<Charts />);
    vi.unstubAllGlobals();
    expect(typeof document).toBe('object');
    expect(server).toContain('data-binned="true"');

    const container = document.createElement('div');
    container.innerHTML = server;
    document.body.append(container);
    const before = Array.from(container.querySelectorAll('rect.kamkit-bar'));
    expect(before.length).toBeGreaterThan(12 + 100);
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <Charts />, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    const after = Array.from(container.querySelectorAll('rect.kamkit-bar'));
    expect(after).toHaveLength(before.length);
    expect(after.every((rect, i) => rect === before[i])).toBe(true);
    container.remove();
  });
});
