// @vitest-environment node
// Server rendering without a `document`, as in Node: charts write their bars as one markup string (see Rects).
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParetoChart } from '../src';
import type { RectAttributes } from '../src/primitives/Rects';
import { Rects } from '../src/primitives/Rects';

// The client entry's explorer, tagged as React's server build tags a client component's export when
// `asClientReference` is set (what the chart's modules see inside a React Server Component).
const client = vi.hoisted(() => ({ asClientReference: false }));
vi.mock('../src/client', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/client')>();
  const Explorer = (props: Parameters<typeof original.Explorer>[0]) => original.Explorer(props);
  Object.defineProperty(Explorer, '$$typeof', {
    get: () => (client.asClientReference ? Symbol.for('react.client.reference') : undefined),
  });
  return { ...original, Explorer };
});

/** Renders `element` twice: as on a server (no `document`), and as in a browser (a `document` exists). */
function bothWays(element: ReactElement) {
  expect(typeof document).toBe('undefined');
  const server = renderToString(element);
  vi.stubGlobal('document', {});
  const browser = renderToString(element);
  vi.unstubAllGlobals();
  return { server, browser };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  client.asClientReference = false;
});

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

  it('writes numbers React warns about as React writes them, and leaves out null', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const items = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e-7, -0];
    const element = (
      <svg role="img" aria-label="Rects">
        <Rects
          className="g"
          items={items}
          attributes={(v) => ({ x: v, y: 0, width: 1, height: 1, 'data-none': null })}
        />
      </svg>
    );
    const { server, browser } = bothWays(element);
    expect(server).toBe(browser);
    expect(server).toContain('<rect x="NaN" y="0" width="1" height="1"></rect><rect x="Infinity" ');
    expect(server).toContain('<rect x="-Infinity" ');
    expect(server).toContain('<rect x="1e-7" ');
    expect(server).toContain('<rect x="0" ');
    expect(server).not.toContain('data-none');
    // React's development build warns about NaN in its element rendering; the markup path does not.
    expect(errors).toHaveBeenCalled();
  });

  it('refuses attribute names it cannot write as React would, instead of writing them', () => {
    const bad = ['style', 'strokeWidth', 'fill', 'data-x onload=alert(1) y', 'data-X'];
    for (const name of bad) {
      const attributes = () =>
        ({ x: 0, y: 0, width: 1, height: 1, [name]: '1' }) as unknown as RectAttributes;
      const element = (
        <svg role="img" aria-label="Rects">
          <Rects className="g" items={[1]} markup attributes={attributes} />
        </svg>
      );
      expect(() => renderToString(element), name).toThrow(
        `Rects: "${name}" is not an attribute it can write.`,
      );
    }
  });

  it('renders elements inside a React Server Component (no markup reaches the browser as innerHTML)', () => {
    const props = {
      className: 'g',
      items: [1, 2],
      attributes: (i: number) => ({ x: i, y: 0, width: 1, height: 1 }),
    };
    expect(Rects(props).props.dangerouslySetInnerHTML).toBeDefined();
    client.asClientReference = true;
    const inServerComponent = Rects(props);
    expect(inServerComponent.props.dangerouslySetInnerHTML).toBeUndefined();
    expect(inServerComponent.props.children).toHaveLength(2);
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
