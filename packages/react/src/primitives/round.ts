/**
 * Rounds an SVG coordinate to 2 decimals (a hundredth of a pixel, below what a screen shows): smaller markup
 * and output that does not change with float noise. Halves round up (`Math.round`); `NaN` stays `NaN`.
 *
 * @example
 * round(12.3456); // 12.35
 */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
