/** Median of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds with 3 significant digits. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 100) return `${Math.round(value).toLocaleString('en-US')} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

/** A ratio such as "12.3×". */
export function ratio(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(value >= 2 ? 1 : 2)}×`;
}

/** "3.2× faster" when `times` ≥ 1, else "1.5× slower" (`better`/`worse` name the direction). */
export function compare(times: number, better: string, worse: string): string {
  if (!Number.isFinite(times)) return '—';
  return times >= 1 ? `${ratio(times)} ${better}` : `${ratio(1 / times)} ${worse}`;
}

/** Bytes as kB (1 kB = 1,000 bytes) with two decimals. */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}

/**
 * The order of `items` in `round`: a Williams design (a Latin square balanced for what runs just before): over
 * any `n` consecutive rounds (`2n` when `n` is odd) every item runs in every position equally often and right
 * after every other item equally often, so no library always runs first, last, or after the same library,
 * whose garbage or cache state it could inherit.
 */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const n = items.length;
  // First row 0, 1, n−1, 2, n−2, …; row r adds r (mod n); for odd n the second n rows are reversed.
  const base = Array.from({ length: n }, (_, j) => (j === 0 ? 0 : j % 2 ? (j + 1) / 2 : n - j / 2));
  const shift = round % n;
  const order = base.map((k) => items[(k + shift) % n] as T);
  return n % 2 === 1 && Math.floor(round / n) % 2 === 1 ? order.reverse() : order;
}

/** Prints a table as GitHub Markdown, columns padded for the terminal. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, c) => cell.padEnd(widths[c] as number)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
