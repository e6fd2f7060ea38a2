import { KamkitError } from '@kamkit/core';
import { render, screen } from '@testing-library/react';
import { jsx } from 'react/jsx-runtime';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { KaDashboard, KpiTiles } from '../src';
import { dashboardProps, kpiProps } from './conformance/composites';

/** The caller's own error, thrown by a getter: kept as the `cause` of the dashboard's `INVALID_OPTION`. */
class CallerError extends Error {}
/** `props` with an enumerable getter at `key` that throws a {@link CallerError} when read. */
function withThrowingGetter(props: object, key: string) {
  return Object.defineProperty({ ...props }, key, {
    enumerable: true,
    get() {
      throw new CallerError(key);
    },
  });
}

/** Renders `props` and returns the error `onError` received (asserting it was called exactly once). */
function renderError(Component: typeof KaDashboard | typeof KpiTiles, props: object) {
  const onError = vi.fn();
  // jsx() hands the props object to the component as it is, so a getter on it runs in the component's render.
  const { container } = render(jsx(Component as never, Object.assign(props, { onError }) as never));
  expect(onError).toHaveBeenCalledTimes(1);
  const error = onError.mock.calls[0]?.[0] as KamkitError;
  expect(error).toBeInstanceOf(KamkitError);
  return { container, error, root: container.firstElementChild as Element };
}

describe('KaDashboard error state', () => {
  it('shows NOT_ITERABLE for data={null} with its heading, and calls onError once', () => {
    const { root, error } = renderError(KaDashboard, { ...dashboardProps, data: null });
    expect(error.code).toBe('NOT_ITERABLE');
    expect(root.tagName).toBe('SECTION');
    expect(root).toHaveAttribute('data-error', 'NOT_ITERABLE');
    expect(screen.getByRole('heading', { name: 'Key account dashboard' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveClass('kamkit-error');
    expect(alert).toHaveTextContent(/Error code: NOT_ITERABLE/);
    // No chart is drawn beside the error.
    expect(root.querySelector('svg[role=img], .kamkit-dashboard__grid')).toBeNull();
  });

  it('shows core’s INVALID_OPTION for series={42}', () => {
    const { root, error } = renderError(KaDashboard, { ...dashboardProps, series: 42 });
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.field).toBe('series');
    expect(root).toHaveAttribute('data-error', 'INVALID_OPTION');
    expect(screen.getByRole('alert')).toHaveTextContent('INVALID_OPTION');
  });

  it('shows INVALID_OPTION with the caller’s error as cause for a throwing getter on currency', () => {
    const { root, error } = renderError(KaDashboard, withThrowingGetter(dashboardProps, 'currency'));
    expect(error.code).toBe('INVALID_OPTION');
    expect((error as { cause?: unknown }).cause).toBeInstanceOf(CallerError);
    expect(root).toHaveAttribute('data-error', 'INVALID_OPTION');
  });

  it('shows INVALID_OPTION for a throwing getter in messages.dashboard, in the language without it', () => {
    const messages = { dashboard: withThrowingGetter({}, 'dashboard') };
    const { error } = renderError(KaDashboard, { ...dashboardProps, messages, locale: 'de-DE' });
    expect((error as { cause?: unknown }).cause).toBeInstanceOf(CallerError);
    expect(screen.getByRole('alert')).toHaveTextContent(/Fehlercode: INVALID_OPTION/);
  });

  it('writes its error state in German for de-DE', () => {
    renderError(KaDashboard, { ...dashboardProps, data: null, locale: 'de-DE' });
    expect(screen.getByRole('heading', { name: 'Key-Account-Dashboard' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/Fehlercode: NOT_ITERABLE/);
    expect(alert).not.toHaveTextContent(/Error code/);
  });

  it('reports the same failure once across re-renders, and a new one again', () => {
    const onError = vi.fn();
    const messages = { common: withThrowingGetter({}, 'errorTitle') };
    const { rerender } = render(<KaDashboard {...dashboardProps} messages={messages} onError={onError} />);
    rerender(<KaDashboard {...dashboardProps} messages={messages} onError={onError} />);
    rerender(<KaDashboard {...dashboardProps} messages={messages} onError={() => onError('new handler')} />);
    expect(onError).toHaveBeenCalledTimes(1);
    rerender(<KaDashboard {...dashboardProps} width={Number.NaN} onError={onError} />);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[1]?.[0].field).toBe('width');
  });

  it('renders the error state on the server without throwing', () => {
    const html = renderToString(<KaDashboard {...dashboardProps} data={null as never} />);
    expect(html).toMatch(/<section[^>]*data-error="NOT_ITERABLE"/);
    expect(html).toContain('role="alert"');
    expect(() => renderToString(<KaDashboard {...dashboardProps} series={42 as never} />)).not.toThrow();
  });

  it('still draws the dashboard for valid props (no error block of its own)', () => {
    const { container } = render(<KaDashboard {...dashboardProps} />);
    expect(container.querySelector('section')).not.toHaveAttribute('data-error');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('KpiTiles error state', () => {
  it('shows INVALID_OPTION for a value that is not a core result, and calls onError once', () => {
    const { root, error } = renderError(KpiTiles, { ...kpiProps, movements: 42 });
    expect(error.code).toBe('INVALID_OPTION');
    expect(root).toHaveAttribute('data-error', 'INVALID_OPTION');
    expect(root).toHaveClass('kamkit-chart', 'kamkit-kpis');
    expect(screen.getByRole('alert')).toHaveTextContent(/Error code: INVALID_OPTION/);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows an error for a currency that is not an ISO code', () => {
    const { root } = renderError(KpiTiles, { ...kpiProps, currency: 'euros!' });
    expect(root).toHaveAttribute('data-error');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows INVALID_OPTION for a throwing getter on currency, the caller’s error as cause', () => {
    const props = withThrowingGetter(kpiProps, 'currency');
    const { error } = renderError(KpiTiles, props);
    expect((error as { cause?: unknown }).cause).toBeInstanceOf(CallerError);
    expect(screen.getByRole('alert')).toHaveTextContent(/Error code: INVALID_OPTION/);
  });

  it('writes its error state in German for de-DE, and renders it on the server', () => {
    renderError(KpiTiles, { ...kpiProps, churn: {}, locale: 'de-DE' });
    expect(screen.getByRole('alert')).toHaveTextContent(/Fehlercode: INVALID_OPTION/);
    const html = renderToString(<KpiTiles {...kpiProps} movements={42 as never} />);
    expect(html).toMatch(/<div[^>]*data-error="INVALID_OPTION"/);
  });
});
