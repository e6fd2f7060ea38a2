import { fontStack, plainColor } from './color';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * What an export leaves out: the data table and its toggle, the keyboard explorer and tooltip, text for screen
 * readers only, and anything marked `data-kamkit-export="skip"` (e.g. an export menu inside the chart).
 */
export const EXPORT_SKIP =
  '.kamkit-table,.kamkit-table-toggle,.kamkit-explorer,.kamkit-tooltip,.kamkit-visually-hidden,[data-kamkit-export=skip],style,script,template,table';

/** The painted properties an exported SVG element gets from the screen (colours as plain sRGB). */
const PAINT = ['fill', 'stroke', 'stop-color', 'flood-color'] as const;
const COPIED = [
  'fill-opacity',
  'stroke-opacity',
  'opacity',
  'stroke-width',
  'font-size',
  'font-weight',
  'font-style',
] as const;

/** Where drawn content starts (the chart root's top-left corner on screen) and the furthest it reached. */
export interface DrawContext {
  /** The chart root being drawn. */
  root: Element;
  doc: Document;
  view: Window;
  left: number;
  top: number;
  /** Bottom edge of everything drawn, relative to the root (px). */
  bottom: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

function create(context: DrawContext, tag: string, attributes: Record<string, string | number>): SVGElement {
  const node = context.doc.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/**
 * Draws the HTML parts of a chart root (headline, legend, notes, footers) as SVG at their on-screen places,
 * and clones every `<svg>` inside it (the plot) at its on-screen box with the colours resolved. Returns the
 * drawn nodes in document order.
 */
export function drawHtml(element: Element, context: DrawContext): SVGElement[] {
  const out: SVGElement[] = [];
  const style = context.view.getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return out;
  const box = element.getBoundingClientRect();
  if (element.namespaceURI === SVG_NS && element.localName === 'svg') {
    if (box.width > 0 && box.height > 0) out.push(cloneSvg(element as SVGSVGElement, box, context));
    return out;
  }
  // The file ends where the chart's last drawn element ends (the skipped table or toggle may follow).
  if (element !== context.root) reach(context, box.bottom);
  out.push(...drawBox(style, box, context));
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) out.push(...drawText(child as Text, style, context));
    else if (child.nodeType === 1 && !(child as Element).matches(EXPORT_SKIP))
      out.push(...drawHtml(child as Element, context));
  }
  const opacity = Number(style.opacity);
  if (!(opacity < 1) || out.length === 0) return out;
  // A translucent element (a legend key drawn at 30 %) is one group at that opacity, as the browser composites it.
  const group = create(context, 'g', { opacity });
  for (const node of out) group.appendChild(node);
  return [group];
}

function reach(context: DrawContext, bottom: number): void {
  context.bottom = Math.max(context.bottom, bottom - context.top);
}

/** The background and borders of an HTML element (legend swatches, tiles, dividers) as rects and lines. */
function drawBox(style: CSSStyleDeclaration, box: DOMRect, context: DrawContext): SVGElement[] {
  const out: SVGElement[] = [];
  if (box.width <= 0 && box.height <= 0) return out;
  const x = box.left - context.left;
  const y = box.top - context.top;
  const fill = plainColor(style.backgroundColor);
  if (fill !== 'none' && box.width > 0 && box.height > 0) {
    const radius = Math.min(Number.parseFloat(style.borderTopLeftRadius) || 0, box.width / 2, box.height / 2);
    out.push(
      create(context, 'rect', {
        x: round(x),
        y: round(y),
        width: round(box.width),
        height: round(box.height),
        ...(radius > 0 ? { rx: round(radius) } : {}),
        fill,
      }),
    );
    reach(context, box.bottom);
  }
  const edge = (side: string, part: string) => style.getPropertyValue(`border-${side}-${part}`);
  const same = ['right', 'bottom', 'left'].every((side) =>
    ['width', 'style', 'color'].every((part) => edge(side, part) === edge('top', part)),
  );
  const uniform = Number.parseFloat(edge('top', 'width')) || 0;
  if (
    same &&
    uniform > 0 &&
    edge('top', 'style') === 'solid' &&
    plainColor(edge('top', 'color')) !== 'none'
  ) {
    // One rounded outline, as the browser draws a box with the same border on every side.
    const radius = Math.min(Number.parseFloat(style.borderTopLeftRadius) || 0, box.width / 2, box.height / 2);
    out.push(
      create(context, 'rect', {
        x: round(x + uniform / 2),
        y: round(y + uniform / 2),
        width: round(box.width - uniform),
        height: round(box.height - uniform),
        ...(radius > 0 ? { rx: round(Math.max(0, radius - uniform / 2)) } : {}),
        fill: 'none',
        stroke: plainColor(edge('top', 'color')),
        'stroke-width': round(uniform),
      }),
    );
    reach(context, box.bottom);
    return out;
  }
  const sides = [
    ['Top', x, y, x + box.width, y],
    ['Bottom', x, y + box.height, x + box.width, y + box.height],
    ['Left', x, y, x, y + box.height],
    ['Right', x + box.width, y, x + box.width, y + box.height],
  ] as const;
  for (const [side, x1, y1, x2, y2] of sides) {
    const width = Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0;
    const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const stroke = plainColor(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
    if (width <= 0 || kind === 'none' || kind === 'hidden' || stroke === 'none') continue;
    // The line runs along the middle of the border.
    const inset = side === 'Top' || side === 'Left' ? width / 2 : -width / 2;
    const vertical = side === 'Left' || side === 'Right';
    out.push(
      create(context, 'line', {
        x1: round(vertical ? x1 + inset : x1),
        y1: round(vertical ? y1 : y1 + inset),
        x2: round(vertical ? x2 + inset : x2),
        y2: round(vertical ? y2 : y2 + inset),
        stroke,
        'stroke-width': round(width),
        ...(kind === 'dashed' ? { 'stroke-dasharray': `${round(width * 3)} ${round(width * 3)}` } : {}),
        ...(kind === 'dotted' ? { 'stroke-dasharray': `${round(width)} ${round(width)}` } : {}),
      }),
    );
    reach(context, box.bottom);
  }
  return out;
}

let measure: CanvasRenderingContext2D | null | undefined;

/** The font's ascent and descent (px) as the browser's text layout uses them. */
function metricsOf(font: string, size: number, doc: Document): { ascent: number; descent: number } {
  if (measure === undefined) measure = doc.createElement('canvas').getContext('2d');
  if (!measure) return { ascent: size * 0.8, descent: size * 0.2 };
  measure.font = font;
  const metrics = measure.measureText('Hg');
  return {
    ascent: metrics.fontBoundingBoxAscent || size * 0.8,
    descent: metrics.fontBoundingBoxDescent || size * 0.2,
  };
}

function transformText(text: string, transform: string): string {
  if (transform === 'uppercase') return text.toUpperCase();
  if (transform === 'lowercase') return text.toLowerCase();
  if (transform === 'capitalize')
    return text.replace(/(^|\s)(\S)/g, (_, a: string, b: string) => a + b.toUpperCase());
  return text;
}

/**
 * One `<text>` per line the browser laid the text node out on: the words are grouped by the line box they
 * sit on, each line starts where its first word starts, and the baseline is placed from the font's ascent
 * and descent within the words' boxes (what the browser's own text layout uses).
 */
function drawText(node: Text, style: CSSStyleDeclaration, context: DrawContext): SVGElement[] {
  const data = node.data;
  if (!data.trim()) return [];
  const range = context.doc.createRange();
  const lines: { top: number; left: number; right: number; bottom: number; words: string[] }[] = [];
  for (const match of data.matchAll(/\S+/g)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const line = lines.find((l) => Math.abs(l.top - rect.top) < rect.height / 2);
    if (line) {
      line.words.push(match[0]);
      line.left = Math.min(line.left, rect.left);
      line.right = Math.max(line.right, rect.right);
    } else
      lines.push({
        top: rect.top,
        left: rect.left,
        right: rect.right,
        bottom: rect.bottom,
        words: [match[0]],
      });
  }
  range.detach();
  const size = Number.parseFloat(style.fontSize) || 12;
  const family = fontStack(style.fontFamily);
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const { ascent, descent } = metricsOf(font, size, context.doc);
  const fill = plainColor(style.color);
  const decoration = style.textDecorationLine;
  return lines.flatMap((line) => {
    reach(context, line.bottom);
    const baseline = line.top - context.top + (line.bottom - line.top - ascent - descent) / 2 + ascent;
    const text = create(context, 'text', {
      x: round(line.left - context.left),
      // The baseline sits the ascent below the top of the font's content box, which the browser centres in
      // the word's box when the two differ.
      y: round(baseline),
      fill,
      'font-family': family,
      'font-size': round(size),
      'font-weight': style.fontWeight,
      ...(style.fontStyle !== 'normal' ? { 'font-style': style.fontStyle } : {}),
      ...(style.letterSpacing !== 'normal' ? { 'letter-spacing': style.letterSpacing } : {}),
    });
    if (style.fontVariantNumeric !== 'normal')
      text.setAttribute('font-variant-numeric', style.fontVariantNumeric);
    text.textContent = transformText(line.words.join(' '), style.textTransform);
    if (!/line-through|underline/.test(decoration)) return [text];
    // A struck-through (hidden series in a legend) or underlined line, at about the browser's positions.
    const y = decoration.includes('line-through') ? baseline - ascent * 0.3 : baseline + descent * 0.4;
    const rule = create(context, 'line', {
      x1: round(line.left - context.left),
      x2: round(line.right - context.left),
      y1: round(y),
      y2: round(y),
      stroke: fill,
      'stroke-width': round(Math.max(1, size / 14)),
    });
    return [text, rule];
  });
}

/**
 * A copy of an on-screen `<svg>` placed at its on-screen box, each element carrying its painted colours as
 * plain sRGB and the few values the kit sets through CSS variables (opacities, stroke widths, fonts); the rest
 * (halos' paint order, dashes, text anchors) comes from the kit's CSS embedded in the file.
 */
function cloneSvg(svg: SVGSVGElement, box: DOMRect, context: DrawContext): SVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const target = [clone, ...Array.from(clone.querySelectorAll('*'))];
  source.forEach((node, i) => {
    const copy = target[i] as SVGElement;
    const computed = context.view.getComputedStyle(node);
    const declarations: string[] = [];
    for (const property of PAINT) {
      const value = computed.getPropertyValue(property);
      if (value) declarations.push(`${property}:${plainColor(value)}`);
    }
    for (const property of COPIED) {
      const value = computed.getPropertyValue(property);
      if (value) declarations.push(`${property}:${value}`);
    }
    declarations.push(`font-family:${fontStack(computed.fontFamily)}`);
    copy.setAttribute('style', declarations.join(';'));
    copy.removeAttribute('aria-labelledby');
    copy.removeAttribute('aria-describedby');
  });
  // The browser paints an inline <svg> at whole pixels of its page; so does the file.
  clone.setAttribute('x', String(Math.round(box.left) - Math.round(context.left)));
  clone.setAttribute('y', String(Math.round(box.top) - Math.round(context.top)));
  clone.setAttribute('width', String(round(box.width)));
  clone.setAttribute('height', String(round(box.height)));
  clone.style.overflow = 'visible';
  reach(context, box.bottom);
  return clone;
}
