import type { TableSpec } from '../primitives/types';
import type { CsvOptions } from './csv';
import { toCsv } from './csv';

/** Finds a chart's `<svg>` from its root element (or the svg itself). */
function chartSvg(element: Element): SVGSVGElement {
  const svg = element instanceof SVGSVGElement ? element : element.querySelector('svg.kamkit-chart__svg');
  if (!svg) throw new Error('exportSvg: no kamkit chart SVG found in the element.');
  return svg as SVGSVGElement;
}

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'color',
  'shape-rendering',
] as const;

/**
 * Serialises a chart as a standalone SVG document. The computed styles (colours from CSS variables, fonts) are
 * inlined, so the file looks the same outside the page (in Illustrator, Figma or a slide deck). Browser only.
 *
 * @example
 * const svg = exportSvg(chartRef.current!);
 * download(new Blob([svg], { type: 'image/svg+xml' }), 'pareto.svg');
 */
export function exportSvg(element: Element): string {
  const svg = chartSvg(element);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const target = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const view = svg.ownerDocument.defaultView;
  if (view) {
    source.forEach((node, i) => {
      const computed = view.getComputedStyle(node);
      const copy = target[i] as SVGElement;
      const inline = STYLE_PROPERTIES.map(
        (property) => `${property}:${computed.getPropertyValue(property)}`,
      ).join(';');
      copy.setAttribute('style', inline);
    });
  }
  const box = svg.viewBox.baseVal;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(box?.width || svg.clientWidth));
  clone.setAttribute('height', String(box?.height || svg.clientHeight));
  clone.removeAttribute('class');
  const background = view ? backgroundOf(svg, view) : undefined;
  if (background) clone.style.background = background;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

function backgroundOf(element: Element, view: Window): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = view.getComputedStyle(node).backgroundColor;
    if (color && color !== 'transparent' && color !== 'rgba(0, 0, 0, 0)') return color;
  }
  return undefined;
}

/**
 * Renders a chart to a PNG blob at `scale` times its size (default 2, for sharp slides). Browser only.
 *
 * @example
 * const png = await exportPng(chartRef.current!, { scale: 3 });
 */
export async function exportPng(element: Element, options: { scale?: number } = {}): Promise<Blob> {
  const scale = options.scale ?? 2;
  const svgText = exportSvg(element);
  const svg = chartSvg(element);
  const box = svg.viewBox.baseVal;
  const width = Math.round((box?.width || svg.clientWidth) * scale);
  const height = Math.round((box?.height || svg.clientHeight) * scale);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('exportPng: the SVG could not be drawn.'));
      image.src = url;
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
