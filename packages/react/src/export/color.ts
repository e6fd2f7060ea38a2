/**
 * Colours for exported files, where a CSS variable, `color-mix()`, `oklch()` or `color(srgb …)` would not be
 * understood (Illustrator, Figma, PowerPoint): every colour becomes plain sRGB, `#rrggbb`, or
 * `rgba(r, g, b, a)` when it is not opaque. Browser only.
 */

const SRGB_FUNCTION = /^color\(srgb\s+([\d.e+-]+)\s+([\d.e+-]+)\s+([\d.e+-]+)(?:\s*\/\s*([\d.e+-]+%?))?\)$/;
const RGB_FUNCTION = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/;

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * The plain sRGB form of a computed CSS colour (`getComputedStyle(…).fill` and the like): `#rrggbb`,
 * `rgba(r, g, b, a)` for alpha below 1, `none` for a fully transparent colour, and the value itself for
 * `none`, `url(…)` and `context-*` paints. `rgb()` and `color(srgb …)` are converted exactly; other colour spaces
 * (`oklch()`, `lab()`, `display-p3`) are drawn on a 1×1 canvas and read back (gamut-mapped to sRGB, 8 bits).
 *
 * @example
 * plainColor('color(srgb 0 0.447 0.698)'); // "#0072b2"
 */
export function plainColor(value: string): string {
  const text = value.trim();
  if (text === '' || text === 'none' || text.startsWith('url(') || text.startsWith('context-')) return text;
  const rgb = RGB_FUNCTION.exec(text);
  if (rgb) return format(Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha(rgb[4]));
  const srgb = SRGB_FUNCTION.exec(text);
  if (srgb)
    return format(Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, alpha(srgb[4]));
  return viaCanvas(text) ?? text;
}

function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

function format(r: number, g: number, b: number, a: number): string {
  if (!(a > 0)) return 'none';
  const channels = [r, g, b].map((c) => Math.max(0, Math.min(255, Math.round(c))));
  if (a >= 1) return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${channels.join(', ')}, ${Math.round(a * 1000) / 1000})`;
}

function viaCanvas(color: string): string | undefined {
  if (probe === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    probe = canvas.getContext('2d', { willReadFrequently: true });
  }
  if (!probe) return undefined;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = probe.getImageData(0, 0, 1, 1).data;
  return format(r, g, b, a / 255);
}

const GENERIC =
  /(^|,)\s*(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-sans-serif|ui-serif|ui-monospace|ui-rounded|math|emoji)\s*($|,)/i;

/**
 * A font stack that ends in a generic family, so an exported file opened on another machine (without the
 * page's web fonts) still draws text in a similar face: the computed stack, plus `sans-serif` if it names none.
 */
export function fontStack(family: string): string {
  const text = family.trim() || 'sans-serif';
  return GENERIC.test(text) ? text : `${text}, sans-serif`;
}
