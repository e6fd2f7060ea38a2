import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src');

/**
 * Ways of estimating text width other than the text module's per-glyph model (primitives/text): character
 * counts times a per-character width, font-size fractions per character, and the removed modules that carried
 * such estimates.
 */
const ESTIMATES: readonly RegExp[] = [
  /Array\.from\([^)]*\)\.length\s*\*\s*\d/g, // "Array.from(text).length * 7"
  /\blongest\s*\*\s*[5-8](?:\.\d+)?\b/g, // "longest * 6.6" (a character count times a glyph width)
  /\/\s*\(\s*fontSize\s*\*\s*0\.\d+\s*\)/g, // "room / (fontSize * 0.62)"
  /\/\s*6\.\d\b/g, // "width / 6.6"
  /\(\s*\w+\s*\*\s*0\.\d+\s*\)\s*\/\s*\d\b/g, // "(plotWidth * 0.6) / 7"
  /\w+Width\s*\/\s*7\b/g, // "cellWidth / 7"
  /from '(?:\.\.?\/)+(?:primitives\/)?(?:measureText|valueAxis)'/g, // the removed modules
];

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => file.split(path.sep).join('/'));
}

function estimatesIn(file: string): number {
  const text = readFileSync(path.join(src, file), 'utf8');
  return ESTIMATES.reduce((sum, pattern) => sum + (text.match(pattern)?.length ?? 0), 0);
}

describe('one text-width model', () => {
  const files = sources(src);

  it.each(files)('%s measures text only with the text module', (file) => {
    expect(estimatesIn(file), `${file}: use measureText/truncateText/wrapText/axisSpace`).toBe(0);
  });

  it('recognises the estimates it forbids', () => {
    const samples = [
      'Array.from(text).length * 7 <= w',
      'longest * 6.6 + 6',
      'Math.floor(room / (fontSize * 0.62))',
      'Math.floor((width - 12) / 6.6)',
      'truncate(full, Math.floor((plotWidth * 0.6) / 7))',
      'Math.floor(cellWidth / 7)',
      "import { textWidth } from '../../primitives/measureText';",
    ];
    for (const sample of samples)
      expect(
        ESTIMATES.some((pattern) => new RegExp(pattern.source).test(sample)),
        sample,
      ).toBe(true);
    expect(ESTIMATES.some((pattern) => new RegExp(pattern.source).test('measureText(text, 12) <= w'))).toBe(
      false,
    );
  });
});

/** Declarations of a box type or an overlap test: they live in primitives/placement only. */
const PLACEMENT_COPIES: readonly RegExp[] = [
  /(?:type|interface)\s+Box\s*[={]/g,
  /(?:const|function)\s+(?:overlaps?|boxesOverlap|circleOverlapsBox|rectsOverlap)\b/g,
];

describe('one placement primitive', () => {
  const files = sources(src).filter((file) => !file.startsWith('primitives/placement/'));

  it('recognises the copies it forbids', () => {
    for (const sample of [
      'type Box = { x0: number }',
      'export interface Box {',
      'const overlaps = (a, b) =>',
    ])
      expect(
        PLACEMENT_COPIES.some((pattern) => new RegExp(pattern.source).test(sample)),
        sample,
      ).toBe(true);
    expect(
      PLACEMENT_COPIES.some((pattern) => new RegExp(pattern.source).test('import { type Box } from')),
    ).toBe(false);
  });

  it.each(files)('%s declares no box type or overlap test of its own', (file) => {
    const text = readFileSync(path.join(src, file), 'utf8');
    const copies = PLACEMENT_COPIES.flatMap((pattern) => text.match(pattern) ?? []);
    expect(copies, `${file}: import Box and overlaps from primitives/placement`).toEqual([]);
  });
});
