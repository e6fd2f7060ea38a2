import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Rects } from '../src/primitives/Rects';

afterEach(() => vi.restoreAllMocks());

const bars = Array.from({ length: 30 }, (_, i) => ({ rank: i + 1, x: i * 10.25, vital: i < 6 }));

function Bars({ markup }: { markup?: boolean }) {
  return (
    <svg viewBox="0 0 400 100" role="img" aria-label="Bars">
      <Rects
        className="kamkit-bars"
        items={bars}
        markup={markup}
        keyOf={(bar) => bar.rank}
        attributes={(bar) => ({
          className: 'kamkit-bar',
          'data-vital': bar.vital ? 'true' : 'false',
          'data-rank': bar.rank,
          x: bar.x,
          y: 10,
          width: 8,
          height: 90,
        })}
      />
    </svg>
  );
}

describe('Rects in the browser', () => {
  it('renders elements, and hydrates the server’s markup without a mismatch, keeping its nodes', async () => {
    const server = renderToString(<Bars markup />);
    expect(server).toBe(renderToString(<Bars markup={false} />));
    const container = document.createElement('div');
    container.innerHTML = server;
    document.body.append(container);
    const before = Array.from(container.querySelectorAll('rect.kamkit-bar'));
    expect(before).toHaveLength(30);
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <Bars />, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    const after = Array.from(container.querySelectorAll('rect.kamkit-bar'));
    expect(after).toHaveLength(30);
    expect(after.every((rect, i) => rect === before[i])).toBe(true);
    expect(after[5]?.getAttribute('data-vital')).toBe('true');
    expect(after[6]?.getAttribute('x')).toBe('61.5');
    container.remove();
  });
});
