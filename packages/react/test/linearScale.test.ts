import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale } from '../src/primitives/linearScale';

const runs = Number(process.env.KAMKIT_FC_RUNS ?? 1000);

// Domains as charts meet them (0 to a maximum, any sign, tiny to huge magnitudes) and arbitrary doubles.
const magnitude = fc.integer({ min: -12, max: 15 });
const scaled = fc
  .tuple(fc.double({ min: -10, max: 10, noNaN: true }), magnitude)
  .map(([m, e]) => m * 10 ** e);
const bound = fc.oneof(
  scaled,
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constant(0),
  fc.double({ min: -1e300, max: 1e300, noNaN: true }).filter((v) => v === 0 || Math.abs(v) > 1e-300),
);
const domain = fc.oneof(
  fc.tuple(fc.constant(0), bound),
  fc.tuple(bound, bound),
  fc.tuple(bound, bound).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
);
const range = fc.tuple(
  fc.double({ min: -5000, max: 5000, noNaN: true }),
  fc.double({ min: -5000, max: 5000, noNaN: true }),
);
const count = fc.integer({ min: 1, max: 20 });

/** The same positions (0 and −0 are the same; NaN is NaN). */
function same(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i] || (Number.isNaN(v) && Number.isNaN(b[i])));
}

/** The ticks (−0 and 0 told apart: a tick −0 would read "-0"), or the error's name when making them throws. */
function attempt(make: () => number[]): number[] | string {
  try {
    return make();
  } catch (error) {
    return (error as Error).name;
  }
}

describe('linearScale', () => {
  it('maps, nices and ticks exactly as d3-scale’s scaleLinear', () => {
    fc.assert(
      fc.property(
        domain,
        range,
        fc.option(count, { nil: undefined }),
        count,
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 5 }),
        ([d0, d1], [r0, r1], nice, tickCount, values) => {
          const d3 = scaleLinear([d0, d1], [r0, r1]);
          if (nice !== undefined) d3.nice(nice);
          const ours = linearScale([d0, d1], [r0, r1], nice);
          expect(ours.domain).toEqual(d3.domain());
          // Both throw d3-array's RangeError where the tick count overflows (denormal domains).
          const ticks = attempt(() => d3.ticks(tickCount));
          expect(attempt(() => ours.ticks(tickCount))).toEqual(ticks);
          expect(attempt(() => ours.ticks())).toEqual(attempt(() => d3.ticks()));
          if (!Array.isArray(ticks)) return;
          const [a, b] = ours.domain;
          for (const v of [a, b, (a + b) / 2, ...values, ...ours.ticks(tickCount)])
            expect(same([ours(v)], [d3(v)])).toBe(true);
        },
      ),
      { numRuns: runs },
    );
  });

  it('nices the domains of a chart’s value axis to round numbers', () => {
    const y = linearScale([0, 937], [300, 20], 5);
    expect(y.domain).toEqual([0, 1000]);
    expect(y.ticks(5)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(y(500)).toBe(160);
    expect(y.range).toEqual([300, 20]);
  });

  it('keeps a descending domain descending', () => {
    const x = linearScale([10, 0], [0, 100]);
    expect(x(10)).toBe(0);
    expect(x(0)).toBe(100);
    expect(x.ticks(2)).toEqual([10, 5, 0]);
    expect(linearScale([9.3, 0.2], [0, 1], 5).domain).toEqual([10, 0]);
  });

  it('gives up on a domain that does not settle, as scaleLinear does (d3-array’s `nice` would not)', () => {
    expect(linearScale([-1, 1], [0, 1], 1).domain).toEqual([-1, 1]);
    expect(scaleLinear([-1, 1], [0, 1]).nice(1).domain()).toEqual([-1, 1]);
  });

  it('maps a zero-width domain to the middle of the range', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
    expect(linearScale([3, 3], [0, 100]).ticks(5)).toEqual([3]);
  });
});
