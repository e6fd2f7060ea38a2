/**
 * A share as a percentage that never rounds a part to nothing or to everything: `"<1%"` for a positive share
 * that would round to 0 %, `">99%"` for a share below 1 that would round to 100 % (`"<0.1%"`, `">99.9%"` with
 * `digits` 1), else `percent(share, digits)`. `percent` is a chart's `format.percent`, so the locale's spelling
 * is kept ("<1 %" in de-DE).
 *
 * @example
 * sharePercent(createFormat().percent, 0.0004); // "<1%"
 * sharePercent(createFormat().percent, 0.0004, 1); // "<0.1%"
 * sharePercent(createFormat().percent, 0.2); // "20%"
 */
export function sharePercent(
  percent: (share: number, digits?: number) => string,
  share: number,
  digits = 0,
): string {
  const step = 10 ** -(digits + 2);
  if (share > 0 && share < step / 2) return `<${percent(step, digits)}`;
  if (share < 1 && share >= 1 - step / 2) return `>${percent(1 - step, digits)}`;
  return percent(share, digits);
}
