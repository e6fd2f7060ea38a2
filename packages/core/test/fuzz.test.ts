import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as core from '../src';
import {
  anyValue,
  deepFreeze,
  fieldArb,
  findNaN,
  fingerprint,
  indexes,
  keyish,
  numberish,
  optionsOf,
  outcome,
  reachable,
  recordsOf,
} from './fuzz.support';
import { fcRuns, fcSeed, propertyTimeout } from './support';

/**
 * Every exported function of @kamkit/core over fast-check's `fc.anything()`-based records and options (plus
 * BigInt, Symbol, circular, null-prototype and sparse values and getters that throw). Each call must return a
 * result or throw a `KamkitError` with a code (or pass the caller's own error through); a result holds no NaN
 * outside the caller's data and accounts for every input record once; the input and `Object.prototype` are
 * unchanged. Runs per function: `KAMKIT_FC_RUNS` (default 1,000).
 */

type Args = unknown[];
interface Target {
  /** The arguments of one call. */
  args: fc.Arbitrary<Args>;
  call: (...args: Args) => unknown;
  /** Checks that every input record is accounted for once (rows + exclusions); absent where rows are not records. */
  accounts?: (result: never, ...args: Args) => void;
}

const anyFn = core as unknown as Record<string, (...args: unknown[]) => unknown>;
const positions = (data: unknown) => (Array.isArray(data) ? Array.from(data, (_, i) => i) : []);
type Indexed = { index: number }[];
const rowsAndExcluded = (r: { rows: Indexed; excluded: Indexed }, data: unknown) =>
  expect(indexes(r.rows, r.excluded)).toEqual(positions(data));

/** Mostly a valid option (so most runs reach the analysis), now and then anything. */
const mostly = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: anyValue });
/** A valid option with a small chance of anything: for the many fields of a list entry. */
const rarely = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 40, arbitrary: valid }, { weight: 1, arbitrary: anyValue });
const idOption = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constant('id') },
  { weight: 1, arbitrary: fieldArb('id') },
);
const ranked = {
  id: idOption,
  value: mostly(fc.constantFrom('value', (d: { value?: unknown }) => d?.value)),
};
const abcOptions = {
  ...ranked,
  thresholds: mostly(fc.constantFrom([0.7, 0.9], [0.5, 0.5], [1, 1])),
  basis: mostly(fc.constantFrom('value', 'count')),
  boundary: mostly(fc.constantFrom('crossing', 'at-or-below', 'below')),
  ties: mostly(fc.constantFrom('order', 'group')),
};
const abcComputed = fc.oneof(
  { weight: 3, arbitrary: optionsOf(abcOptions) },
  { weight: 1, arbitrary: optionsOf({ ...ranked, method: mostly(fc.constant('computed')) }) },
);
const seriesValue = fc.oneof(
  { weight: 4, arbitrary: fc.array(numberish, { maxLength: 8 }) },
  { weight: 1, arbitrary: anyValue },
);
const xyzOptions = {
  series: mostly(fc.constant('series')),
  id: idOption,
  thresholds: mostly(fc.constantFrom([0.5, 1], [0, 0], [2, 3])),
  deviation: mostly(fc.constantFrom('population', 'sample')),
  periods: fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: fc.integer({ min: 8, max: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom(1e9, Number.MAX_SAFE_INTEGER, 100_000) },
    { weight: 1, arbitrary: anyValue },
  ),
};
const criterion = (axis: string) =>
  fc.record(
    {
      key: rarely(fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor')),
      axis: rarely(fc.constant(axis)),
      weight: rarely(
        fc.oneof(fc.double({ min: 0.1, max: 10, noNaN: true }), fc.constantFrom(1e308, Number.MAX_VALUE)),
      ),
      value: rarely(fc.constantFrom('a', 'b', 'value')),
      scale: fc.oneof(
        { weight: 40, arbitrary: fc.constantFrom(undefined, [1, 10], [-1e308, 1e308]) },
        { weight: 1, arbitrary: anyValue },
      ),
      higherIsBetter: rarely(fc.boolean()),
      label: anyValue,
    },
    { requiredKeys: ['key', 'axis', 'weight', 'value'] },
  );
const criteria = rarely(
  fc
    .tuple(criterion('growth'), criterion('harmony'), fc.array(criterion('growth'), { maxLength: 2 }))
    .map(([g, h, more]) =>
      [g, h, ...more].map((c, i) => ({ ...c, key: typeof c.key === 'string' ? `${c.key}${i}` : c.key })),
    ),
);
const quadrantLabels = mostly(
  fc.constantFrom(core.kamMatrix, core.shapiroMatrix, {
    'high-high': { key: '__proto__', label: 'a' },
    'high-low': { key: 'constructor', label: 'b' },
    'low-high': { key: 'toString', label: 'c' },
    'low-low': { key: 'hasOwnProperty', label: 'd' },
  }),
);
const scoreOptions = optionsOf(
  {
    criteria,
    id: fieldArb('id'),
    axisWeights: mostly(
      fc.record({ growth: fc.constantFrom(1, 2, 1e308), harmony: fc.constantFrom(1, 0, 1e308) }),
    ),
    normalize: mostly(fc.constantFrom('scale', 'minmax', 'rank')),
    quadrants: mostly(
      fc.record(
        { split: mostly(fc.double({ min: 0, max: 100 })), labels: quadrantLabels },
        { requiredKeys: [] },
      ),
    ),
  },
  ['criteria'],
);
const people = recordsOf({
  parentId: mostly(fc.constantFrom(null, 0, 1, 'k0', '')),
  secondaryParentId: mostly(fc.constantFrom(null, 0, 2, 'k1')),
  decisionPower: fc.oneof(fc.constantFrom('high', 'medium', 'low'), anyValue),
  attitude: fc.oneof(fc.constantFrom('positive', 'neutral', 'negative'), anyValue),
  relationship: numberish,
  keyContact: anyValue,
});
/** A valid reporting tree (p0 at the top, pᵢ reports to p⌊i/2⌋) with hostile values and influence lines. */
const tree = fc
  .array(
    fc.record({
      decisionPower: mostly(fc.constantFrom('high', 'medium', 'low')),
      attitude: mostly(fc.constantFrom('positive', 'neutral', 'negative')),
      relationship: numberish,
    }),
    { minLength: 1, maxLength: 10 },
  )
  .map((list) =>
    list.map((p, i) => ({ ...p, id: `p${i}`, parentId: i === 0 ? null : `p${Math.floor(i / 2)}` })),
  );
const stakeholderOptions = optionsOf({
  id: fieldArb('id'),
  parentId: fieldArb('parentId'),
  influences: mostly(
    fc.array(
      fc.record({
        from: fc.constantFrom(0, 1, 'k0'),
        to: fc.constantFrom(1, 2, 'k2'),
        kind: mostly(fc.constantFrom('positive', undefined)),
      }),
      { maxLength: 3 },
    ),
  ),
});

const targets: Record<string, Target> = {
  pareto: {
    args: fc.tuple(
      recordsOf({ value: numberish }),
      optionsOf({ ...ranked, cutoff: mostly(fc.double({ min: 0.01, max: 1 })) }),
    ),
    call: anyFn.pareto!,
    accounts: rowsAndExcluded,
  },
  paretoColumns: {
    args: fc.tuple(
      recordsOf({ value: numberish }),
      optionsOf({ ...ranked, cutoff: mostly(fc.double({ min: 0.01, max: 1 })) }),
    ),
    call: anyFn.paretoColumns!,
    accounts: (r: { index: Uint32Array; excluded: Indexed }, data) =>
      expect([...r.index, ...r.excluded.map((e) => e.index)].sort((a, b) => a - b)).toEqual(positions(data)),
  },
  paretoFromColumns: {
    args: fc.tuple(recordsOf({ value: numberish }), optionsOf(ranked), fc.boolean()),
    call: (data, options, hostile) =>
      core.paretoFromColumns(
        hostile ? (options as never) : core.paretoColumns(data as never, options as never),
      ),
    accounts: (r: { rows: Indexed; excluded: Indexed }, data, _options, hostile) => {
      if (!hostile) rowsAndExcluded(r, data);
    },
  },
  paretoRow: {
    args: fc.tuple(
      recordsOf({ value: numberish }),
      fc.oneof({ weight: 8, arbitrary: fc.nat(2) }, { weight: 1, arbitrary: anyValue }),
      fc.boolean(),
    ),
    call: (data, r, hostile) =>
      core.paretoRow(hostile ? (data as never) : core.paretoColumns(data as never), r as number),
  },
  abc: {
    args: fc.tuple(recordsOf({ value: numberish }), abcComputed),
    call: anyFn.abc!,
    accounts: rowsAndExcluded,
  },
  abcColumns: {
    args: fc.tuple(recordsOf({ value: numberish }), abcComputed),
    call: anyFn.abcColumns!,
    accounts: (r: { index: Uint32Array; excluded: Indexed }, data) =>
      expect([...r.index, ...r.excluded.map((e) => e.index)].sort((a, b) => a - b)).toEqual(positions(data)),
  },
  abcRow: {
    args: fc.tuple(
      recordsOf({ value: numberish }),
      fc.oneof({ weight: 8, arbitrary: fc.nat(2) }, { weight: 1, arbitrary: anyValue }),
      fc.boolean(),
    ),
    call: (data, r, hostile) =>
      core.abcRow(hostile ? (data as never) : core.abcColumns(data as never), r as number),
  },
  concentration: {
    args: fc.tuple(recordsOf({ value: numberish }), optionsOf(ranked)),
    call: anyFn.concentration!,
    accounts: rowsAndExcluded,
  },
  whaleCurve: {
    args: fc.tuple(recordsOf({ profit: numberish }), optionsOf({ profit: fieldArb('profit') })),
    call: anyFn.whaleCurve!,
    accounts: rowsAndExcluded,
  },
  xyz: {
    args: fc.tuple(recordsOf({ series: seriesValue }), optionsOf(xyzOptions)),
    call: anyFn.xyz!,
    accounts: rowsAndExcluded,
  },
  abcXyz: {
    args: fc.tuple(
      recordsOf({ series: seriesValue, value: numberish }),
      optionsOf({
        series: fieldArb('series'),
        value: fc.oneof(fc.constant(undefined), fc.constant('value'), fieldArb('value')),
        abc: abcComputed,
        xyz: optionsOf(xyzOptions),
      }),
    ),
    call: anyFn.abcXyz!,
    accounts: rowsAndExcluded,
  },
  abcOverTime: {
    args: fc.tuple(
      recordsOf({
        byPeriod: fc.dictionary(fc.constantFrom('a', 'b', '__proto__', 'constructor', '1'), numberish),
      }),
      optionsOf(
        {
          periods: mostly(
            fc.uniqueArray(fc.constantFrom('a', 'b', '__proto__', 'constructor', 1, 'toString'), {
              maxLength: 4,
            }),
          ),
          value: mostly(
            fc.constantFrom(
              'byPeriod',
              (d: { byPeriod?: Record<string, unknown> }, p: string) => d?.byPeriod?.[p],
            ),
          ),
          method: mostly(fc.constantFrom('fixed', 'computed')),
        },
        ['periods', 'value'],
      ),
    ),
    call: anyFn.abcOverTime!,
    accounts: (r: { rows: Indexed }, data) => expect(indexes(r.rows)).toEqual(positions(data)),
  },
  mrrByPlan: {
    args: fc.tuple(
      recordsOf({ period: keyish, plan: keyish, mrr: numberish }),
      optionsOf({
        plans: mostly(fc.constantFrom(['a', '__proto__'], [], ['constructor'])),
        periods: mostly(fc.uniqueArray(fc.constantFrom('2024-03', 5, '__proto__'), { maxLength: 3 })),
        maxPlans: mostly(fc.integer({ min: 2, max: 3 })),
        otherPlan: mostly(fc.constantFrom('Other', '__proto__', 'toString')),
        mrr: mostly(fc.constant('mrr')),
      }),
    ),
    call: anyFn.mrrByPlan!,
    accounts: (r: { series: { points: { count: number }[] }[]; excluded: unknown[] }, data) => {
      const used = r.series.reduce((n, s) => n + s.points.reduce((m, p) => m + p.count, 0), 0);
      expect(used + r.excluded.length).toBe(positions(data).length);
    },
  },
  mrrMovements: {
    args: fc.tuple(
      recordsOf({ mrr: numberish, plan: keyish }),
      recordsOf({ mrr: numberish, plan: keyish }),
      optionsOf({ mrr: fieldArb('mrr'), plan: fieldArb('plan'), id: idOption }),
    ),
    call: anyFn.mrrMovements!,
    accounts: (
      r: { rows: { beforeIndex: number | null; afterIndex: number | null }[]; excluded: typeof r.rows },
      before,
      after,
    ) => {
      const all = [...r.rows, ...r.excluded];
      const of = (k: 'beforeIndex' | 'afterIndex') =>
        all.flatMap((e) => (e[k] === null ? [] : [e[k]])).sort((a, b) => (a as number) - (b as number));
      expect(of('beforeIndex')).toEqual(positions(before));
      expect(of('afterIndex')).toEqual(positions(after));
    },
  },
  upsellCandidates: {
    args: fc.tuple(
      recordsOf({ plan: keyish, growth: numberish }),
      optionsOf(
        {
          plans: mostly(fc.constant(['a', 'b', '__proto__'])),
          topPlan: mostly(fc.constantFrom(undefined, '__proto__', ['b', '__proto__'])),
          measure: mostly(fc.constantFrom('growth', (d: { growth?: unknown }) => d?.growth)),
          score: fc.oneof(
            { weight: 9, arbitrary: fc.constant(undefined) },
            { weight: 1, arbitrary: anyValue },
          ),
        },
        ['plans'],
      ),
    ),
    call: anyFn.upsellCandidates!,
    accounts: (r: { rows: Indexed; onTopPlan: Indexed; unknownPlan: Indexed; excluded: Indexed }, data) =>
      expect(indexes(r.rows, r.onTopPlan, r.unknownPlan, r.excluded)).toEqual(positions(data)),
  },
  onboardingStatus: {
    args: fc.tuple(
      recordsOf({ status: keyish }),
      optionsOf(
        {
          stages: mostly(fc.constantFrom(['a', 'b', '__proto__', 1], ['constructor'])),
          status: mostly(fc.constant('status')),
        },
        ['stages'],
      ),
    ),
    call: anyFn.onboardingStatus!,
    accounts: (
      r: { rows: { accounts: Indexed }[]; unknown: { accounts: Indexed }[]; excluded: Indexed },
      data,
    ) =>
      expect(
        indexes(...r.rows.map((s) => s.accounts), ...r.unknown.map((s) => s.accounts), r.excluded),
      ).toEqual(positions(data)),
  },
  profitMatrix: {
    args: fc.tuple(
      recordsOf({ x: numberish, y: numberish }),
      optionsOf(
        {
          x: mostly(fc.constant('x')),
          y: mostly(fc.constantFrom('y', (d: { y?: unknown }) => d?.y)),
          split: mostly(fc.constantFrom('median', 'mean', { x: 1, y: 2 })),
          preset: fc.oneof(fc.constantFrom('shapiro', 'revenue-margin'), quadrantLabels),
        },
        ['x', 'y'],
      ),
    ),
    call: anyFn.profitMatrix!,
    accounts: rowsAndExcluded,
  },
  score: {
    args: fc.tuple(recordsOf({ a: numberish, b: numberish, value: numberish }), scoreOptions),
    call: anyFn.score!,
    accounts: rowsAndExcluded,
  },
  churnRisk: {
    args: fc.tuple(
      recordsOf({ mrr: numberish, daysInQueue: numberish, value: numberish }),
      optionsOf(
        {
          signals: mostly(
            fc
              .array(
                fc.record(
                  {
                    key: rarely(fc.constantFrom('s', '__proto__')),
                    value: rarely(fc.constant('value')),
                    weight: rarely(fc.constantFrom(1, 2, 1e308)),
                    scale: rarely(fc.constantFrom(undefined, [0, 100], [-1e308, 1e308])),
                  },
                  { requiredKeys: ['key', 'value', 'weight'] },
                ),
                { minLength: 1, maxLength: 3 },
              )
              .map((list) =>
                list.map((sig, i) => ({
                  ...sig,
                  key: typeof sig.key === 'string' ? `${sig.key}${i}` : sig.key,
                })),
              ),
          ),
          levels: fc.oneof(
            { weight: 4, arbitrary: fc.constant(undefined) },
            { weight: 1, arbitrary: anyValue },
          ),
          rankBy: fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(undefined, 'mrr', 'expected-loss') },
            { weight: 1, arbitrary: anyValue },
          ),
          asOf: fc.oneof(
            { weight: 4, arbitrary: fc.constant(undefined) },
            { weight: 1, arbitrary: anyValue },
          ),
        },
        ['signals'],
      ),
    ),
    call: anyFn.churnRisk!,
    accounts: rowsAndExcluded,
  },
  growthRating: {
    args: fc.tuple(
      recordsOf({ a: numberish, b: numberish }),
      optionsOf(
        {
          measures: mostly(
            fc
              .array(
                fc.record({
                  key: mostly(fc.constantFrom('m', '__proto__')),
                  value: mostly(fc.constantFrom('a', 'b')),
                  weight: mostly(fc.constantFrom(1, 2, 1e308)),
                }),
                { minLength: 1, maxLength: 3 },
              )
              .map((list) =>
                list.map((m, i) => ({ ...m, key: typeof m.key === 'string' ? `${m.key}${i}` : m.key })),
              ),
          ),
          scale: fc.oneof(
            { weight: 4, arbitrary: fc.constant(undefined) },
            { weight: 1, arbitrary: anyValue },
          ),
          step: fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(undefined, 1, 0.5) },
            { weight: 1, arbitrary: anyValue },
          ),
        },
        ['measures'],
      ),
    ),
    call: anyFn.growthRating!,
    accounts: rowsAndExcluded,
  },
  growthCriterion: {
    args: fc.tuple(
      recordsOf({ a: numberish }),
      optionsOf({ key: keyish, weight: numberish, label: anyValue }),
    ),
    call: (data, options) =>
      core.growthCriterion(
        core.growthRating(data as never, { measures: [{ key: 'a', value: 'a', weight: 1 }] } as never),
        options as never,
      ),
  },
  revenueGrowth: { args: fc.tuple(numberish, numberish), call: anyFn.revenueGrowth! },
  onboardingSurvey: {
    args: fc.tuple(
      recordsOf({ question: keyish, stage: keyish, score: numberish, respondent: keyish }),
      optionsOf({ scale: anyValue, stages: fc.oneof(fc.array(keyish, { maxLength: 3 }), anyValue) }),
    ),
    call: anyFn.onboardingSurvey!,
  },
  stakeholderMap: { args: fc.tuple(people, stakeholderOptions), call: anyFn.stakeholderMap! },
  influencePaths: {
    args: fc.tuple(
      fc.oneof({ weight: 3, arbitrary: tree }, { weight: 1, arbitrary: people }),
      fc.oneof({ weight: 9, arbitrary: fc.constantFrom('p0', 'p1', 'p2') }, { weight: 1, arbitrary: keyish }),
      optionsOf({
        maxDepth: mostly(fc.integer({ min: 1, max: 10 })),
        maxPaths: mostly(fc.integer({ min: 1, max: 50 })),
        reporting: mostly(fc.constantFrom('both', 'up', 'down', 'none')),
      }),
    ),
    call: (data, target, options) =>
      core.influencePaths(core.stakeholderMap(data as never), target as never, options as never),
  },
  coverage: {
    args: fc.tuple(recordsOf({ attitude: anyValue, decisionPower: anyValue })),
    call: anyFn.coverage!,
  },
  whitespace: {
    args: fc.tuple(
      recordsOf({ potential: numberish }),
      recordsOf({ potential: numberish }),
      recordsOf({ account: keyish, product: keyish, status: anyValue, mrr: numberish }),
      optionsOf({ limit: numberish, statuses: anyValue, potential: fieldArb('potential') }),
    ),
    call: anyFn.whitespace!,
  },
  largestWhitespace: {
    args: fc.tuple(
      recordsOf({ potential: numberish }),
      recordsOf({ potential: numberish }),
      optionsOf({
        limit: mostly(fc.integer({ min: 0, max: 5 })),
        statuses: mostly(fc.constantFrom(['whitespace'], ['owned', 'pilot'])),
      }),
    ),
    call: (accounts, products, options) =>
      core.largestWhitespace(core.whitespace(accounts as never, products as never, []), options as never),
  },
  compareIds: { args: fc.tuple(mostly(keyish), mostly(keyish)), call: anyFn.compareIds! },
  accessor: {
    args: fc.tuple(fieldArb('value'), anyValue, anyValue),
    // The value read is the caller's data: it is returned as a datum, which the NaN check leaves alone.
    call: (field, datum, option) => ({
      datum: core.accessor(field as never, option as never)(datum, 0, [datum]),
    }),
  },
};

const figures: Record<string, Record<string, number>> = {};
const prototypeBefore = fingerprint(Object.prototype);

describe('fuzz: every exported function over hostile input', () => {
  it('has a target for every exported function', () => {
    const exported = Object.keys(core).filter(
      (name) => typeof anyFn[name] === 'function' && name !== 'KamkitError',
    );
    expect(exported.filter((name) => !(name in targets))).toEqual([]);
  });

  for (const [name, target] of Object.entries(targets)) {
    it(`${name}: a result or a KamkitError; no NaN; every record accounted for; input and Object.prototype unchanged`, {
      timeout: propertyTimeout,
    }, () => {
      const tally: Record<string, number> = {};
      figures[name] = tally;
      fc.assert(
        fc.property(target.args, (args) => {
          for (const arg of args) deepFreeze(arg);
          const before = args.map((arg) => fingerprint(arg));
          const { kind, result } = outcome(() => target.call(...args));
          tally[kind] = (tally[kind] ?? 0) + 1;
          if (kind === 'ok') {
            expect(findNaN(result, reachable(args))).toBeNull();
            target.accounts?.(result as never, ...args);
          }
          expect(args.map((arg) => fingerprint(arg))).toEqual(before);
          expect(fingerprint(Object.prototype)).toBe(prototypeBefore);
        }),
        { numRuns: fcRuns, seed: fcSeed },
      );
    });
  }

  afterAll(() => {
    const lines = Object.entries(figures).map(
      ([name, tally]) =>
        `${name.padEnd(18)} ${Object.entries(tally)
          .sort((a, b) => b[1] - a[1])
          .map(([kind, n]) => `${kind} ${n}`)
          .join(', ')}`,
    );
    console.info(`fuzz outcomes (${fcRuns} runs per function):\n${lines.join('\n')}`);
  });
});
