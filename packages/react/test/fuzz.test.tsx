import fc from 'fast-check';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { hostileValue } from '../../core/test/fuzz.support';
import { CHARTS } from './conformance/registry';

/** Runs per chart: 1,000 by default (as in CI); `KAMKIT_FC_RUNS=10000` for a long run. */
const RUNS = Number(process.env.KAMKIT_FC_RUNS ?? 1000);
/**
 * CI runs a fixed seed, so a landing is reproducible; locally each run explores a new one (fast-check prints the
 * seed of a failure). `KAMKIT_FC_SEED` replays or explores a given seed.
 */
const SEED = process.env.KAMKIT_FC_SEED
  ? Number(process.env.KAMKIT_FC_SEED)
  : process.env.CI
    ? 20261207
    : undefined;

/** A value a field may hold in data that arrives from anywhere: the fixture's own kind of value or anything. */
const cell = (sample: unknown): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(sample) },
    { weight: 2, arbitrary: hostileValue },
    { weight: 2, arbitrary: fc.anything({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );

/** Records shaped like the chart's fixture (its first record's fields), each field hostile at times. */
function recordsLike(data: unknown): fc.Arbitrary<unknown> {
  const first = Array.isArray(data) ? data[0] : undefined;
  if (first === null || typeof first !== 'object') return fc.anything();
  const fields = Object.fromEntries(Object.entries(first).map(([k, v]) => [k, cell(v)]));
  const record = fc.oneof(
    { weight: 8, arbitrary: fc.record(fields, { requiredKeys: [] }) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
  );
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(record, { maxLength: 12 }) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
  );
}

/**
 * The chart's other props, each now and then replaced by anything (accessors, options, sizes, locales); `messages`
 * also with hostile words for `common` and the chart's `family` (e.g. a getter that throws).
 */
function propsLike(props: Record<string, unknown>, family: string): fc.Arbitrary<Record<string, unknown>> {
  const others = Object.keys(props).filter((k) => k !== 'data');
  // Props every chart takes (the shared vocabulary); a chart's other options come from its fixture.
  const extra = ['width', 'height', 'margin', 'locale', 'messages'];
  const keys = [...new Set([...others, ...extra])];
  return fc.record(
    Object.fromEntries(
      keys.map((k) => [
        k,
        fc.oneof(
          { weight: 6, arbitrary: fc.constant(props[k]) },
          { weight: 1, arbitrary: hostileValue },
          { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
          ...(k === 'messages'
            ? [
                {
                  weight: 1,
                  arbitrary: fc.record(
                    { common: hostileValue, [family]: hostileValue },
                    { requiredKeys: [] },
                  ),
                },
              ]
            : []),
        ),
      ]),
    ),
    { requiredKeys: [] },
  );
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

describe.each(CHARTS)('$name renders anything on the server without throwing', (chart) => {
  it(`gives a chart or its error state, no NaN, Infinity or negative size in attributes, no markup from data (${RUNS} runs)`, () => {
    const before = prototypeKeys();
    // Development warnings (bad option, left-out records) are expected for hostile input.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      fc.assert(
        fc.property(recordsLike(chart.props.data), propsLike(chart.props, chart.family), (data, rest) => {
          // Nothing throws out of render, not even the caller's own error (a getter that throws while the chart
          // reads a record or an option object): the chart shows its error state instead.
          const html = renderToString(createElement(chart.Component, { ...rest, data }));
          expect(html).toMatch(/^<|^$/);
          expect(html).not.toMatch(/="[^"]*(NaN|Infinity)[^"]*"/);
          expect(html).not.toMatch(/\s(width|height|r)="-/);
          expect(html).not.toMatch(/<(img|script)\b/i);
          expect(prototypeKeys()).toBe(before);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });
});
