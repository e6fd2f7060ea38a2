// @vitest-environment node
// Server rendering without a `document`, as in Node: charts write their bars as one markup string (see Rects).
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParetoChart } from '../src';
import { Rects } from '../src/primitives/Rects';

/** Renders `element` twice: as on a server (no `document`), and as in a browser (a `document` exists). */
function bothWays(element: ReactElement) {
  expect(typeof document).toBe('undefined');
  const server = renderToString(element);
  vi.stubGlobal('document', {});
  const browser = renderToString(element);
  vi.unstubAllGlobals();
  return { server, browser };
}

afterEach(() => vi.unstubAllGlobals());

const accounts = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    name: i === 0 ? 'Bargain "Basement" & <Sons> Holding of the Long-Named Territories Ltd' : `Account ${i}`,
    revenue: Math.round(1e6 / (1 + ((i * 7919) % Math.max(1, n)))) + (i % 3),
  }));

describe('Rects on the server', () => {
  it('writes a Pareto chart’s bars as markup, the same HTML as one element per bar', () => {
    for (const n of [1, 2, 40, 10_000]) {
      const { server, browser } = bothWays(
        <ParetoChart data={accounts(n)} value="revenue" label="name" width={640} height={360} />,
      );
      expect(server).toBe(browser);
      expect(server).toContain(
        '<g class="kamkit-bars"><rect class="kamkit-bar" data-vital="true" data-rank="1" ',
      );
      expect(server.match(/<rect class="kamkit-bar"/g)?.length).toBe(n === 10_000 ? 524 : n);
    }
  });

  it('writes each attribute as React does: numbers, escaped strings, undefined left out, in order', () => {
    const items = [
      { x: 1.5, y: -0, label: 'a "quoted" & <tagged> \'name\'', count: undefined as number | undefined },
      { x: -1.25, y: 1e21, label: '', count: 3 },
    ];
    const element = (
      <svg role="img" aria-label="Rects">
        <Rects
          className="kamkit-test"
          items={items}
          attributes={(item) => ({
            className: 'kamkit-rect',
            'data-label': item.label,
            'data-count': item.count,
            x: item.x,
            y: item.y,
            width: 2,
            height: 3,
          })}
        />
      </svg>
    );
    const { server, browser } = bothWays(element);
    expect(server).toBe(browser);
    expect(server).toContain(
      '<rect class="kamkit-rect" data-label="a &quot;quoted&quot; &amp; &lt;tagged&gt; &#x27;name&#x27;" x="1.5" y="0" width="2" height="3"></rect>',
    );
    expect(server).toContain(
      '<rect class="kamkit-rect" data-label="" data-count="3" x="-1.25" y="1e+21" width="2" height="3"></rect>',
    );
  });

  it('chooses markup where there is no document, elements where there is one', () => {
    const props = {
      className: 'g',
      items: [1, 2],
      attributes: (i: number) => ({ x: i, y: 0, width: 1, height: 1 }),
    };
    const onServer = Rects(props);
    expect(onServer.props.dangerouslySetInnerHTML).toEqual({
      __html: '<rect x="1" y="0" width="1" height="1"></rect><rect x="2" y="0" width="1" height="1"></rect>',
    });
    vi.stubGlobal('document', {});
    const inBrowser = Rects(props);
    expect(inBrowser.props.dangerouslySetInnerHTML).toBeUndefined();
    expect(inBrowser.props.children).toHaveLength(2);
    expect(Rects({ ...props, markup: true }).props.dangerouslySetInnerHTML).toBeDefined();
  });

  it('renders an empty group for no items', () => {
    const { server, browser } = bothWays(
      <svg role="img" aria-label="Rects">
        <Rects className="g" items={[]} attributes={() => ({ x: 0, y: 0, width: 0, height: 0 })} />
      </svg>,
    );
    expect(server).toBe('<svg role="img" aria-label="Rects"><g class="g"></g></svg>');
    expect(browser).toBe(server);
  });
});
