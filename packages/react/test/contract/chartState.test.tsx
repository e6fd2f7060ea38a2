import { act, fireEvent, render, screen } from '@testing-library/react';
import { forwardRef, type Ref } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParetoChart } from '../../src';
import { splitProps } from '../../src/contract/options';
import type { SeriesToggleProps } from '../../src/contract/types';
import { useChart } from '../../src/contract/useChart';
import { ChartFrame } from '../../src/primitives/ChartFrame';

const accounts = Array.from({ length: 30 }, (_, i) => ({
  id: `a${i}`,
  name: `Account ${i}`,
  value: 1000 / (i + 1),
}));

/** A minimal chart with two series, to test the legend toggles through useChart. */
const SeriesChart = forwardRef(function SeriesChart(
  props: SeriesToggleProps & { width?: number },
  ref: Ref<HTMLDivElement>,
) {
  const [options, rest] = splitProps(props, ['width'] as const);
  const chart = useChart(rest, {
    kind: 'test',
    ref,
    width: options.width ?? 300,
    height: 100,
    locale: undefined,
    messages: undefined,
  });
  return (
    <ChartFrame
      {...chart.frame}
      title="Series"
      description="Two series"
      legend={[
        { id: 'growth', label: 'Growth', color: 'var(--_accent)' },
        { id: 'harmony', label: 'Harmony', color: 'var(--_line)' },
      ]}
    >
      {chart.isHidden('growth') ? null : <rect data-series="growth" />}
      {chart.isHidden('harmony') ? null : <rect data-series="harmony" />}
    </ChartFrame>
  );
});

describe('legend toggles', () => {
  it('are buttons with aria-pressed that hide and show a series, by click and keyboard (native buttons)', () => {
    const onHiddenSeriesChange = vi.fn();
    const { container } = render(<SeriesChart onHiddenSeriesChange={onHiddenSeriesChange} />);
    const growth = screen.getByRole('button', { name: 'Growth' });
    expect(growth).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(growth);
    expect(onHiddenSeriesChange).toHaveBeenLastCalledWith(['growth']);
    expect(growth).toHaveAttribute('aria-pressed', 'false');
    expect(container.querySelector('[data-series="growth"]')).toBeNull();
    fireEvent.click(growth);
    expect(onHiddenSeriesChange).toHaveBeenLastCalledWith([]);
    expect(container.querySelector('[data-series="growth"]')).not.toBeNull();
  });

  it('follow hiddenSeries when controlled', () => {
    const onHiddenSeriesChange = vi.fn();
    const { container } = render(
      <SeriesChart hiddenSeries={['harmony']} onHiddenSeriesChange={onHiddenSeriesChange} />,
    );
    expect(screen.getByRole('button', { name: 'Harmony' })).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(screen.getByRole('button', { name: 'Harmony' }));
    expect(onHiddenSeriesChange).toHaveBeenLastCalledWith([]);
    // Still hidden: the caller did not change the prop.
    expect(container.querySelector('[data-series="harmony"]')).toBeNull();
  });
});

describe('controlled and uncontrolled ids', () => {
  it('starts from defaultSelectedId, and follows activeId when controlled', () => {
    const onActiveChange = vi.fn();
    const { container, rerender } = render(
      <ParetoChart data={accounts} defaultSelectedId="a3" activeId="a1" onActiveChange={onActiveChange} />,
    );
    expect(container.querySelectorAll('svg [data-selected="true"]')).toHaveLength(1);
    expect(container.querySelector('rect[data-rank="4"]')).toHaveAttribute('data-selected', 'true');
    const explorer = screen.getByRole('group');
    expect(explorer).toHaveAttribute('data-active-index', '1');
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(onActiveChange).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'a2' }));
    // Controlled: the active item moves only when the prop does.
    expect(explorer).toHaveAttribute('data-active-index', '1');
    rerender(
      <ParetoChart data={accounts} defaultSelectedId="a3" activeId="a2" onActiveChange={onActiveChange} />,
    );
    expect(explorer).toHaveAttribute('data-active-index', '2');
  });
});

describe('responsive width', () => {
  const observers: { callback: ResizeObserverCallback; element?: Element }[] = [];
  class FakeResizeObserver {
    record: { callback: ResizeObserverCallback; element?: Element };
    constructor(callback: ResizeObserverCallback) {
      this.record = { callback };
      observers.push(this.record);
    }
    observe(element: Element) {
      this.record.element = element;
    }
    disconnect() {}
  }
  afterEach(() => {
    vi.unstubAllGlobals();
    observers.length = 0;
  });

  const resize = (width: number) =>
    act(() => {
      for (const o of observers)
        o.callback(
          [{ contentRect: { width, height: 300 } } as ResizeObserverEntry],
          o as unknown as ResizeObserver,
        );
    });

  it('lays out at the container width (not scaled), and a width prop wins', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { container } = render(<ParetoChart data={accounts} />);
    expect(container.querySelector('svg')).toHaveAttribute('viewBox', '0 0 640 360');
    resize(390);
    expect(container.querySelector('svg')).toHaveAttribute('viewBox', '0 0 390 360');
    expect(container.querySelector('svg')).toHaveAttribute('width', '390');
    const fixed = render(<ParetoChart data={accounts} width={500} />);
    resize(300);
    expect(fixed.container.querySelector('svg')).toHaveAttribute('width', '500');
  });

  it('hydrates the server markup (640 px) without a mismatch, then follows the container', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const element = <ParetoChart data={accounts} label="name" />;
    const host = document.createElement('div');
    host.innerHTML = renderToString(element);
    document.body.appendChild(host);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    act(() => {
      hydrateRoot(host, element, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    resize(420);
    expect(host.querySelector('svg')).toHaveAttribute('width', '420');
    errors.mockRestore();
    host.remove();
  });
});

describe('error policy', () => {
  it('reports an error once, however often the chart renders with a new onError', () => {
    const calls: unknown[] = [];
    const { rerender } = render(<ParetoChart data={accounts} width={-1} onError={(e) => calls.push(e)} />);
    rerender(<ParetoChart data={accounts} width={-1} onError={(e) => calls.push(e)} />);
    rerender(<ParetoChart data={accounts} width={-1} onError={(e) => calls.push(e)} />);
    expect(calls).toHaveLength(1);
  });

  it('names the size and the value it got, in the chart language', () => {
    render(<ParetoChart data={accounts} width={Number.NaN} locale="de-DE" />);
    expect(screen.getByRole('alert')).toHaveTextContent('width ist keine gültige Pixelzahl: NaN.');
    render(<ParetoChart data={accounts} margin={{ top: -4 }} />);
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent(
      'margin.top is not a usable number of pixels: -4.',
    );
  });

  it('shows an accessor that throws and an invalid cutoff as the error state, never throwing', () => {
    const onError = vi.fn();
    const boom = () => {
      throw new Error('boom');
    };
    const { container, rerender } = render(<ParetoChart data={accounts} value={boom} onError={onError} />);
    expect(container.firstElementChild).toHaveAttribute('data-error', 'INVALID_OPTION');
    expect(onError.mock.calls[0]?.[0].cause).toBeInstanceOf(Error);
    rerender(<ParetoChart data={accounts} cutoff={2} onError={onError} />);
    expect(onError).toHaveBeenLastCalledWith(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'cutoff' }),
    );
    rerender(<ParetoChart data={accounts} />);
    expect(container.firstElementChild).not.toHaveAttribute('data-error');
  });

  it('says why records were left out, by reason, and warns in development naming the field', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = [
      { id: 'a', revenue: 10 },
      { id: 'b', revenue: '12' },
      { id: 'c', revenue: '7' },
      { id: 'd', revenue: null },
    ];
    render(<ParetoChart data={data} value="revenue" />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /Left out: 2 values are text, not numbers; 1 value is missing\.$/,
    );
    const german = render(<ParetoChart data={data.slice(1)} value="revenue" locale="de-DE" />);
    // The empty state says why on the chart too, not only in its description.
    expect(german.container.querySelector('.kamkit-empty__detail')).toHaveTextContent(
      'Ausgelassen: 2 Werte sind Text statt Zahlen; 1 Wert fehlt.',
    );
    expect(screen.getAllByRole('img')[1]).toHaveAccessibleDescription(
      'Keine Konten mit positivem Umsatz. Ausgelassen: 2 Werte sind Text statt Zahlen; 1 Wert fehlt.',
    );
    expect(warn.mock.calls.some(([m]) => /field "revenue"/.test(String(m)))).toBe(true);
    warn.mockRestore();
  });
});
