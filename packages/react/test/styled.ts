import { expect } from 'vitest';
import { kamkitCss } from '../src';

/** Every `kamkit-*` class some sheet of the kit styles. */
const styledClasses = new Set(kamkitCss.match(/\.kamkit-[\w-]+/g)?.map((selector) => selector.slice(1)));

/**
 * Checks that a chart's server markup brings the CSS its marks need: every `kamkit-*` class in the markup
 * that any of the kit's sheets styles is styled by a `<style>` the markup itself renders (the base sheet and
 * the chart family's sheets). Catches a chart that forgets a sheet after the CSS was split per family. Markup
 * rendered with `injectStyles={false}` (no `<style>`) is not checked.
 */
export function expectStyled(name: string, html: string): void {
  const sheets = Array.from(html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g), (match) => match[1]);
  if (sheets.length === 0) return;
  const injected = new Set(
    sheets
      .join('')
      .match(/\.kamkit-[\w-]+/g)
      ?.map((selector) => selector.slice(1)),
  );
  const used = new Set(
    Array.from(html.matchAll(/class="([^"]*)"/g)).flatMap((match) => (match[1] ?? '').split(/\s+/)),
  );
  const missing = [...used].filter((name) => styledClasses.has(name) && !injected.has(name));
  expect(missing, `${name}: classes styled by a sheet the chart does not render`).toEqual([]);
}
