import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KamkitError } from '@kamkit/core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { messagesDe, messagesEn } from '../src/messages';
import type { ConformanceCase, SharedCheck } from './conformance/registry';
import { ALL, HOSTILE } from './conformance/registry';

/**
 * A shared check, or — where the entry says it does not apply — the entry's replacement, named with the reason.
 */
function shared(chart: ConformanceCase, key: SharedCheck, name: string, check: () => void) {
  const replacement = chart.instead?.[key];
  if (replacement)
    it(`${name}: does not apply (${replacement.reason}); instead, ${replacement.check}`, replacement.run);
  else it(name, check);
}

/** An object whose enumerable getter throws the caller's own error (not a KamkitError). */
class CallerError extends Error {}
const throwingGetter = () =>
  Object.defineProperty({}, 'value', {
    enumerable: true,
    get() {
      throw new CallerError('getter');
    },
  });

/** Every string of a catalogue subtree (plural forms included). */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (node && typeof node === 'object') return Object.values(node).flatMap(strings);
  return [];
}

/** The words (letters only, 4 or more) of some messages, placeholders removed. */
const words = (texts: string[]) =>
  new Set(
    texts.flatMap(
      (text) =>
        text
          .replace(/\{[^}]*\}/g, ' ')
          .toLowerCase()
          .match(/\p{L}{4,}/gu) ?? [],
    ),
  );

/** The text a reader meets: the root's text content and the accessible names and descriptions. */
function readable(root: Element): string {
  const named = root.querySelectorAll('[aria-label], [aria-roledescription], [title], [alt], [placeholder]');
  const labels = Array.from(named, (e) =>
    ['aria-label', 'aria-roledescription', 'title', 'alt', 'placeholder']
      .map((a) => e.getAttribute(a) ?? '')
      .join(' '),
  );
  return [root.textContent ?? '', ...labels].join(' ').toLowerCase();
}

describe.each(ALL)('$name conforms to the shared contract', (chart) => {
  const { Component, props } = chart;

  shared(chart, 'root', 'spreads unknown props to the root, merges className and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(<Component {...props} ref={ref} className="mine" data-testid="root" aria-busy="false" />);
    const root = screen.getByTestId('root');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('kamkit-chart', 'mine');
    expect(root).toHaveAttribute('aria-busy', 'false');
  });

  it('lets no layout option reach the DOM', () => {
    const { container } = render(<Component {...props} />);
    const root = container.firstElementChild as Element;
    for (const name of Object.keys(props)) {
      expect(root.hasAttribute(name), name).toBe(false);
      expect(root.hasAttribute(name.toLowerCase()), name).toBe(false);
    }
  });

  shared(chart, 'empty', 'says why it is empty', () => {
    render(<Component {...props} data={[]} />);
    const img = screen.getByRole('img');
    expect(img.querySelector('desc')?.textContent?.length).toBeGreaterThan(5);
  });

  const errors = chart.instead?.errors;
  if (errors)
    it(
      `shows its error state and calls onError: does not apply (${errors.reason}); instead, ${errors.check}`,
      errors.run,
    );
  else
    it.each([
      ['data={null}', { data: null }, 'NOT_ITERABLE'],
      ['width={NaN}', { width: Number.NaN }, 'INVALID_OPTION'],
      ["height='640px'", { height: '640px' }, 'INVALID_OPTION'],
      ['margin={{ left: NaN }}', { margin: { left: Number.NaN } }, 'INVALID_OPTION'],
      // A getter of the caller's that throws while the chart reads `messages` (common words or its family's).
      ['a throwing getter in messages.common', { messages: { common: throwingGetter() } }, 'INVALID_OPTION'],
      [
        `a throwing getter in messages.${chart.family}`,
        { messages: { [chart.family]: throwingGetter() } },
        'INVALID_OPTION',
      ],
    ])('shows its error state for %s and calls onError', (_, bad, code) => {
      const onError = vi.fn();
      const { container } = render(<Component {...props} {...bad} onError={onError} />);
      const root = container.firstElementChild as Element;
      expect(root).toHaveAttribute('data-error', code);
      expect(screen.getByRole('alert')).toHaveTextContent(code);
      const attributes = Array.from(container.querySelectorAll('*')).flatMap((e) =>
        Array.from(e.attributes, (a) => `${e.tagName}[${a.name}=${a.value}]`),
      );
      expect(attributes.filter((a) => /NaN|Infinity|\dpx\]/.test(a))).toEqual([]);
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(KamkitError);
      expect(onError.mock.calls[0]?.[0].code).toBe(code);
      // The caller's own error is kept as the cause (a getter's), never swallowed without a trace.
      if ('messages' in bad) expect(onError.mock.calls[0]?.[0].cause).toBeInstanceOf(CallerError);
    });

  shared(chart, 'errorGerman', 'writes its error state in German for de-DE', () => {
    render(<Component {...props} data={null} locale="de-DE" />);
    expect(screen.getByRole('alert')).toHaveTextContent(/Fehlercode: NOT_ITERABLE/);
  });

  it('renders hostile labels as text', () => {
    const { container } = render(<Component {...chart.hostile} table="visible" />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toContain(HOSTILE);
  });

  it('writes no English word of its catalogue with locale="de-DE"', () => {
    const english = words([...strings(messagesEn.common), ...strings(messagesEn[chart.family])]);
    const german = words([...strings(messagesDe.common), ...strings(messagesDe[chart.family])]);
    const onlyEnglish = [...english].filter((word) => !german.has(word));
    const foundIn = (text: string) =>
      onlyEnglish.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text));
    // The check can fail: the English render has such words.
    const english_ = render(<Component {...props} table="visible" />);
    expect(foundIn(readable(english_.container)).length).toBeGreaterThan(3);
    english_.unmount();
    const { container } = render(<Component {...props} locale="de-DE" currency="EUR" table="visible" />);
    expect(foundIn(readable(container))).toEqual([]);
    // The tooltip and the live region too, once the keyboard reaches an item.
    const explorer = container.querySelector<HTMLElement>('.kamkit-explorer[tabindex="0"]');
    if (explorer) act(() => fireEvent.focus(explorer));
    expect(foundIn(readable(container))).toEqual([]);
  });

  shared(chart, 'server', 'renders on the server without throwing, also for invalid data', () => {
    expect(renderToString(<Component {...props} />)).toContain('<svg');
    expect(renderToString(<Component {...props} data={null} />)).toContain('data-error');
  });

  shared(
    chart,
    'keyboard',
    'keyboard: one tab stop, arrows move the active item, Enter selects, Escape clears',
    () => {
      const onSelect = vi.fn();
      const onActiveChange = vi.fn();
      render(<Component {...props} onSelect={onSelect} onActiveChange={onActiveChange} />);
      const explorers = screen.getAllByRole('group');
      expect(explorers.filter((e) => e.tabIndex === 0)).toHaveLength(1);
      const explorer = explorers.find((e) => e.tabIndex === 0) as HTMLElement;
      fireEvent.focus(explorer);
      expect(onActiveChange).toHaveBeenLastCalledWith(expect.objectContaining(chart.first));
      fireEvent.keyDown(explorer, { key: 'ArrowRight' });
      expect(onActiveChange).toHaveBeenLastCalledWith(expect.objectContaining(chart.second));
      fireEvent.keyDown(explorer, { key: 'ArrowLeft' });
      fireEvent.keyDown(explorer, { key: 'Enter' });
      expect(onSelect).toHaveBeenCalledTimes(1);
      const item = onSelect.mock.calls[0]?.[0];
      expect(item).toMatchObject(chart.first);
      if (item.datum !== null) expect(item.datum).toBe(chart.firstDatum);
      expect(item.accounts).toContain(chart.firstDatum);
      expect(screen.getByRole('status')).toHaveTextContent(/selected/);
      expect(explorer.parentElement?.querySelector('[data-selected="true"]')).not.toBeNull();
      fireEvent.keyDown(explorer, { key: 'Escape' });
      expect(onSelect).toHaveBeenLastCalledWith(null);
      fireEvent.keyDown(explorer, { key: ' ' });
      expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining(chart.first));
    },
  );

  shared(chart, 'pointer', 'pointer: a click selects, a click on the selected item clears', () => {
    const onSelect = vi.fn();
    render(<Component {...props} onSelect={onSelect} />);
    const explorer = screen.getAllByRole('group').find((e) => e.tabIndex === 0) as HTMLElement;
    fireEvent.click(explorer);
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ kind: chart.first.kind }));
    fireEvent.click(explorer);
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  shared(chart, 'selected', 'controlled selectedId marks that item as selected', () => {
    const { container } = render(<Component {...props} selectedId={chart.first.id} />);
    expect(container.querySelector('svg [data-selected="true"]')).not.toBeNull();
  });

  shared(
    chart,
    'width',
    'lays out at its container width (text keeps its size), 640 before measuring',
    () => {
      const observers: ResizeObserverCallback[] = [];
      vi.stubGlobal(
        'ResizeObserver',
        class {
          constructor(callback: ResizeObserverCallback) {
            observers.push(callback);
          }
          observe() {}
          disconnect() {}
        },
      );
      const { container } = render(<Component {...props} />);
      const svg = () => container.querySelector('svg');
      expect(svg()).toHaveAttribute('width', '640');
      act(() => {
        for (const callback of observers)
          callback(
            [{ contentRect: { width: 390, height: 300 } } as ResizeObserverEntry],
            {} as ResizeObserver,
          );
      });
      expect(svg()).toHaveAttribute('width', '390');
      expect(svg()?.getAttribute('viewBox')).toMatch(/^0 0 390 /);
      vi.unstubAllGlobals();
    },
  );

  it('takes any common word from the messages prop', () => {
    const { container } = render(
      <Component {...props} table="toggle" messages={{ common: { showTable: 'Zahlen zeigen' } }} />,
    );
    const toggle = container.querySelector('.kamkit-table-toggle');
    if (toggle) expect(toggle).toHaveTextContent('Zahlen zeigen');
    expect(container.textContent).not.toContain('Show data table');
  });

  const toggle = chart.seriesToggle;
  it.runIf(toggle)(
    'toggles a series from its legend button: a native button (so Enter and Space too), the plot changes',
    () => {
      if (!toggle) return;
      const onHiddenSeriesChange = vi.fn();
      const { container } = render(<Component {...props} onHiddenSeriesChange={onHiddenSeriesChange} />);
      const plot = () => container.querySelector('svg')?.innerHTML;
      const shown = plot();
      const button = screen.getByRole('button', { name: toggle.name });
      // A <button type="button">: the platform turns Enter and Space into a click (pressed in Chromium by
      // test/browser/legend.browser.tsx).
      expect(button.tagName).toBe('BUTTON');
      expect(button).toHaveAttribute('type', 'button');
      expect(button).toHaveAttribute('aria-pressed', 'true');
      fireEvent.click(button);
      expect(button).toHaveAttribute('aria-pressed', 'false');
      expect(onHiddenSeriesChange).toHaveBeenLastCalledWith([toggle.id]);
      expect(plot()).not.toBe(shown);
      fireEvent.click(button);
      expect(button).toHaveAttribute('aria-pressed', 'true');
      expect(onHiddenSeriesChange).toHaveBeenLastCalledWith([]);
      expect(plot()).toBe(shown);
    },
  );

  it.runIf(toggle)('controlled hiddenSeries: the prop decides, a click only asks', () => {
    if (!toggle) return;
    const onHiddenSeriesChange = vi.fn();
    const { container, rerender } = render(
      <Component {...props} hiddenSeries={[]} onHiddenSeriesChange={onHiddenSeriesChange} />,
    );
    const plot = () => container.querySelector('svg')?.innerHTML;
    const shown = plot();
    const button = screen.getByRole('button', { name: toggle.name });
    fireEvent.click(button);
    expect(onHiddenSeriesChange).toHaveBeenLastCalledWith([toggle.id]);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(plot()).toBe(shown);
    rerender(<Component {...props} hiddenSeries={[toggle.id]} onHiddenSeriesChange={onHiddenSeriesChange} />);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(plot()).not.toBe(shown);
    // defaultHiddenSeries starts hidden without control.
    const other = render(<Component {...props} defaultHiddenSeries={[toggle.id]} />);
    expect(within(other.container).getByRole('button', { name: toggle.name })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  shared(
    chart,
    'tooltip',
    'shows renderTooltip content in the positioned container, and no tooltip with tooltip={false}',
    () => {
      const renderTooltip = (item: { id: string | number }) => (
        <span data-testid="custom">Item {String(item.id)}</span>
      );
      const { unmount } = render(<Component {...props} renderTooltip={renderTooltip} />);
      const explorer = screen.getAllByRole('group').find((e) => e.tabIndex === 0) as HTMLElement;
      act(() => fireEvent.focus(explorer));
      expect(screen.getByTestId('custom')).toHaveTextContent(`Item ${chart.first.id}`);
      expect(screen.getByTestId('custom').closest('.kamkit-tooltip')).not.toBeNull();
      unmount();
      const { container } = render(<Component {...props} tooltip={false} />);
      const quiet = screen.getAllByRole('group').find((e) => e.tabIndex === 0) as HTMLElement;
      act(() => fireEvent.focus(quiet));
      expect(container.querySelector('.kamkit-tooltip')).toBeNull();
    },
  );
});

// The package ships as two bundles (index, client), so `sideEffects: false` cannot drop a module an app does
// not use: the app's bundler drops unused top-level statements one by one, and keeps any top-level call it
// cannot prove free of side effects — with everything the call references (another chart's options, its
// layout). Each top-level `const X = call(…)` / `new …` is therefore marked `/* @__PURE__ */`.
const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const TOP_LEVEL_CALL =
  /^(?:export )?const [\w$]+(?::[^=]+)? = (?!\/\* @__PURE__ \*\/)(?:new |[\w$.]+(?:<[^=]*>)?\()/;

describe('bundle hygiene', () => {
  it('marks every top-level call /* @__PURE__ */, so apps drop what they do not import', () => {
    const offenders = files(src).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => [line, i + 1] as const)
        .filter(([line]) => TOP_LEVEL_CALL.test(line))
        .map(([line, n]) => `${path.relative(src, file)}:${n}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
