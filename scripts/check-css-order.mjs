#!/usr/bin/env node
// Checks that the kit's CSS does not depend on the order in which its sheets reach the page: every golden SVG
// (packages/react/test/golden) is styled in headless Chromium, light and dark, with the base sheet and the
// chart sheets (packages/react/src/theme) in their usual order, in reverse order, and as React 18 leaves them
// on a page of several charts (each chart carries its own copies, so a later chart's base sheet follows an
// earlier chart's family sheet); the computed styles of every SVG element must be the same in all three.
// All selectors have zero specificity (`:where()`), so only a rule's position decides between two rules.
// Usage: node scripts/check-css-order.mjs
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const themeDir = path.join(root, 'packages/react/src/theme');
const goldenDir = path.join(root, 'packages/react/test/golden');
const cssOf = (file) => {
  const match = readFileSync(file, 'utf8').match(/(?:= |css: )`([\s\S]*)`/);
  if (!match) throw new Error(`no CSS template in ${file}`);
  return match[1];
};
const base = cssOf(path.join(themeDir, 'baseCss.ts'));
const sheets = readdirSync(path.join(themeDir, 'sheets'))
  .sort()
  .map((file) => cssOf(path.join(themeDir, 'sheets', file)));
const variants = {
  usual: [base, ...sheets],
  reversed: [base, ...[...sheets].reverse()],
  'react 18 page': [base, ...sheets, base, ...[...sheets].reverse(), base],
};
const properties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'paint-order',
  'text-anchor',
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage();
const files = readdirSync(goldenDir).filter(
  (file) => file.endsWith('.svg') && !file.endsWith('-changed.svg'),
);
let problems = 0;
let elements = 0;
for (const file of files) {
  const svg = readFileSync(path.join(goldenDir, file), 'utf8');
  const styles = {};
  for (const [name, parts] of Object.entries(variants)) {
    const css = parts.map((part) => `<style>${part}</style>`).join('');
    await page.setContent(
      `${css}<div class="kamkit-chart">${svg}</div><div data-kamkit-theme="dark"><div class="kamkit-chart">${svg}</div></div>`,
    );
    styles[name] = await page.evaluate(
      (props) =>
        Array.from(document.querySelectorAll('svg *'), (element) => {
          const style = getComputedStyle(element);
          return `<${element.tagName} class="${element.getAttribute('class') ?? ''}"> ${props.map((p) => `${p}: ${style.getPropertyValue(p)}`).join('; ')}`;
        }),
      properties,
    );
  }
  elements += styles.usual.length;
  for (const name of Object.keys(variants).filter((n) => n !== 'usual')) {
    styles[name].forEach((line, i) => {
      if (line === styles.usual[i]) return;
      problems++;
      if (problems <= 20) console.error(`${file} (${name}):\n  usual: ${styles.usual[i]}\n  here:  ${line}`);
    });
  }
}
await browser.close();
console.log(
  `css order: ${files.length} golden charts, ${elements} elements, light and dark: ${problems} styles depend on the order of the sheets`,
);
process.exit(problems > 0 ? 1 : 0);
