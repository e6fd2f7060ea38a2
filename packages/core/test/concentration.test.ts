import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concentration } from '../src/concentration';
import { fcRuns, propertyTimeout, swissInhabitants } from './support';

/** Generous for long local runs (KAMKIT_FC_RUNS=20000). */

const records = (values: unknown[]) => values.map((value, id) => ({ id, value: value as number }));

describe('concentration', () => {
  it('gives HHI 2,600 points for four firms with shares 30/30/20/20 (US DOJ/FTC example)', () => {
    // U.S. Department of Justice, Antitrust Division, "Herfindahl-Hirschman Index": "a market consisting of four
    // firms with market shares of thirty, thirty, twenty, and twenty percent has an HHI of 2,600".
    const result = concentration(records([30, 30, 20, 20]));
    expect(result.hhiPoints).toBeCloseTo(2600, 9);
    expect(result.hhi).toBeCloseTo(0.26, 12);
    expect(result.hhiNormalized).toBeCloseTo((0.26 - 0.25) / 0.75, 12);
    // The same shares as fractions.
    expect(concentration(records([0.3, 0.3, 0.2, 0.2])).hhiPoints).toBeCloseTo(2600, 9);
  });

  it('matches the documented Gini of the ineq/acid income example: 0.4620911, corrected 0.5134346', () => {
    // R package acid, ?gini example (x <- c(541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261);
    // gini(x)), example output on rdrr.io/cran/acid/man/gini.html: Gini 0.4620911, bcGini 0.5134346.
    const result = concentration(records([541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261]));
    expect(result.gini).toBeCloseTo(0.4620911, 7);
    expect(result.giniCorrected).toBeCloseTo(0.5134346, 7);
  });

  it('gives (n − 1)/(3n) for the values 1…n, 4/15 for 1…5 by hand', () => {
    // Ascending 1, 2, 3, 4, 5: Σ i·xᵢ = 55, Σx = 15 → 2·55/(5·15) − 6/5 = 4/15.
    expect(concentration(records([3, 1, 5, 2, 4])).gini).toBeCloseTo(4 / 15, 14);
    for (const n of [2, 10, 100]) {
      const values = Array.from({ length: n }, (_, i) => i + 1);
      expect(concentration(records(values)).gini).toBeCloseTo((n - 1) / (3 * n), 12);
    }
  });

  it('matches the Gini of SwissInhabitants in CalculatedABC.jl (same population formula)', () => {
    // ckafi/CalculatedABC.jl, test/test_gini.jl: gini_coeff(SwissInhabitants) = 0.6294073840902157, computed as
    // 2·Σ i·y(i) / (n·Σy) − (n + 1)/n over the sorted data.
    const result = concentration(records(swissInhabitants()));
    expect(result.gini).toBeCloseTo(0.6294073840902157, 12);
    expect(result.n).toBe(2896);
  });

  it('gives 0 inequality and HHI 1/n for equal values', () => {
    const result = concentration(records([7, 7, 7, 7, 7]));
    expect(result.gini).toBe(0);
    expect(result.giniCorrected).toBe(0);
    expect(result.hhi).toBeCloseTo(0.2, 15);
    expect(result.hhiNormalized).toBeCloseTo(0, 12);
    expect(result.lorenz.map((p) => p.y)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('draws the Lorenz curve from (0, 0) to (1, 1), smallest accounts first', () => {
    const result = concentration(records([4, 1, 3, 2]));
    expect(result.lorenz).toEqual([
      { x: 0, y: 0 },
      { x: 0.25, y: 0.1 },
      { x: 0.5, y: 0.3 },
      { x: 0.75, y: 0.6 },
      { x: 1, y: 1 },
    ]);
  });

  it('documents n = 1 and n = 0', () => {
    expect(concentration(records([42]))).toMatchObject({
      n: 1,
      gini: 0,
      giniCorrected: null,
      hhi: 1,
      hhiPoints: 10_000,
      hhiNormalized: null,
      lorenz: [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ],
    });
    expect(concentration(records([0, null]))).toMatchObject({
      n: 0,
      total: 0,
      gini: null,
      giniCorrected: null,
      hhi: null,
      hhiPoints: null,
      hhiNormalized: null,
      lorenz: [],
    });
  });

  it('excludes values ≤ 0, non-finite and missing values with the reason and keeps pareto rows', () => {
    const result = concentration(records([5, 0, -2, Number.POSITIVE_INFINITY, undefined, 15]));
    expect(result.excluded.map((e) => [e.id, e.reason])).toEqual([
      [1, 'zero'],
      [2, 'negative'],
      [3, 'non-finite'],
      [4, 'missing'],
    ]);
    expect(result.rows.map((r) => [r.id, r.share])).toEqual([
      [5, 0.75],
      [0, 0.25],
    ]);
    expect(result.gini).toBeCloseTo(0.25, 15);
  });

  it('reads fields by name or accessor', () => {
    const data = [
      { name: 'x', revenue: 9 },
      { name: 'y', revenue: 1 },
    ];
    const byName = concentration(data, { value: 'revenue', id: 'name' });
    expect(byName).toEqual(concentration(data, { value: (d) => d.revenue, id: (d) => d.name }));
    expect(byName.hhi).toBeCloseTo(0.82, 15);
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const data = fc.array(
      fc.oneof(
        fc.integer({ min: -3, max: 1000 }),
        fc.double({ min: -10, max: 1e9, noNaN: false }),
        fc.constant(null),
      ),
      { maxLength: 60 },
    );

    it('keeps every measure in range, the Lorenz curve convex and ignores input order', () => {
      fc.assert(
        fc.property(data, (values) => {
          const input = values.map((value, i) => ({ id: `k${i}`, value }));
          const copy = structuredClone(input);
          const result = concentration(input);
          expect(input).toEqual(copy);
          const seen = [...result.rows, ...result.excluded].map((r) => r.index).sort((a, b) => a - b);
          expect(seen).toEqual(input.map((_, i) => i));
          const n = result.n;
          if (n === 0) return;
          const gini = result.gini as number;
          const hhi = result.hhi as number;
          expect(gini).toBeGreaterThanOrEqual(0);
          expect(gini).toBeLessThanOrEqual(1 - 1 / n + 1e-12);
          expect(hhi).toBeGreaterThanOrEqual(1 / n - 1e-12);
          expect(hhi).toBeLessThanOrEqual(1 + 1e-12);
          expect(result.hhiPoints).toBeCloseTo(hhi * 10_000, 6);
          if (n > 1) {
            expect(result.giniCorrected).toBeLessThanOrEqual(1 + 1e-12);
            expect(result.hhiNormalized).toBeGreaterThanOrEqual(-1e-12);
            expect(result.hhiNormalized).toBeLessThanOrEqual(1 + 1e-12);
          }
          const { lorenz } = result;
          expect(lorenz).toHaveLength(n + 1);
          expect(lorenz[0]).toEqual({ x: 0, y: 0 });
          expect(lorenz[n]).toEqual({ x: 1, y: 1 });
          let area = 0;
          for (let k = 1; k <= n; k++) {
            const slope = (lorenz[k]!.y - lorenz[k - 1]!.y) * n;
            if (k > 1) expect(slope).toBeGreaterThanOrEqual((lorenz[k - 1]!.y - lorenz[k - 2]!.y) * n - 1e-9);
            expect(lorenz[k]!.y).toBeLessThanOrEqual(lorenz[k]!.x + 1e-12);
            area += (lorenz[k]!.y + lorenz[k - 1]!.y) / (2 * n);
          }
          // Gini = 1 − 2 · area under the (piecewise linear) Lorenz curve.
          expect(gini).toBeCloseTo(1 - 2 * area, 9);
          const reversed = concentration([...input].reverse());
          expect(reversed.gini).toBe(result.gini);
          expect(reversed.hhi).toBe(result.hhi);
          expect(reversed.lorenz).toEqual(result.lorenz);
        }),
        { numRuns: fcRuns },
      );
    });
  });
});
