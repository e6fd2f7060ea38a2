import { describe, expect, it } from 'vitest';
import {
  abc,
  abcOverTime,
  abcXyz,
  accessor,
  concentration,
  KamkitError,
  mrrByPlan,
  mrrMovements,
  onboardingStatus,
  pareto,
  profitMatrix,
  score,
  upsellCandidates,
  whaleCurve,
  xyz,
} from '../src';
import { describe as describeValue } from '../src/errors';

/** The error a call throws (a KamkitError, or whatever else it threw), or `null` when it returns. */
function thrown(run: () => unknown): unknown {
  try {
    run();
    return null;
  } catch (error) {
    return error;
  }
}

function circular(): Record<string, unknown> {
  const value: Record<string, unknown> = { a: 1 };
  value.self = value;
  return value;
}

const criteria = [
  { key: 'g', axis: 'growth', weight: 1, value: 'g' },
  { key: 'h', axis: 'harmony', weight: 1, value: 'h' },
] as const;

const proto = '__proto__';

describe('regressions of issue 20 (each cause by name)', () => {
  it('null or undefined options mean the defaults; options that are not an object are INVALID_OPTION', () => {
    const data = [{ id: 'a', value: 2, profit: 1, series: [1, 2], period: 1, plan: 'p', mrr: 3 }];
    const optional = [pareto, abc, concentration, whaleCurve, xyz, abcXyz, mrrByPlan] as ((
      d: unknown,
      o: unknown,
    ) => unknown)[];
    for (const fn of optional) {
      expect(() => fn(data, null)).not.toThrow();
      expect(() => fn(data, undefined)).not.toThrow();
      expect(thrown(() => fn(data, 5))).toMatchObject({ code: 'INVALID_OPTION', field: 'options' });
    }
    expect(() => mrrMovements(data, data, null)).not.toThrow();
    // Functions whose options are required say which option is missing.
    expect(thrown(() => profitMatrix(data, null as never))).toMatchObject({
      code: 'INVALID_OPTION',
      field: 'x',
    });
    expect(thrown(() => score(data, null as never))).toMatchObject({
      code: 'INVALID_OPTION',
      field: 'criteria',
    });
    expect(thrown(() => abcOverTime(data, null as never))).toMatchObject({ field: 'periods' });
    expect(thrown(() => onboardingStatus(data, null as never))).toMatchObject({ field: 'stages' });
    expect(thrown(() => upsellCandidates(data, null as never))).toMatchObject({ field: 'topPlan' });
  });

  it('building an error message never throws: BigInt, Symbol, circular and null-prototype option values', () => {
    const hostile = [10n, Symbol('x'), circular(), Object.create(null), [1, 2n, Symbol('y')]];
    for (const value of hostile) {
      const cases: (() => unknown)[] = [
        () => abc([], { basis: value as never }),
        () => abc([], { thresholds: value as never }),
        () => xyz([], { deviation: value as never }),
        () => xyz([], { periods: value as never }),
        () => profitMatrix([], { x: 'x', y: 'y', split: value as never }),
        () => profitMatrix([], { x: 'x', y: 'y', preset: value as never }),
        () => score([], { criteria, quadrants: { split: value as never } }),
        () => score([], { criteria, axisWeights: value as never }),
        () => pareto([], { cutoff: value as never }),
        () => pareto([], { value: value as never }),
      ];
      for (const run of cases) {
        const error = thrown(run);
        expect(error).toBeInstanceOf(KamkitError);
        expect((error as KamkitError).code).toMatch(/^INVALID_(OPTION|WEIGHTS)$/);
        expect((error as KamkitError).message).toMatch(/got /);
      }
    }
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue(circular())).toBe('an object');
    expect(describeValue([1, 2])).toBe('an array of 2');
    expect(describeValue(Object.create(null))).toBe('an object');
  });

  it('a null-prototype record is read like any other; a hole in an option array is INVALID_OPTION', () => {
    const record = Object.assign(Object.create(null), { id: 'n', value: 4 });
    expect(pareto([record, { id: 'm', value: 1 }]).rows.map((r) => r.id)).toEqual(['n', 'm']);
    const holed = [criteria[0], criteria[1], criteria[1]];
    delete holed[1];
    expect(thrown(() => score([], { criteria: holed as never }))).toMatchObject({
      code: 'INVALID_OPTION',
      field: 'criteria[1]',
    });
    const periods = ['a', 'b', 'c'];
    delete periods[1];
    expect(thrown(() => abcOverTime([], { periods, value: 'v' }))).toMatchObject({ field: 'periods[1]' });
  });

  it('large finite numbers give a finite result or OVERFLOW, never NaN', () => {
    expect(thrown(() => whaleCurve([{ profit: 1e308 }, { profit: 1e308 }]))).toMatchObject({
      code: 'OVERFLOW',
    });
    expect(thrown(() => xyz([{ series: [1e308, 1e308] }]))).toMatchObject({ code: 'OVERFLOW' });
    expect(thrown(() => mrrMovements([{ mrr: 1e308 }, { mrr: 1e308 }], []))).toMatchObject({
      code: 'OVERFLOW',
    });
    expect(
      thrown(() =>
        mrrByPlan([
          { period: 1, plan: 'p', mrr: 1e308 },
          { period: 2, plan: 'p', mrr: 1e308 },
        ]),
      ),
    ).toMatchObject({
      code: 'OVERFLOW',
    });
    // Gini and HHI from shares: one account with (almost) everything.
    const c = concentration([1e308, 1, 2, 3].map((value) => ({ value })));
    expect(c.gini).toBeCloseTo(0.75, 12);
    expect(c.hhi).toBeCloseTo(1, 12);
    // Whale curve with huge offsetting profits: finite cumulative shares, or OVERFLOW when a share cannot be.
    const whale = whaleCurve([{ profit: 1e308 }, { profit: -9e307 }, { profit: 5e307 }]);
    expect(whale.rows.every((r) => Number.isFinite(r.cumulative) && Number.isFinite(r.cumulativeShare))).toBe(
      true,
    );
    // xyz: deviations of huge values are scaled, not squared into Infinity.
    const steady = xyz([{ series: [8e307, 8e307] }]).rows[0]!;
    expect(steady).toMatchObject({ standardDeviation: 0, cv: 0, xyz: 'X' });
    // profitMatrix: the median and mean of huge values do not overflow.
    const matrix = profitMatrix(
      [
        { x: 1.5e308, y: -1.5e308 },
        { x: 1.5e308, y: 1.5e308 },
      ],
      { x: 'x', y: 'y', split: 'mean' },
    );
    expect(matrix.split).toEqual({ x: 1.5e308, y: 0 });
    // score: weights near Number.MAX_VALUE and a scale spanning it.
    const scored = score([{ g: 0, h: 5 }], {
      criteria: [
        { key: 'g', axis: 'growth', weight: 1e308, value: 'g', scale: [-1e308, 1e308] },
        { key: 'g2', axis: 'growth', weight: 1e308, value: 'g', scale: [-1e308, 1e308] },
        { key: 'h', axis: 'harmony', weight: 1, value: 'h' },
      ],
      axisWeights: { growth: 1e308, harmony: 1e308 },
    });
    expect(scored.rows[0]).toMatchObject({ growth: 50, total: (50 + (4 / 9) * 100) / 2 });
  });

  it('regression: a minmax range between subnormal numbers scores 0 and 100, not NaN', () => {
    const data = [
      { id: 'a', g: -5e-324, h: 1 },
      { id: 'b', g: 0, h: 1 },
    ];
    const result = score(data, {
      criteria: [
        { key: 'g', axis: 'growth', weight: 1, value: 'g' },
        { key: 'h', axis: 'harmony', weight: 1, value: 'h' },
      ],
      normalize: 'minmax',
    });
    expect(result.rows.map((r) => [r.id, r.growth])).toEqual([
      ['b', 100],
      ['a', 0],
    ]);
  });

  it('keys from data: __proto__ and constructor as quadrant keys, periods and plans are ordinary keys', () => {
    const labels = {
      'high-high': { key: '__proto__', label: 'A' },
      'high-low': { key: 'constructor', label: 'B' },
      'low-high': { key: 'toString', label: 'C' },
      'low-low': { key: 'valueOf', label: 'D' },
    };
    const matrix = profitMatrix([{ x: 1, y: 1 }], { x: 'x', y: 'y', preset: labels, split: { x: 0, y: 0 } });
    expect(Object.keys(matrix.counts)).toEqual(['__proto__', 'constructor', 'toString', 'valueOf']);
    expect(matrix.counts[proto]).toBe(1);
    expect(JSON.parse(JSON.stringify(matrix.counts))).toEqual(
      JSON.parse('{"__proto__":1,"constructor":0,"toString":0,"valueOf":0}'),
    );
    const scored = score([{ g: 10, h: 10 }], { criteria, quadrants: { labels } });
    expect(scored.counts[proto]).toBe(1);

    const periods = ['__proto__', 'constructor', '2024'];
    const byPeriod = JSON.parse('{"__proto__": 5, "constructor": 3, "2024": 1}');
    const result = abcOverTime(
      [
        { id: 'a', v: byPeriod },
        { id: 'b', v: {} },
      ],
      { periods, value: 'v' },
    );
    const row = result.rows.find((r) => r.id === 'a')!;
    expect(Object.keys(row.states)).toEqual(['2024', '__proto__', 'constructor']);
    expect(row.values[proto]).toBe(5);
    expect(row.states[proto]).toBe('A');
    // A record without the period has it absent, not Object.prototype's constructor.
    expect(result.rows.find((r) => r.id === 'b')!.states.constructor).toBe('absent');

    const plans = mrrByPlan([
      { period: 1, plan: '__proto__', mrr: 2 },
      { period: 1, plan: 'constructor', mrr: 1 },
    ]);
    expect(plans.plans).toEqual(['__proto__', 'constructor']);
    expect(plans.rows[0]!.mrr[proto]).toBe(2);
    expect(Object.getPrototypeOf(plans.rows[0]!.mrr)).toBeNull();
  });

  it('a field named like an Object.prototype key is missing on records that lack it', () => {
    const read = (name: string, datum: unknown) => accessor<unknown, unknown>(name)(datum, 0, []);
    expect(read('constructor', {})).toBeUndefined();
    expect(read('__proto__', new Map())).toBeUndefined();
    expect(read('constructor', JSON.parse('{"constructor": 3}'))).toBe(3);
    expect(
      pareto([{ id: 'a' }] as Record<string, unknown>[], { value: 'toString' }).excluded[0],
    ).toMatchObject({
      reason: 'missing',
    });
  });

  it('bounded work: xyz periods past 100,000 and abcOverTime past 1,000 periods are INVALID_OPTION at once', () => {
    for (const periods of [1e9, Number.MAX_SAFE_INTEGER, 100_001]) {
      expect(thrown(() => xyz([{ series: [1, 2] }], { periods }))).toMatchObject({
        code: 'INVALID_OPTION',
        field: 'periods',
      });
    }
    // A long zero-filled tail costs nothing: the filled periods are one term.
    expect(xyz([{ series: [1] }], { periods: 100_000 }).rows[0]!.mean).toBe(1e-5);
    // An array-like that claims a huge length is not read element by element.
    expect(thrown(() => xyz([{ series: { length: 2 ** 32 } }]))).toMatchObject({ code: 'INVALID_OPTION' });
    function* endless() {
      for (;;) yield 1;
    }
    expect(thrown(() => xyz([{ series: endless() }]))).toMatchObject({ code: 'INVALID_OPTION' });
    expect(
      thrown(() => abcOverTime([], { periods: Array.from({ length: 1001 }, (_, i) => i), value: 'v' })),
    ).toMatchObject({
      code: 'INVALID_OPTION',
      field: 'periods',
    });
  });

  it('the caller’s own error (a getter, an accessor) passes through unchanged', () => {
    class Mine extends Error {}
    const record = Object.defineProperty({ id: 'a' }, 'value', {
      get() {
        throw new Mine('getter');
      },
    });
    expect(thrown(() => pareto([record]))).toBeInstanceOf(Mine);
    expect(
      thrown(() =>
        pareto([{ value: 1 }], {
          value: () => {
            throw new Mine('accessor');
          },
        }),
      ),
    ).toBeInstanceOf(Mine);
  });

  it('sparse data: a hole is a record without values, accounted for once', () => {
    const data = [{ value: 3 }, { value: 1 }, { value: 2 }];
    delete (data as unknown[])[1];
    const result = pareto(data);
    expect(result.rows.map((r) => r.index)).toEqual([0, 2]);
    expect(result.excluded).toEqual([
      { id: 1, datum: undefined, index: 1, field: 'value', value: undefined, reason: 'missing' },
    ]);
  });

  it('text values get their own reason, blank text counts as missing', () => {
    const result = pareto([{ value: '12' }, { value: ' ' }, { value: 5 }] as never[]);
    expect(result.excluded.map((e) => [e.index, e.field, e.reason])).toEqual([
      [0, 'value', 'text'],
      [1, 'value', 'missing'],
    ]);
  });
});

describe('README: fields, ids and bad input', () => {
  it('does what the README shows', () => {
    expect(accessor('revenue')({ revenue: 3 }, 0, [])).toBe(3);
    const byPosition = accessor((d: { revenue: number }, i) => d.revenue * (i + 1));
    expect(byPosition({ revenue: 3 }, 1, [])).toBe(6);
    expect(accessor(() => 1)({}, 0, [])).toBe(1);
    expect(thrown(() => accessor(1 as never))).toMatchObject({ code: 'INVALID_OPTION', field: 'field' });
    const result = pareto(
      [
        { id: 'a', revenue: '12' },
        { id: 'b', revenue: 5 },
      ] as never[],
      { value: 'revenue' },
    );
    expect(result.excluded).toEqual([
      { id: 'a', datum: { id: 'a', revenue: '12' }, index: 0, field: 'value', value: '12', reason: 'text' },
    ]);
  });
});
