import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect } from 'vitest';
import { expectStyled } from './styled';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');

/**
 * Normalises chart markup for golden comparison: only the `<svg>` (the base CSS is not part of a chart's
 * picture), numbers in attributes rounded to 1 decimal (text is kept verbatim), React's generated ids re-indexed in order of appearance, one tag a line.
 */
export function normaliseSvg(html: string): string {
  const start = html.indexOf('<svg');
  const end = html.lastIndexOf('</svg>');
  if (start < 0 || end < 0) throw new Error('no <svg> in the rendered markup');
  let svg = html.slice(start, end + 6);
  const ids = new Map<string, string>();
  svg = svg.replace(/_R_[A-Za-z0-9_]+_|«[^»]+»|:r[0-9a-z]+:/g, (id) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return ids.get(id) as string;
  });
  // Round numbers inside attribute values only (coordinates, paths): text such as "200.000 €" stays as it is.
  svg = svg.replace(/="([^"]*)"/g, (_, value: string) => {
    const rounded = value.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => {
      const r = Math.round(Number(n) * 10) / 10;
      return String(Object.is(r, -0) ? 0 : r);
    });
    return `="${rounded}"`;
  });
  return `${svg.replace(/></g, '>\n<')}\n`;
}

/**
 * Renders `element` on the server and compares its normalised SVG with `test/golden/<name>.svg`. A missing
 * golden file is written (review it by eye, then commit it); a mismatch writes `<name>-changed.svg` beside it
 * and fails. `UPDATE_GOLDEN=1` rewrites the golden files.
 */
export function expectGolden(name: string, element: ReactElement): void {
  const html = renderToStaticMarkup(element);
  expectStyled(name, html);
  const actual = normaliseSvg(html);
  const file = path.join(dir, `${name}.svg`);
  const changed = path.join(dir, `${name}-changed.svg`);
  if (!existsSync(file) || process.env.UPDATE_GOLDEN === '1') {
    if (process.env.CI)
      throw new Error(`golden file ${name}.svg is missing; run the tests locally and commit it`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) writeFileSync(changed, actual);
  expect(actual, `${name}.svg differs; see ${name}-changed.svg`).toBe(expected);
}
