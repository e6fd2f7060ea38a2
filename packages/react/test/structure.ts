import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect } from 'vitest';
import { type Box, overlaps, textBox } from '../src/primitives/placement';
import { expectStyled } from './styled';

/** Charts with more marks (shapes and texts) than this are checked by structure, not by a golden SVG. */
export const MAX_GOLDEN_MARKS = 120;

/** A line of text of a chart as the structural checks see it: its content and estimated box in viewBox pixels. */
export interface TextMark {
  text: string;
  box: Box;
}

/** A chart's SVG read back: the viewBox, the elements, the boxes of its texts and the points of its shapes. */
export interface SvgStructure {
  svg: Element;
  viewBox: Box;
  /** Elements matching `selector` in this `<svg>`. */
  count(selector: string): number;
  /** Every unrotated, non-empty line of text (a `<text>` or each of its `<tspan>`s) with its estimated box. */
  texts: TextMark[];
  /** The corners and points of the shapes (rect, circle, line, polyline, polygon, absolute paths) as [x, y]. */
  points: [number, number][];
}

const num = (value: string | null | undefined, fallback = 0) => {
  const n = Number.parseFloat(value ?? '');
  return Number.isFinite(n) ? n : fallback;
};

/** The translation of an element's transform, or `null` for a rotation, scale or matrix. */
function translation(element: Element): [number, number] | null {
  const transform = element.getAttribute('transform');
  if (!transform) return [0, 0];
  const match = /^\s*translate\(\s*(-?[\d.e-]+)(?:[\s,]+(-?[\d.e-]+))?\s*\)\s*$/.exec(transform);
  return match ? [num(match[1]), num(match[2])] : null;
}

/** The summed translations of `element` and its ancestors up to the `<svg>`, or `null` if any rotates/scales. */
function offset(element: Element): [number, number] | null {
  let x = 0;
  let y = 0;
  for (let e: Element | null = element; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) {
    const t = translation(e);
    if (t === null) return null;
    x += t[0];
    y += t[1];
  }
  return [x, y];
}

/** A length attribute in pixels: plain numbers, or `em` of the font size. */
function length(value: string | null, fontSize: number): number {
  if (!value) return 0;
  return value.endsWith('em') ? num(value) * fontSize : num(value);
}

/** The points of a path of absolute move/line/curve commands; a path with relative commands or arcs gives none. */
function pathPoints(d: string): [number, number][] {
  if (/[a-zA-Z]/.test(d.replace(/[MLCQZ]/g, ''))) return [];
  const numbers = d.match(/-?\d*\.?\d+(?:e-?\d+)?/g)?.map(Number) ?? [];
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2)
    points.push([numbers[i] as number, numbers[i + 1] as number]);
  return points;
}

function readTexts(svg: Element): TextMark[] {
  const texts: TextMark[] = [];
  for (const text of Array.from(svg.querySelectorAll('text'))) {
    const at = offset(text);
    if (at === null || text.closest('defs, clipPath, mask')) continue;
    const size = num(text.getAttribute('font-size'), 12);
    const bold = /bold|[6-9]00/.test(text.getAttribute('font-weight') ?? '');
    const anchor = (text.getAttribute('text-anchor') ?? 'start') as 'start' | 'middle' | 'end';
    let x = at[0] + num(text.getAttribute('x')) + length(text.getAttribute('dx'), size);
    let y = at[1] + num(text.getAttribute('y')) + length(text.getAttribute('dy'), size);
    // Lines written as <tspan>s: each is a line of its own, at its x (or the text's) and its dy.
    const spans = Array.from(text.children).filter((child) => child.tagName.toLowerCase() === 'tspan');
    for (const line of spans.length > 0 ? spans : [text]) {
      if (line !== text) {
        if (line.hasAttribute('x')) x = at[0] + num(line.getAttribute('x'));
        if (line.hasAttribute('y')) y = at[1] + num(line.getAttribute('y'));
        y += length(line.getAttribute('dy'), size);
      }
      const content = (line.textContent ?? '').trim();
      if (content !== '') texts.push({ text: content, box: textBox(content, { size, bold }, x, y, anchor) });
    }
  }
  return texts;
}

function readPoints(svg: Element): [number, number][] {
  const points: [number, number][] = [];
  for (const shape of Array.from(svg.querySelectorAll('rect, circle, line, polyline, polygon, path'))) {
    const at = offset(shape);
    if (at === null || shape.closest('defs, clipPath, mask, marker, pattern')) continue;
    const a = (name: string) => num(shape.getAttribute(name));
    const local: [number, number][] = [];
    switch (shape.tagName.toLowerCase()) {
      case 'rect':
        local.push([a('x'), a('y')], [a('x') + a('width'), a('y') + a('height')]);
        break;
      case 'circle':
        local.push([a('cx') - a('r'), a('cy') - a('r')], [a('cx') + a('r'), a('cy') + a('r')]);
        break;
      case 'line':
        local.push([a('x1'), a('y1')], [a('x2'), a('y2')]);
        break;
      case 'path':
        local.push(...pathPoints(shape.getAttribute('d') ?? ''));
        break;
      default: {
        const n = (shape.getAttribute('points') ?? '')
          .split(/[\s,]+/)
          .filter(Boolean)
          .map(Number);
        for (let i = 0; i + 1 < n.length; i += 2) local.push([n[i] as number, n[i + 1] as number]);
      }
    }
    for (const [px, py] of local) points.push([px + at[0], py + at[1]]);
  }
  return points;
}

/** The structure of one `<svg>` element (read in the test DOM). */
export function structureOfSvg(svg: Element): SvgStructure {
  const [vx = 0, vy = 0, vw = 0, vh = 0] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  return {
    svg,
    viewBox: { x: vx, y: vy, width: vw, height: vh },
    count: (selector) => svg.querySelectorAll(selector).length,
    texts: readTexts(svg),
    points: readPoints(svg),
  };
}

/** The structure of every `<svg>` in markup already rendered (e.g. a golden file), outermost first. */
export function structureOfMarkup(html: string): SvgStructure[] {
  const host = document.createElement('div');
  host.innerHTML = html;
  const svgs = Array.from(host.querySelectorAll('svg')).filter((svg) => !svg.parentElement?.closest('svg'));
  if (svgs.length === 0) throw new Error('no <svg> in the rendered markup');
  return svgs.map(structureOfSvg);
}

/** Renders `element` on the server and reads its `<svg>`s back for structural checks. */
export function svgStructure(element: ReactElement): { html: string; svgs: SvgStructure[] } {
  const html = renderToStaticMarkup(element);
  return { html, svgs: structureOfMarkup(html) };
}

/**
 * Pairs of text lines whose estimated boxes ({@link textBox}) overlap after shrinking each by `slack` pixels on
 * every side (default 2: the width model errs wide and a box includes the line's leading, so boxes that meet by
 * a pixel or two are glyphs that do not touch).
 */
export function overlappingTexts(texts: readonly TextMark[], slack = 2): [string, string][] {
  const shrink = (b: Box): Box => ({
    x: b.x + slack,
    y: b.y + slack,
    width: b.width - 2 * slack,
    height: b.height - 2 * slack,
  });
  const pairs: [string, string][] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i] as TextMark;
      const b = texts[j] as TextMark;
      if (overlaps(shrink(a.box), shrink(b.box))) pairs.push([a.text, b.text]);
    }
  return pairs;
}

/** What {@link expectStructure} checks besides its defaults. */
export interface StructureExpectations {
  /** Number of elements per CSS selector (e.g. `{ 'circle.kamkit-bubble': 1000 }`), exact or `[min, max]`. */
  marks?: Record<string, number | readonly [number, number]>;
  /** Allowed overflow of shapes past the viewBox, in pixels. Default 1. */
  tolerance?: number;
}

/**
 * The check for a chart too dense for a golden SVG (more than {@link MAX_GOLDEN_MARKS} marks), on every `<svg>`
 * of its markup: the markup brings its CSS, no attribute holds `NaN`, `Infinity` or `undefined`, every shape
 * point lies inside its viewBox (within `tolerance`), no two lines of text overlap ({@link overlappingTexts}),
 * and the mark counts (summed over the svgs) are as expected.
 *
 * @example
 * expectStructure('profit-1000', <ProfitMatrix … />, { marks: { 'circle.kamkit-bubble': 1000 } });
 */
export function expectStructure(
  name: string,
  element: ReactElement,
  expected: StructureExpectations = {},
): SvgStructure[] {
  const { html, svgs } = svgStructure(element);
  expectStyled(name, html);
  for (const [selector, count] of Object.entries(expected.marks ?? {})) {
    const actual = svgs.reduce((sum, s) => sum + s.count(selector), 0);
    const [min, max] = typeof count === 'number' ? [count, count] : count;
    expect(actual, `${name}: count of ${selector}`).toBeGreaterThanOrEqual(min);
    expect(actual, `${name}: count of ${selector}`).toBeLessThanOrEqual(max);
  }
  const t = expected.tolerance ?? 1;
  svgs.forEach((structure, i) => {
    const label = svgs.length > 1 ? `${name} (svg ${i + 1})` : name;
    const bad = structure.svg.outerHTML.match(/="[^"]*(NaN|Infinity|undefined)[^"]*"/);
    expect(bad?.[0], `${label}: an attribute holds a bad number`).toBeUndefined();
    const { x, y, width, height } = structure.viewBox;
    const outside = structure.points.filter(
      ([px, py]) => px < x - t || px > x + width + t || py < y - t || py > y + height + t,
    );
    expect(outside.slice(0, 5), `${label}: shape points outside the viewBox`).toEqual([]);
    expect(overlappingTexts(structure.texts), `${label}: overlapping texts`).toEqual([]);
  });
  return svgs;
}
