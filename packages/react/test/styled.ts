import { expect } from 'vitest';
import { kamkitCss } from '../src';

/** Every `kamkit-*` class some sheet of the kit styles. */
const styledClasses = new Set(kamkitCss.match(/\.kamkit-[\w-]+/g)?.map((selector) => selector.slice(1)));

/**
 * Checks that a chart's server markup brings the CSS its marks need: every `kamkit-*` class in the markup
 * that any of the kit's sheets styles is styled by a `<style>` the markup itself renders (the base sheet and
 * the chart family's sheets), and every `--kamkit-*-color` it reads is defined there. Catches a chart that
 * forgets a sheet, or a sheet that leans on another one's variables, after the CSS was split per family. Markup
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
  // The kit's colour variables the chart reads (in its sheets or inline, e.g. legend swatches) are defined by
  // the sheets it renders, e.g. `--kamkit-growth-color` by the breakdown's sheet.
  const css = sheets.join('');
  const defined = new Set(Array.from(css.matchAll(/(--kamkit-[\w-]+-color):/g), (match) => match[1]));
  const read = new Set(Array.from(html.matchAll(/var\((--kamkit-[\w-]+-color)/g), (match) => match[1]));
  const undefinedColours = [...read].filter((variable) => !defined.has(variable));
  expect(undefinedColours, `${name}: colour variables no rendered sheet defines`).toEqual([]);
}
