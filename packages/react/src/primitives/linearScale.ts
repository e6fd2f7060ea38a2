import type { TickScale } from './ticks';

/**
 * The kit's linear scale: a linear map from a numeric domain to a numeric range (usually pixels), with d3's
 * ticks — the part of d3-scale's `scaleLinear` that number→number charts use, without its interpolators
 * (colours, strings, dates) and tick formats, which a bundler cannot drop (about 10 kB min+gzip of d3-color,
 * d3-interpolate and d3-format). Returns the same values as `scaleLinear(domain, range)` for finite inputs. Charts
 * that need band, log or symlog scales use d3-scale for those.
 */
export interface LinearScale extends TickScale {
  /** The position of `value` (not clamped: values outside the domain extrapolate). */
  (value: number): number;
  /** The domain, after {@link linearScale}'s `nice` when asked for. */
  readonly domain: readonly [number, number];
  /** The range. */
  readonly range: readonly [number, number];
  /** Round values in the domain, about `count` of them (default 10), chosen by d3-array's rule ({@link tickSpec}). */
  ticks(count?: number): number[];
}

/**
 * Builds a {@link LinearScale}. With `nice`, the domain is first extended to round values as
 * `scaleLinear(domain, range).nice(nice)` does, so the first and last ticks are the domain's ends.
 *
 * @example
 * const y = linearScale([0, 937], [300, 20], 5); // domain [0, 1000]
 * y(500); // 160
 * y.ticks(5); // [0, 200, 400, 600, 800, 1000]
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  nice?: number,
): LinearScale {
  let [d0, d1] = domain;
  const [r0, r1] = range;
  if (nice !== undefined) {
    // A descending domain stays descending.
    if (d1 < d0) [d1, d0] = niceExtent(d1, d0, nice);
    else [d0, d1] = niceExtent(d0, d1, nice);
  }
  // Interpolate from the domain's lower end (as d3-scale does), so a descending domain maps identically.
  const [lo, hi, from, to] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
  const span = hi - lo;
  const scale = ((value: number) => {
    const t = span ? (value - lo) / span : Number.isNaN(span) ? Number.NaN : 0.5;
    return from * (1 - t) + to * t;
  }) as LinearScale & { domain: [number, number]; range: [number, number] };
  scale.domain = [d0, d1];
  scale.range = [r0, r1];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}

/**
 * Widens the ascending extent `[lo, hi]` to multiples of the tick increment until the increment no
 * longer changes, as d3-scale's `nice` does: at most 10 rounds, and an extent that does not settle (or has no
 * finite increment) is kept as given. (d3-array's own `nice` differs: it keeps widening, e.g. `[-1, 1]` with
 * one tick grows to ±1e308, and stops on a zero increment with the extent widened so far.)
 */
/**
 * Where round ticks go for about `count` of them between `start ≤ stop`: indexes `i1…i2` and an increment
 * `inc` (a tick is `i · inc`; a negative `inc` −k means `i / k`, exact for decimal fractions). The step is a power
 * of ten times 1, 2, 5 or 10, the one whose spacing is nearest `(stop − start) / count` on a log scale (the
 * thresholds are √2, √10 and √50, the geometric midpoints). With fewer than 2 requested and no tick found, it
 * asks for twice as many. This is d3-array's rule, so the ticks equal d3-scale's.
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) i1++;
    if (i2 / inc > stop) i2--;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) i1++;
    if (i2 * inc > stop) i2--;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** About `count` round values from `start` to `stop` (either order; the result follows it). */
function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const values = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const k = reverse ? i2 - i : i1 + i;
    values[i] = inc < 0 ? k / -inc : k * inc;
  }
  return values;
}

/** The tick increment for `start ≤ stop` (see {@link tickSpec}); 0 when there is none. */
function tickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}

function niceExtent(lo: number, hi: number, count: number): [number, number] {
  let start = lo;
  let stop = hi;
  let previous: number | undefined;
  for (let round = 0; round < 10; round++) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) return [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      // A negative increment −k means steps of 1/k (exact for decimal fractions).
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else {
      break;
    }
    previous = step;
  }
  return [lo, hi];
}
