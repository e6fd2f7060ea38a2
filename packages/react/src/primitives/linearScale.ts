import { tickIncrement, ticks } from 'd3-array';
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
  /** Round values in the domain, about `count` of them (default 10), chosen by d3-array's `ticks`. */
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
 * Widens the ascending extent `[lo, hi]` to multiples of d3-array's tick increment until the increment no
 * longer changes, as d3-scale's `nice` does: at most 10 rounds, and an extent that does not settle (or has no
 * finite increment) is kept as given. (d3-array's own `nice` differs: it keeps widening, e.g. `[-1, 1]` with
 * one tick grows to ±1e308, and stops on a zero increment with the extent widened so far.)
 */
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
