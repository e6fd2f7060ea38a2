import { pareto } from '@kamkit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demo } from './demo';
import { demoAccountsFor, largeDemoAccounts, MAX_LARGE_ACCOUNTS } from './largeDemo';

describe('largeDemoAccounts', () => {
  const large = largeDemoAccounts(10_000);

  it('returns exactly the count asked for, ids numbered on from the demo and unique names', () => {
    expect(large).toHaveLength(10_000);
    expect(large.map((a) => a.id)).toEqual(
      Array.from({ length: 10_000 }, (_, i) => `acc-${String(i + 1).padStart(3, '0')}`),
    );
    expect(new Set(large.map((a) => a.name)).size).toBe(10_000);
  });

  it('starts with the demo accounts themselves and adds no second flagship', () => {
    expect(large.slice(0, 150)).toEqual(demo.accounts);
    expect(large.filter((a) => a.name === demo.accounts[0]?.name)).toHaveLength(1);
  });

  it('is deterministic: a second call gives equal accounts, and a smaller count is its prefix', () => {
    expect(largeDemoAccounts(10_000)).toEqual(large);
    expect(largeDemoAccounts(400)).toEqual(large.slice(0, 400));
    expect(largeDemoAccounts(3)).toEqual(demo.accounts.slice(0, 3));
  });

  it('keeps the demo shape: the same fields, years and 36 MRR months on every account', () => {
    const keys = Object.keys(demo.accounts[1] as object).sort();
    for (const account of [large[151], large[5_000], large[9_999]]) {
      expect(Object.keys(account as object).sort()).toEqual(keys);
      expect(Object.keys(account?.revenue ?? {})).toEqual(demo.years);
      expect(account?.mrr.map((p) => p.month)).toEqual(demo.months);
    }
  });

  it('has a heavy tail like the demo: the vital few are a minority of the accounts', () => {
    const result = pareto(large, { value: (a) => a.revenue['2024'] ?? null, id: 'id' });
    const vital = result.rows.filter((r) => r.vital).length;
    expect(result.rows.length).toBeGreaterThan(8_000);
    expect(vital / result.rows.length).toBeGreaterThan(0.1);
    expect(vital / result.rows.length).toBeLessThan(0.35);
  });

  it.each([0, -1, 1.5, Number.NaN, MAX_LARGE_ACCOUNTS + 1])(
    'refuses %s accounts with a RangeError',
    (count) => {
      expect(() => largeDemoAccounts(count)).toThrow(RangeError);
    },
  );
});

describe('demoAccountsFor', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads ?accounts=N and gives the demo without it', () => {
    expect(demoAccountsFor('?accounts=500')).toHaveLength(500);
    expect(demoAccountsFor('?theme=dark')).toBe(demo.accounts);
    expect(demoAccountsFor('')).toBe(demo.accounts);
  });

  it.each(['?accounts=', '?accounts=ten', '?accounts=1e4', '?accounts=0', '?accounts=100001'])(
    'ignores %s with a warning and gives the demo',
    (search) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect(demoAccountsFor(search)).toBe(demo.accounts);
      expect(warn).toHaveBeenCalledOnce();
    },
  );
});
