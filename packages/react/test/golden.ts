import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect } from 'vitest';
import { MAX_GOLDEN_MARKS } from './structure';
import { expectStyled } from './styled';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');

/** `KAMKIT_UPDATE_GOLDENS=1` (set by `pnpm test:update-goldens`) writes golden files; nothing else does. */
const updating = process.env.KAMKIT_UPDATE_GOLDENS === '1';

/**
 * Normalises chart markup for golden comparison: only the `<svg>`s (the base CSS is not part of a chart's
 * picture), numbers in attributes rounded to 1 decimal (text is kept verbatim), React's generated ids
 * re-indexed in order of appearance, one tag a line.
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

/** The marks of normalised SVG: its shapes and texts (rect, circle, ellipse, line, polyline, polygon, path, text). */
export function countMarks(svg: string): number {
  return svg.match(/<(rect|circle|ellipse|line|polyline|polygon|path|text)[\s>]/g)?.length ?? 0;
}

/**
 * Renders `element` on the server and compares its normalised SVG ({@link normaliseSvg}) with
 * `test/golden/<name>.svg`. A mismatch writes `<name>-changed.svg` beside it (git ignores it) and fails; a
 * missing golden fails too, in every environment. `pnpm test:update-goldens` (`KAMKIT_UPDATE_GOLDENS=1`) is
 * the one way to write golden files: review the diff (`git diff`, `node scripts/review-golden.mjs`) and commit
 * them. Charts with more than {@link MAX_GOLDEN_MARKS} marks fail: check them with `expectStructure`.
 */
export function expectGolden(name: string, element: ReactElement): void {
  const html = renderToStaticMarkup(element);
  expectStyled(name, html);
  const actual = normaliseSvg(html);
  const marks = countMarks(actual);
  expect(
    marks,
    `${name} has ${marks} marks: too dense for a golden SVG; check it with expectStructure (test/structure.ts)`,
  ).toBeLessThanOrEqual(MAX_GOLDEN_MARKS);
  const file = path.join(dir, `${name}.svg`);
  const changed = path.join(dir, `${name}-changed.svg`);
  if (updating) {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== actual) writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(file))
    throw new Error(`golden file test/golden/${name}.svg is missing: write it with pnpm test:update-goldens`);
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(
    actual,
    `${name}.svg differs (see ${name}-changed.svg); if the change is intended, run pnpm test:update-goldens`,
  ).toBe(expected);
}
