/**
 * Rounds an SVG coordinate to 2 decimals (a hundredth of a pixel, below what a screen shows): smaller markup
 * and output that does not change with float noise. Halves round up (`Math.round`); `NaN` stays `NaN`. Values
 * of 1e15 or more in magnitude have no hundredths to round and come back as they are (scaling them by 100
 * could overflow to `Infinity` near ±1.8e308).
 *
 * @example
 * round(12.3456); // 12.35
 */
export function round(value: number): number {
  return Math.abs(value) >= 1e15 ? value : Math.round(value * 100) / 100;
}
