import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { countMarks, expectGolden, normaliseSvg } from './golden';
import { MAX_GOLDEN_MARKS, overlappingTexts, structureOfMarkup } from './structure';

const here = path.dirname(fileURLToPath(import.meta.url));
const goldens = readdirSync(path.join(here, 'golden')).filter(
  (f) => f.endsWith('.svg') && !f.endsWith('-changed.svg'),
);
const testSources = readdirSync(here, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.test\.tsx?$/.test(f))
  .map((f) => readFileSync(path.join(here, f), 'utf8'))
  .join('\n');

describe('golden files', () => {
  it.each(goldens)('%s is written by a test', (file) => {
    expect(testSources).toContain(`'${file.replace(/\.svg$/, '')}'`);
  });

  it.each(goldens)('%s is small enough for a golden', (file) => {
    expect(countMarks(readFileSync(path.join(here, 'golden', file), 'utf8'))).toBeLessThanOrEqual(
      MAX_GOLDEN_MARKS,
    );
  });
});

describe('expectGolden', () => {
  it.skipIf(process.env.KAMKIT_UPDATE_GOLDENS === '1')('fails for a missing golden file', () => {
    expect(() => expectGolden('no-such-golden', createElement('svg', null, createElement('rect')))).toThrow(
      /no-such-golden\.svg is missing: write it with pnpm test:update-goldens/,
    );
  });
});

describe('normaliseSvg', () => {
  it('rounds numbers in attributes to 1 decimal, keeps text and re-indexes ids', () => {
    const svg = normaliseSvg(
      '<style>x</style><svg aria-labelledby="_R_abc_"><rect x="1.26" y="-0.04"></rect><text>1.25 €</text></svg>',
    );
    expect(svg).toBe(
      '<svg aria-labelledby="id0">\n<rect x="1.3" y="0">\n</rect>\n<text>1.25 €</text>\n</svg>\n',
    );
  });
});

describe('structural checks', () => {
  const read = (body: string) => structureOfMarkup(`<svg viewBox="0 0 200 100">${body}</svg>`)[0]!;

  it('boxes texts through translations and tspans, and leaves rotated texts out', () => {
    const s = read(
      '<g transform="translate(10,20)"><text x="5" y="10" text-anchor="start">Acme</text></g>' +
        '<text x="100" y="50"><tspan x="100" dy="0">one</tspan><tspan x="100" dy="15">two</tspan></text>' +
        '<text transform="rotate(-90)" x="0" y="0">title</text>',
    );
    expect(s.texts.map((t) => [t.text, Math.round(t.box.x), Math.round(t.box.y)])).toEqual([
      ['Acme', 15, 18],
      ['one', 100, 38],
      ['two', 100, 53],
    ]);
  });

  it('finds overlapping texts and lets texts a line apart pass', () => {
    const s = read(
      '<text x="10" y="20">Revenue</text><text x="30" y="24">Margin</text><text x="10" y="40">Cost</text>',
    );
    expect(overlappingTexts(s.texts)).toEqual([['Revenue', 'Margin']]);
  });

  it('reads the points of shapes and absolute paths', () => {
    const s = read(
      '<rect x="190" y="90" width="20" height="5"></rect><circle cx="0" cy="50" r="3"></circle>' +
        '<path d="M0,0L250,10"></path><path d="m0,0l10,10"></path>',
    );
    expect(s.points).toEqual([
      [190, 90],
      [210, 95],
      [-3, 47],
      [3, 53],
      [0, 0],
      [250, 10],
    ]);
    expect(s.count('rect')).toBe(1);
  });
});
