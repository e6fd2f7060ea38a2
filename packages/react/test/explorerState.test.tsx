import { act, fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChartItem } from '../src/contract/types';
import { Explorer } from '../src/interaction/Explorer';
import type { ExplorerPoint } from '../src/primitives/types';

const points: ExplorerPoint[] = ['A', 'B', 'C'].map((name, i) => ({
  item: { id: name.toLowerCase(), kind: 'account', datum: { name }, accounts: [] } as ChartItem<unknown>,
  x: 10 + i * 40,
  y: 50,
  title: name,
  lines: [`Value: ${i + 1}`],
}));

/** A parent that controls the explorer's active item through its own state. */
function Parent() {
  const [id, setId] = useState<string | number | null>(null);
  return (
    <Explorer
      points={points}
      width={200}
      height={100}
      label="Chart"
      activeId={id}
      onActiveChange={(item) => setId(item?.id ?? null)}
    />
  );
}

const explorer = (container: Element) => container.querySelector('.kamkit-explorer') as HTMLElement;

describe('Explorer state', () => {
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  afterEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  });

  it('renders a pointer move before the next task (in the frame it was dispatched in), not after it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    // Mounted in act, so that its effects (the store's subscription) have run; then outside act, as in a
    // browser: there React renders a continuous-event setState in a later task, and the explorer would still
    // be unchanged after the microtasks below.
    await act(async () => root.render(<Explorer points={points} width={200} height={100} label="Chart" />));
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const target = explorer(host);
    expect(target.dataset.activeIndex).toBeUndefined();
    // jsdom's zero-sized box: the move activates the first point.
    target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    await Promise.resolve();
    await Promise.resolve();
    expect(target.dataset.activeIndex).toBe('0');
    expect(host.querySelector('[role="status"]')?.textContent).toBe('A. Value: 1');
    root.unmount();
    host.remove();
  });

  it('calls onActiveChange once per change, uncontrolled, and keeps the keys', () => {
    const onActiveChange = vi.fn();
    const { container } = render(
      <Explorer points={points} width={200} height={100} label="Chart" onActiveChange={onActiveChange} />,
    );
    const target = explorer(container);
    fireEvent.pointerMove(target);
    fireEvent.pointerMove(target);
    expect(onActiveChange).toHaveBeenCalledTimes(1);
    expect(onActiveChange).toHaveBeenLastCalledWith(points[0]?.item);
    fireEvent.keyDown(target, { key: 'ArrowRight' });
    expect(target.dataset.activeIndex).toBe('1');
    expect(onActiveChange).toHaveBeenCalledTimes(2);
    expect(onActiveChange).toHaveBeenLastCalledWith(points[1]?.item);
    fireEvent.keyDown(target, { key: 'Escape' });
    expect(target.dataset.activeIndex).toBeUndefined();
    expect(onActiveChange).toHaveBeenLastCalledWith(null);
    expect(onActiveChange).toHaveBeenCalledTimes(3);
  });

  it('follows a controlled activeId and only asks for changes', () => {
    const onActiveChange = vi.fn();
    const { container, rerender } = render(
      <Explorer
        points={points}
        width={200}
        height={100}
        label="Chart"
        activeId="c"
        onActiveChange={onActiveChange}
      />,
    );
    const target = explorer(container);
    expect(target.dataset.activeIndex).toBe('2');
    fireEvent.keyDown(target, { key: 'Home' });
    expect(onActiveChange).toHaveBeenCalledWith(points[0]?.item);
    expect(target.dataset.activeIndex).toBe('2');
    rerender(<Explorer points={points} width={200} height={100} label="Chart" activeId={null} />);
    expect(target.dataset.activeIndex).toBeUndefined();
  });

  it('is controlled through state by a parent, the answer in the same act', () => {
    const { container } = render(<Parent />);
    const target = explorer(container);
    act(() => {
      target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    });
    expect(target.dataset.activeIndex).toBe('0');
  });

  it('keeps an uncontrolled selection from defaultSelectedId, and announces it', () => {
    const onSelect = vi.fn();
    const { container } = render(
      <Explorer
        points={points}
        width={200}
        height={100}
        label="Chart"
        defaultSelectedId="b"
        onSelect={onSelect}
      />,
    );
    const target = explorer(container);
    expect(target.dataset.selectedIndex).toBe('1');
    fireEvent.keyDown(target, { key: 'Home' });
    fireEvent.keyDown(target, { key: 'Enter' });
    expect(target.dataset.selectedIndex).toBe('0');
    expect(onSelect).toHaveBeenLastCalledWith(points[0]?.item);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('A selected.');
    fireEvent.keyDown(target, { key: 'Escape' });
    expect(target.dataset.selectedIndex).toBeUndefined();
    expect(target.dataset.activeIndex).toBe('0');
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('renders on the server with nothing active and an empty live region', () => {
    const html = renderToString(
      <Explorer points={points} width={200} height={100} label="Chart" activeId={undefined} />,
    );
    expect(html).toContain('role="status"');
    expect(html).not.toContain('data-active-index');
  });
});
