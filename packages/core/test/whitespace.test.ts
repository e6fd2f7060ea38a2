import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestWhitespace, whitespace } from '../src/whitespace';
import { fcRuns, propertyTimeout } from './support';

// Worked example: a healthcare-cloud provider sells cloud products to accounts it gained through an acquisition
// (new accounts) and speech and fraud tools to the accounts it already had (existing accounts).
const accounts = [
  { id: 'mercy', name: 'Mercy Lakes Health', isNew: false, beds: 900 },
  { id: 'harbor', name: 'Harbor Clinics', isNew: false, beds: 300 },
  { id: 'stone', name: 'Stonebridge Hospital', isNew: true, beds: 600 },
];
const products = [
  { id: 'cloud', audience: 'new', potential: 12_000 },
  { id: 'speech', audience: 'existing', potential: 4000 },
  { id: 'fraud', audience: 'existing', potential: 2500 },
];
const holdings = [
  { accountId: 'mercy', productId: 'speech', mrr: 3800 },
  { accountId: 'harbor', productId: 'speech', status: 'Pilot', mrr: 1000 },
  { accountId: 'stone', productId: 'speech', mrr: 2000 }, // held though not offered to new accounts
];
const eligible = (a: (typeof accounts)[number], p: (typeof products)[number]) =>
  p.audience === (a.isNew ? 'new' : 'existing');

describe('whitespace', () => {
  it('gives owned, pilot or whitespace with the MRR paid and the MRR still to win (worked example)', () => {
    const result = whitespace(accounts, products, holdings, { eligible });
    expect(result.rows.map((r) => [r.accountId, r.productId, r.status, r.mrr, r.potential])).toEqual([
      ['mercy', 'speech', 'owned', 3800, 0],
      ['mercy', 'fraud', 'whitespace', 0, 2500],
      ['harbor', 'speech', 'pilot', 1000, 3000], // 4000 − 1000 paid during the pilot
      ['harbor', 'fraud', 'whitespace', 0, 2500],
      ['stone', 'cloud', 'whitespace', 0, 12_000],
      ['stone', 'speech', 'owned', 2000, 0], // a holding always has a row
    ]);
    expect(result.notOffered).toBe(3); // cloud to mercy and harbor, fraud to stone
    expect(result.excluded).toEqual([]);
    expect(result.byProduct).toEqual([
      { productId: 'cloud', owned: 0, pilot: 0, whitespace: 1, mrr: 0, potential: 12_000 },
      { productId: 'speech', owned: 2, pilot: 1, whitespace: 0, mrr: 6800, potential: 3000 },
      { productId: 'fraud', owned: 0, pilot: 0, whitespace: 2, mrr: 0, potential: 5000 },
    ]);
    expect(result.rows[0]!.account).toBe(accounts[0]);
    expect(result.rows[0]!.product).toBe(products[1]);
  });

  it('ranks the largest whitespace first, ties by account then product id, unknown potential last', () => {
    const result = whitespace(accounts, products, holdings, { eligible });
    expect(largestWhitespace(result).map((r) => [r.accountId, r.productId, r.potential])).toEqual([
      ['stone', 'cloud', 12_000],
      ['harbor', 'fraud', 2500],
      ['mercy', 'fraud', 2500],
    ]);
    expect(
      largestWhitespace(result, { statuses: ['whitespace', 'pilot'], limit: 2 }).map((r) => r.productId),
    ).toEqual(['cloud', 'speech']);
    const unknown = whitespace([{ id: 'a' }], [{ id: 'x' }, { id: 'y', potential: 1 }], []);
    expect(largestWhitespace(unknown).map((r) => [r.productId, r.potential])).toEqual([
      ['y', 1],
      ['x', null],
    ]);
  });

  it('reads an account-specific potential and treats negative or non-numeric potential as unknown', () => {
    const result = whitespace(accounts.slice(0, 2), products.slice(2), [], {
      potential: (a, p) => (a.id === 'harbor' ? -1 : (p.potential * a.beds) / 1000),
    });
    expect(result.rows.map((r) => r.potential)).toEqual([2250, null]);
  });

  it('merges several holdings of a pair (MRR added, owned beats pilot) and excludes unusable holdings', () => {
    const result = whitespace(accounts, products, [
      { accountId: 'mercy', productId: 'fraud', status: 'pilot', mrr: 0 },
      { accountId: 'mercy', productId: 'fraud', mrr: 900 },
      { accountId: 'mercy', productId: 'fraud', mrr: null },
      { accountId: 'ghost', productId: 'fraud' },
      { accountId: 'mercy', productId: 'teams' },
      { accountId: 'mercy', productId: 'cloud', status: 'trial' },
      { accountId: 'mercy', productId: 'cloud', mrr: -5 },
      { accountId: 'mercy', productId: 'cloud', mrr: '900' },
      { accountId: 'mercy', productId: 'cloud', mrr: Number.NaN },
    ]);
    expect(result.rows.find((r) => r.productId === 'fraud' && r.accountId === 'mercy')).toMatchObject({
      status: 'owned',
      mrr: 900,
      potential: 0,
    });
    expect(result.excluded.map((e) => [e.index, e.field, e.reason])).toEqual([
      [3, 'holdingAccount', 'unknown-account'],
      [4, 'holdingProduct', 'unknown-product'],
      [5, 'holdingStatus', 'invalid-status'],
      [6, 'holdingMrr', 'negative'],
      [7, 'holdingMrr', 'text'],
      [8, 'holdingMrr', 'non-finite'],
    ]);
  });

  it('throws for duplicate ids and bad options', () => {
    expect(() => whitespace([{ id: 'a' }, { id: 'a' }], [], [])).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_ID' }),
    );
    expect(() => whitespace([], [], [], { eligible: true as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'eligible' }),
    );
    expect(() => whitespace([], [], [], { potential: 3 as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'potential' }),
    );
    expect(() => whitespace([], [], [], { holdingMrr: 5 as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'holdingMrr' }),
    );
    const result = whitespace([], [], [], null as never);
    expect(result).toEqual({ rows: [], excluded: [], byProduct: [], notOffered: 0 });
    expect(() => largestWhitespace(result, { statuses: ['lost' as never] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'statuses[0]' }),
    );
    expect(() => largestWhitespace(result, { limit: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'limit' }),
    );
  });

  it('accounts for every pair and every holding, and the matrix does not depend on the order of the holdings', {
    timeout: propertyTimeout,
  }, () => {
    const holding = fc.record({
      accountId: fc.constantFrom('a0', 'a1', 'a2', 'ghost'),
      productId: fc.constantFrom('p0', 'p1', 'p2', 'gone'),
      status: fc.constantFrom(undefined, 'owned', 'pilot', 'PILOT', 'lost'),
      mrr: fc.oneof(fc.double({ min: -10, max: 1e4, noNaN: true }), fc.constant(null)),
    });
    fc.assert(
      fc.property(
        fc.array(holding, { maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        (list, offered) => {
          const acc = [{ id: 'a0' }, { id: 'a1' }, { id: 'a2' }];
          const prod = [
            { id: 'p0', potential: 100 },
            { id: 'p1', potential: null },
            { id: 'p2', potential: 50 },
          ];
          const eligible = (a: { id: string }, p: { id: string }) =>
            offered[Number(a.id[1]) * 3 + Number(p.id[1])] as boolean;
          const result = whitespace(acc, prod, list, { eligible });
          expect(result.rows.length + result.notOffered).toBe(9);
          const used = list.length - result.excluded.length;
          const held = result.rows.filter((r) => r.status !== 'whitespace');
          expect(held.length).toBeLessThanOrEqual(used);
          for (const row of result.rows) {
            expect(row.mrr).toBeGreaterThanOrEqual(0);
            if (row.status === 'owned') expect(row.potential).toBe(0);
            if (row.potential !== null) expect(row.potential).toBeGreaterThanOrEqual(0);
          }
          const reversed = whitespace(acc, prod, [...list].reverse(), { eligible });
          expect(reversed.rows.map((r) => [r.accountId, r.productId, r.status])).toEqual(
            result.rows.map((r) => [r.accountId, r.productId, r.status]),
          );
          reversed.rows.forEach((r, k) => {
            expect(r.mrr).toBeCloseTo(result.rows[k]!.mrr, 6);
          });
        },
      ),
      { numRuns: fcRuns },
    );
  });
});
