import { line } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curvePath } from '../src/primitives/curve';
import type { PathPoint } from '../src/primitives/polylinePath';
import { polylinePath } from '../src/primitives/polylinePath';

const runs = Number(process.env.KAMKIT_FC_RUNS ?? 1000);

const coordinate = fc.oneof(
  fc.double({ min: -5000, max: 5000, noNaN: true }),
  fc.integer({ min: -5000, max: 5000 }),
  fc.constantFrom(0, -0, 0.0005, -0.0005, 1.0005, 2.675),
);
const points = fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 40 });
const round2 = (v: number) => Math.round(v * 100) / 100;

describe('polylinePath', () => {
  it('draws the same path as d3-shape’s line()', () => {
    fc.assert(
      fc.property(points, (ps) => {
        const d3 = line<PathPoint>(
          (p) => p.x,
          (p) => p.y,
        )(ps);
        expect(polylinePath(ps)).toBe(ps.length === 0 ? '' : d3);
      }),
      { numRuns: runs },
    );
  });

  it('rounds to 2 decimals for curvePath as line() over rounded points did', () => {
    fc.assert(
      fc.property(points, (ps) => {
        const d3 = line<PathPoint>(
          (p) => round2(p.x),
          (p) => round2(p.y),
        )(ps);
        expect(curvePath(ps)).toBe(ps.length === 0 ? '' : d3);
      }),
      { numRuns: runs },
    );
  });

  it('writes moves and lines with 3 decimals at most', () => {
    expect(polylinePath([])).toBe('');
    expect(polylinePath([{ x: 1, y: 2 }])).toBe('M1,2Z');
    expect(
      polylinePath([
        { x: 0, y: 100 },
        { x: 50.12345, y: -0.0001 },
        { x: 60, y: 20.5 },
      ]),
    ).toBe('M0,100L50.123,0L60,20.5');
  });
});
