import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AbcTier } from '../src/abc';
import { abc } from '../src/abc';
import { evaluateSpline, fmmSpline } from '../src/spline';
import { fcRuns, propertyTimeout, swissInhabitants } from './support';

/** Generous for long local runs (KAMKIT_FC_RUNS=20000). */

interface ReferenceCase {
  name: string;
  abExchanged: boolean;
  abX: number;
  submarginalX: number;
  tiers: string;
  values: number[];
}

/** Results of ABCanalysis 1.2.1 on random data; see the header of the fixture for how they were made. */
function referenceCases(): ReferenceCase[] {
  const path = fileURLToPath(new URL('./fixtures/abcanalysis-reference.tsv', import.meta.url));
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1);
  return lines.map((line) => {
    const [name, abExchanged, abX, submarginalX, tiers, values] = line.split('\t') as string[] as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    return {
      name,
      abExchanged: abExchanged === 'true',
      abX: Number(abX),
      submarginalX: Number(submarginalX),
      tiers,
      values: values.split(',').map(Number),
    };
  });
}

const computed = (values: number[]) =>
  abc(
    values.map((value, id) => ({ id, value })),
    { method: 'computed' },
  );

/** Tiers in input order. */
const tiersByInput = (result: ReturnType<typeof computed>) => {
  const tiers = new Array<AbcTier>(result.rows.length);
  for (const row of result.rows) tiers[row.index] = row.tier;
  return tiers.join('');
};

describe('abc with method computed', () => {
  it('matches ABCanalysis on the Swiss communes of 1900 (SwissInhabitants): |A| = 639, |B| = 438, |C| = 1819', () => {
    // Reference: ABCanalysis 1.2.1 (CRAN), ABCanalysis(SwissInhabitants), run under R 4.2.2 with the package's
    // own ABCcurve/ABCanalysis code. Neither the paper (Ultsch & Lötsch 2015) nor the package documentation
    // prints these set sizes (its examples only compute them), so they come from running the package itself:
    // A = 639, B = 438, C = 1819; break-even point x = 0.221 left of the Pareto point x = 0.254 (ABexchanged);
    // submarginal point x = 0.372; ABLimit = 1153 inhabitants, BCLimit = 710 inhabitants.
    const values = swissInhabitants();
    const result = computed(values);
    expect([result.summary.A.count, result.summary.B.count, result.summary.C.count]).toEqual([
      639, 438, 1819,
    ]);
    const limits = result.computed!;
    expect(limits.abExchanged).toBe(true);
    expect(limits.breakEven.x).toBe(0.221);
    expect(limits.pareto.x).toBe(0.254);
    expect(limits.submarginal.x).toBe(0.372);
    expect(limits.abPoint).toEqual(limits.breakEven);
    expect(limits.bcPoint).toEqual(limits.submarginal);
    expect(limits.abLimit).toBe(1153);
    expect(limits.bcLimit).toBe(710);
    // Yields of the interpolated curve at those points, as printed by R (17 significant digits).
    expect(limits.breakEven.y).toBeCloseTo(0.69069063987642254, 14);
    expect(limits.pareto.y).toBeCloseTo(0.7221423477142892, 14);
    expect(limits.submarginal.y).toBeCloseTo(0.810559122461741, 14);
    expect(limits.curve).toHaveLength(1001);
    expect(result.rows.filter((r) => r.tier === 'A').every((r) => r.value > 1153)).toBe(true);
    expect(result.rows.filter((r) => r.tier === 'C').every((r) => r.value < 710)).toBe(true);
  });

  it('lands near the points of the independent Julia port CalculatedABC.jl on SwissInhabitants', () => {
    // ckafi/CalculatedABC.jl, test/test_analysis.jl, reads the same 2,896 values (test/swissinhabitants) but
    // finds the points on the raw, uninterpolated curve: Pareto x = 0.25379834…, break-even x = 0.22168508…,
    // submarginal x = 0.37154696…; sets 642 / 434 / 1820. ABCanalysis' 0.001 grid puts each point within 0.001.
    const limits = computed(swissInhabitants()).computed!;
    expect(Math.abs(limits.pareto.x - 0.25379834254143646)).toBeLessThan(0.001);
    expect(Math.abs(limits.breakEven.x - 0.22168508287292818)).toBeLessThan(0.001);
    expect(Math.abs(limits.submarginal.x - 0.3715469613259669)).toBeLessThan(0.001);
  });

  it('matches ABCanalysis set for set on 186 random data sets of 2 to 1,000 values', () => {
    const cases = referenceCases();
    expect(cases).toHaveLength(186);
    for (const c of cases) {
      const result = computed(c.values);
      expect({ name: c.name, tiers: tiersByInput(result) }).toEqual({ name: c.name, tiers: c.tiers });
      expect(result.computed!.abExchanged).toBe(c.abExchanged);
      expect(result.computed!.abPoint.x).toBe(c.abX);
      expect(result.computed!.submarginal.x).toBe(c.submarginalX);
    }
  });

  it('uses a 0.01 grid below 101 accounts and a 0.001 grid from 101 on', () => {
    const ramp = (n: number) => Array.from({ length: n }, (_, i) => (i + 1) ** 2);
    expect(computed(ramp(100)).computed!.curve).toHaveLength(101);
    expect(computed(ramp(101)).computed!.curve).toHaveLength(1001);
    const curve = computed(ramp(100)).computed!.curve;
    expect(curve[0]).toEqual({ x: 0, y: 0 });
    expect(curve[100]!.x).toBe(1);
  });

  it('puts an account whose value equals a limit in B and keeps equal values together', () => {
    // A small case from the reference set (lnorm-5-1), checked by hand: sorted 484, 335, 250, 101, 42; the A|B
    // point x = 0.4 gives position round(0.4 · 5) = 2 → abLimit 335, the B|C point x = 0.6 gives position 3 →
    // bcLimit 250. A: above 335 → {484}; B: 335 down to 250 → {335, 250} (335 equals the limit: B); C: {101, 42}.
    const result = computed([250, 335, 101, 42, 484]);
    expect(tiersByInput(result)).toBe('BBCCA');
    expect(result.computed!.abLimit).toBe(335);
    expect(result.computed!.bcLimit).toBe(250);
    const tied = computed([10, 10, 10, 10, 1, 1, 1, 1, 1, 1]);
    const byValue = new Map<number, Set<AbcTier>>();
    for (const row of tied.rows) byValue.set(row.value, (byValue.get(row.value) ?? new Set()).add(row.tier));
    for (const tiers of byValue.values()) expect(tiers.size).toBe(1);
    expect(tied.ties).toBe('group');
  });

  it('makes every account A when all values are equal, including a single account', () => {
    expect(tiersByInput(computed([7]))).toBe('A');
    expect(tiersByInput(computed([3, 3, 3, 3]))).toBe('AAAA');
    expect(computed([3, 3]).computed!.abLimit).toBe(Number.NEGATIVE_INFINITY);
  });

  it('excludes values ≤ 0 before drawing the curve and reports the options it used', () => {
    const result = abc(
      [
        { id: 'a', value: 0 },
        { id: 'b', value: 484 },
        { id: 'c', value: -5 },
        { id: 'd', value: 335 },
      ],
      { method: 'computed' },
    );
    expect(result.excluded.map((e) => e.id)).toEqual(['a', 'c']);
    expect(result.rows).toHaveLength(2);
    expect(result).toMatchObject({ method: 'computed', thresholds: null, basis: null, boundary: null });
  });

  it('interpolates like R’s fmm spline: exact on cubics, straight with two knots', () => {
    // The fmm end conditions reproduce any cubic exactly.
    const f = (x: number) => 2 * x ** 3 - x ** 2 + 3 * x - 1;
    const xs = [0, 0.5, 1.25, 2, 3, 4.5];
    const spline = fmmSpline(xs, xs.map(f));
    const at = [0.1, 0.7, 1.9, 2.5, 4.4, 5];
    const values = evaluateSpline(spline, at);
    const slopes = evaluateSpline(spline, at, 1);
    at.forEach((x, i) => {
      expect(values[i]).toBeCloseTo(f(x), 9);
      expect(slopes[i]).toBeCloseTo(6 * x ** 2 - 2 * x + 3, 8);
    });
    const line = fmmSpline([0, 2], [1, 5]);
    expect(Array.from(evaluateSpline(line, [0, 1, 2, 3]))).toEqual([1, 3, 5, 7]);
    expect(Array.from(evaluateSpline(line, [1], 1))).toEqual([2]);
  });

  it('evaluates bit for bit like R’s spline() and splinefun(…, deriv = 1), extrapolation included', () => {
    // R 4.2.2: set.seed(7); x <- sort(runif(9, 0, 10)); y <- rnorm(9); u <- seq(-1, 11, length.out = 37);
    // spline(x, y, xout = u)$y and splinefun(x, y)(u, 1), printed with 17 significant digits.
    const knotsX = [
      0.69748678710311651, 1.1569777876138687, 1.6585548454895616, 2.437493905890733, 3.4006235282868147,
      3.9774545328691602, 7.9201042582280934, 9.7206250065937638, 9.8890929785557091,
    ];
    const knotsY = [
      -0.10269212977567971, -0.73399103025783929, -1.3029170328220878, -1.3741296678573252,
      -2.3779496004667902, -0.47727035787184419, -0.5381891467738299, 1.3166458970516339, -1.5090285450436349,
    ];
    const at = [
      -1, -0.66666666666666674, -0.33333333333333337, 0, 0.33333333333333326, 0.66666666666666652, 1,
      1.333333333333333, 1.6666666666666665, 2, 2.333333333333333, 2.6666666666666665, 3, 3.333333333333333,
      3.6666666666666661, 4, 4.333333333333333, 4.6666666666666661, 5, 5.333333333333333, 5.6666666666666661,
      6, 6.333333333333333, 6.6666666666666661, 7, 7.3333333333333321, 7.6666666666666661, 8,
      8.3333333333333321, 8.6666666666666661, 9, 9.3333333333333321, 9.6666666666666661, 10,
      10.333333333333332, 10.666666666666666, 11,
    ];
    const values = [
      -1.08126932077131, -0.20864761137962803, 0.25704144400006818, 0.38796324498348245, 0.25628319118631965,
      -0.065833317775715688, -0.50622088228691942, -0.98663317601417622, -1.3063522418852729,
      -1.2927295731985664, -1.2953677732708166, -1.7250653955582447, -2.3327739857911034, -2.4668658274954165,
      -1.6205120661278682, -0.40612582005706765, 0.31155199665791472, 0.48894693385997928,
      0.25048190141464394, -0.27942019081257169, -0.97633643295614991, -1.7158439151505744,
      -2.3735197275303226, -2.8249409602298785, -2.9456847033837228, -2.6113280471263369, -1.6974480815922015,
      -0.081620441535553367, 2.0900604111946826, 4.134983800909926, 5.3067485458477472, 4.8589534642457428,
      2.0451973743414915, -3.8417031638947643, -13.252106541129578, -26.53302103470843, -44.031172371703946,
    ];
    const slopes = [
      3.3004295088087301, 1.9713834473492149, 0.85883358473681337, -0.037220079028475128,
      -0.71677754394664972, -1.1798388100177106, -1.4264038772416581, -1.3530295560221257,
      -0.40670738154364872, 0.25246004829278584, -0.50427259409738812, -1.8761800775102686,
      -1.4413860558963192, 0.96552041366100116, 3.6469729625504601, 3.0878806792798437, 1.2803976759428128,
      -0.15381659779766332, -1.2147621419415868, -1.9024389564889521, -2.2168470414397623,
      -2.1579863967940165, -1.7258570225517156, -0.92045891871285956, 0.25820791472255511, 1.810143477754518,
      3.7353477703830444, 5.9587775709508302, 6.6981069545494289, 5.1982327928607948, 1.4591550858849183,
      -4.5191261663781646, -12.736610963928518, -22.772169184261251, -33.863613942684168, -45.995235882325133,
      -59.167035003184104,
    ];
    const spline = fmmSpline(knotsX, knotsY);
    expect(Array.from(evaluateSpline(spline, at))).toEqual(values);
    expect(Array.from(evaluateSpline(spline, at, 1))).toEqual(slopes);
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const data = fc.array(
      fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.001, max: 1e6, noNaN: true })),
      {
        minLength: 1,
        maxLength: 150,
      },
    );

    it('partitions accounts into value bands A > B > C, ignores input order and loses no record', () => {
      fc.assert(
        fc.property(data, (values) => {
          const input = values.map((value, i) => ({ id: `k${i}`, value }));
          const copy = structuredClone(input);
          const result = abc(input, { method: 'computed' });
          expect(input).toEqual(copy);
          expect(result.rows).toHaveLength(values.length);
          const { A, B, C } = result.summary;
          expect(A.count + B.count + C.count).toBe(values.length);
          expect(A.share + B.share + C.share).toBeCloseTo(1, 9);
          const minOf = (t: AbcTier) =>
            Math.min(...result.rows.filter((r) => r.tier === t).map((r) => r.value));
          const maxOf = (t: AbcTier) =>
            Math.max(...result.rows.filter((r) => r.tier === t).map((r) => r.value));
          if (A.count && B.count) expect(minOf('A')).toBeGreaterThan(maxOf('B'));
          if (B.count && C.count) expect(minOf('B')).toBeGreaterThan(maxOf('C'));
          if (A.count && C.count) expect(minOf('A')).toBeGreaterThan(maxOf('C'));
          const limits = result.computed!;
          expect(limits.abPoint.x).toBeLessThanOrEqual(Math.max(limits.pareto.x, limits.breakEven.x));
          const reversed = abc([...input].reverse(), { method: 'computed' });
          expect(reversed.rows.map((r) => [r.id, r.tier])).toEqual(result.rows.map((r) => [r.id, r.tier]));
        }),
        { numRuns: fcRuns },
      );
    });
  });
});
