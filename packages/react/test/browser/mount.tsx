import type { ReactElement } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// React's act() warns unless the environment says it is a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: Root[] = [];

/**
 * Renders `element` into a fresh container (optionally inside `wrapper` markup, e.g. a `.dark` page) and waits
 * for the browser to apply the charts' hoisted stylesheets and lay out.
 */
export async function mount(element: ReactElement, wrapper?: HTMLElement): Promise<HTMLElement> {
  const host = document.createElement('div');
  (wrapper ?? document.body).appendChild(host);
  if (wrapper && !wrapper.isConnected) document.body.appendChild(wrapper);
  const root = createRoot(host);
  roots.push(root);
  await act(async () => root.render(element));
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return host;
}

/** Unmounts everything {@link mount} rendered and empties the page. */
export function unmountAll(): void {
  for (const root of roots.splice(0)) act(() => root.unmount());
  document.body.replaceChildren();
}

/** The colour a CSS colour value computes to in this browser, e.g. `hsl(12 76% 61%)` → `rgb(231, 111, 81)`. */
export function computedColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** An element built from markup (for wrappers such as `<div class="dark">`). */
export function element(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html.trim();
  return template.content.firstElementChild as HTMLElement;
}
