import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onboardingStatus } from '../src/onboardingStatus';
import { fcRuns, propertyTimeout } from './support';

const stages = ['contract', 'kick-off', 'setup', 'live'];

describe('onboardingStatus', () => {
  it('counts accounts per stage in the given order, with shares and a funnel', () => {
    const data = [
      { id: 'mount-sinai', status: 'kick-off' },
      { id: 'nyu', status: 'live' },
      { id: 'mayo', status: 'live' },
      { id: 'cleveland', status: 'contract' },
    ];
    const result = onboardingStatus(data, { stages });
    expect(result.rows.map((r) => [r.stage, r.count, r.share, r.atOrBeyond])).toEqual([
      ['contract', 1, 0.25, 4],
      ['kick-off', 1, 0.25, 3],
      ['setup', 0, 0, 2],
      ['live', 2, 0.5, 2],
    ]);
    expect(result.rows[3]!.accounts.map((a) => a.id)).toEqual(['mayo', 'nyu']);
    expect(result.rows[1]!.accounts[0]!.datum).toBe(data[0]);
    expect(result).toMatchObject({ total: 4, known: 4, unknown: [], excluded: [] });
  });

  it('reports statuses that are not stages instead of dropping them, and shares include them', () => {
    const result = onboardingStatus(
      [
        { id: 1, status: 'live' },
        { id: 2, status: 'paused' },
        { id: 3, status: 'Live' },
        { id: 4, status: 'paused' },
      ],
      { stages },
    );
    expect(result.unknown.map((u) => [u.status, u.count, u.share])).toEqual([
      ['paused', 2, 0.5],
      ['Live', 1, 0.25],
    ]);
    expect(result.rows[3]).toMatchObject({ count: 1, share: 0.25 });
    expect(result.known).toBe(1);
    expect(result.total).toBe(4);
  });

  it('excludes records without a status', () => {
    const result = onboardingStatus(
      [
        { id: 'a', status: null },
        { id: 'b', status: '' },
        { id: 'c', status: { step: 2 } },
        { id: 'd', status: 'setup' },
      ],
      { stages },
    );
    expect(result.excluded.map((e) => [e.id, e.reason])).toEqual([
      ['a', 'missing'],
      ['b', 'missing'],
      ['c', 'non-finite'],
    ]);
    expect(result.total).toBe(1);
  });

  it('gives shares of 0 when no account has a status', () => {
    expect(onboardingStatus([], { stages }).rows.every((r) => r.share === 0)).toBe(true);
  });

  it('throws INVALID_OPTION for missing, empty or repeated stages', () => {
    for (const bad of [undefined, [], ['a', 'a'], ['a', '']]) {
      expect(() => onboardingStatus([], { stages: bad as never })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION' }),
      );
    }
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    it('loses no record, does not mutate the input and does not depend on input order', () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom('contract', 'kick-off', 'setup', 'live', 'paused', null, 7), {
            maxLength: 50,
          }),
          (statuses) => {
            const data = statuses.map((status, i) => ({ id: `k${i}`, status }));
            const copy = structuredClone(data);
            const result = onboardingStatus(data, { stages });
            expect(data).toEqual(copy);
            const seen = [
              ...result.rows.flatMap((r) => r.accounts.map((a) => a.index)),
              ...result.unknown.flatMap((u) => u.accounts.map((a) => a.index)),
              ...result.excluded.map((e) => e.index),
            ].sort((a, b) => a - b);
            expect(seen).toEqual(data.map((_, i) => i));
            const shares = [...result.rows, ...result.unknown].reduce((a, r) => a + r.share, 0);
            if (result.total > 0) expect(shares).toBeCloseTo(1, 12);
            const reversed = onboardingStatus([...data].reverse(), { stages });
            const ids = (r: typeof result) => [
              r.rows.map((s) => s.accounts.map((a) => a.id)),
              r.unknown.map((u) => [u.status, u.accounts.map((a) => a.id)]),
            ];
            expect(ids(reversed)).toEqual(ids(result));
          },
        ),
        { numRuns: fcRuns },
      );
    });
  });
});
