import { KamkitError } from '@kamkit/core';
import type { TableSpec } from '../primitives/types';
import { kamkitCss } from '../theme/kamkitCss';
import { fontStack, plainColor } from './color';
import type { CsvOptions } from './csv';
import { toCsv } from './csv';
import { type DrawContext, drawHtml } from './drawHtml';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Options of {@link exportSvg} and {@link exportPng}. */
export interface ExportOptions {
  /**
   * A title above the chart: `true` (default) draws the chart's accessible title (its SVG `<title>`), a text
   * draws that text, `false` none. On screen the title is for assistive technology; in a file it names the chart.
   */
  title?: boolean | string;
  /** A source line below the chart, e.g. `'Source: CRM export, 2026-03-31'`. Default none. */
  source?: string;
  /**
   * The file's background: a CSS colour, or `false` for none (transparent). Default: the first opaque
   * background of the chart or its ancestors on screen (resolved to sRGB), else none.
   */
  background?: string | false;
}

/** Options of {@link exportPng}. */
export interface ExportPngOptions extends ExportOptions {
  /** Pixels per CSS pixel. Default `2` (sharp on slides and high-density screens); must be > 0 and ≤ 8. */
  scale?: number;
}

/** The chart root (`.kamkit-chart`) for an element: itself, its chart ancestor or its first chart descendant. */
function chartRoot(element: Element): HTMLElement {
  const root =
    (element.closest?.('.kamkit-chart') as HTMLElement | null) ??
    (element.querySelector?.('.kamkit-chart') as HTMLElement | null);
  if (!root)
    throw new KamkitError('INVALID_OPTION', 'export: the element is not a kamkit chart and holds none.', {
      field: 'element',
    });
  return root;
}

/**
 * The kit's CSS rules an export needs: a rule is kept when its selector names a kit class that the file uses,
 * or no kit class at all (the theme switch and palette).
 */
function cssFor(used: ReadonlySet<string>): string {
  return kamkitCss
    .split('\n')
    .filter((rule) => {
      if (!rule.trim()) return false;
      const selector = rule.slice(0, rule.indexOf('{'));
      const classes = selector.match(/\.kamkit-[\w-]+/g);
      return !classes || classes.some((name) => used.has(name.slice(1)));
    })
    .join('\n');
}

function backgroundOf(element: Element, view: Window): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = plainColor(view.getComputedStyle(node).backgroundColor);
    if (color !== 'none' && !color.startsWith('rgba')) return color;
  }
  return undefined;
}

function textLine(doc: Document, text: string, attributes: Record<string, string | number>): SVGTextElement {
  const node = doc.createElementNS(SVG_NS, 'text') as SVGTextElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.textContent = text;
  return node;
}

/**
 * Serialises a chart as a standalone SVG document that looks like the chart on screen, for Illustrator, Figma,
 * slides or a browser:
 * - the plot, with every colour resolved for the chart's theme to plain sRGB (`#rrggbb`, or `rgba()` when
 *   translucent) — no CSS variables, `color-mix()` or `oklch()` left — and the kit's own CSS embedded (halos
 *   drawn under their text with `paint-order`, dashes, tabular figures), fonts as the screen's stack ending in
 *   a generic family;
 * - the HTML around the plot (headline, legend with its swatches, notes, a visible source line) drawn as SVG
 *   text and shapes at their on-screen places;
 * - a title above and an optional source line below ({@link ExportOptions}).
 * The data table, the table toggle, the explorer and tooltips are left out. The file has the chart's on-screen
 * width in CSS pixels. Browser only: it reads the rendered chart's layout.
 *
 * Throws `KamkitError` `INVALID_OPTION` (field `element`) when `element` is not a rendered chart.
 *
 * @example
 * const svg = exportSvg(chartRef.current!, { source: 'Source: CRM, March 2026' });
 * download(new Blob([svg], { type: 'image/svg+xml' }), 'pareto.svg');
 */
export function exportSvg(element: Element, options: ExportOptions | null = {}): string {
  const root = chartRoot(element);
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (!view) throw new KamkitError('INVALID_OPTION', 'export: the chart is not in a rendered document.');
  const rootBox = root.getBoundingClientRect();
  const rootStyle = view.getComputedStyle(root);
  const context: DrawContext = { root, doc, view, left: rootBox.left, top: rootBox.top, bottom: 0 };
  const drawn = drawHtml(root, context);
  const width = Math.ceil(rootBox.width);
  const size = Number.parseFloat(rootStyle.fontSize) || 12;
  const family = fontStack(rootStyle.fontFamily);
  const color = plainColor(rootStyle.color);

  const svg = doc.createElementNS(SVG_NS, 'svg');
  const chart = doc.createElementNS(SVG_NS, 'g');
  chart.setAttribute('class', root.getAttribute('class') ?? 'kamkit-chart');
  chart.setAttribute('style', `font-family:${family};font-size:${size}px;color:${color};fill:${color}`);
  let offset = 0;
  const plotTitle = root.querySelector('svg > title')?.textContent ?? '';
  const title =
    options?.title === false ? '' : typeof options?.title === 'string' ? options.title : plotTitle;
  if (title) {
    const titleSize = Math.round(size * 1.25 * 100) / 100;
    chart.appendChild(
      textLine(doc, title, { x: 0, y: titleSize, 'font-size': titleSize, 'font-weight': 700 }),
    );
    offset = Math.ceil(titleSize * 1.6);
  }
  const content = doc.createElementNS(SVG_NS, 'g');
  if (offset) content.setAttribute('transform', `translate(0 ${offset})`);
  for (const node of drawn) content.appendChild(node);
  chart.appendChild(content);
  let height = offset + Math.ceil(context.bottom);
  if (options?.source) {
    const sourceSize = Math.round(size * 0.87 * 100) / 100;
    height += Math.ceil(sourceSize * 0.6);
    chart.appendChild(
      textLine(doc, options.source, { x: 0, y: height + sourceSize, 'font-size': sourceSize, opacity: 0.75 }),
    );
    height += Math.ceil(sourceSize * 1.4);
  }

  const used = new Set<string>();
  for (const node of [chart, ...Array.from(chart.querySelectorAll('[class]'))])
    for (const name of (node.getAttribute('class') ?? '').split(/\s+/)) if (name) used.add(name);
  const style = doc.createElementNS(SVG_NS, 'style');
  style.textContent = cssFor(used);
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.appendChild(style);
  const background =
    options?.background === false
      ? undefined
      : typeof options?.background === 'string'
        ? plainColor(options.background)
        : backgroundOf(root, view);
  if (background && background !== 'none') {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    svg.appendChild(rect);
  }
  svg.appendChild(chart);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/**
 * Renders a chart to a PNG blob: {@link exportSvg}'s picture drawn at `scale` pixels per CSS pixel (default 2).
 * Browser only.
 *
 * Throws `KamkitError` `INVALID_OPTION` for a `scale` that is not a number in (0, 8] (field `scale`) or an element
 * that is not a rendered chart; the promise rejects with an `Error` if the browser cannot draw or encode it.
 *
 * @example
 * const png = await exportPng(chartRef.current!, { scale: 3 });
 */
export async function exportPng(element: Element, options: ExportPngOptions | null = {}): Promise<Blob> {
  const scale = options?.scale ?? 2;
  if (typeof scale !== 'number' || !(scale > 0 && scale <= 8))
    throw new KamkitError('INVALID_OPTION', 'exportPng: scale must be a number above 0 and at most 8.', {
      field: 'scale',
    });
  const svgText = exportSvg(element, options);
  const [, w = '0', h = '0'] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svgText) ?? [];
  const width = Math.max(1, Math.round(Number(w) * scale));
  const height = Math.max(1, Math.round(Number(h) * scale));
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch(() => {
      throw new Error('exportPng: the SVG could not be drawn.');
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('exportPng: no 2D canvas available.');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('exportPng: encoding failed.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A chart's data table (as the chart's layout gives it, e.g. `layout.table`) as formula-injection-safe CSV,
 * with raw numbers where the table has them (so a spreadsheet can compute with them). When the raw rows are
 * more detailed than the shown ones (`rawColumns`: the Pareto chart's table shows columns or groups of ranks
 * at large n, its raw rows are every account), the CSV has the raw rows under `rawColumns`.
 *
 * @example
 * const csv = exportCsv(layout.table, { delimiter: ';', bom: true });
 */
export function exportCsv(
  table: TableSpec & { rawColumns?: TableSpec['columns'] },
  options?: CsvOptions,
): string {
  const columns = table.raw && table.rawColumns ? table.rawColumns : table.columns;
  return toCsv([columns.map((c) => c.label), ...(table.raw ?? table.rows)], options);
}
