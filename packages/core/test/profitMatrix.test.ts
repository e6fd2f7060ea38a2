import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profitMatrix } from '../src/profitMatrix';
import { shapiroMatrix } from '../src/quadrants';
import { fcRuns, propertyTimeout } from './support';

describe('profitMatrix', () => {
  it('names the quadrants as in the customer classification matrix of Shapiro et al. (HBR 1987)', () => {
    // Shapiro, Rangan, Moriarty & Ross, "Manage Customers for Profits (Not Just Sales)", HBR Sept.–Oct. 1987:
    // x = cost to serve, y = net price realised. Median split: x at 50, y at 60.
    const accounts = [
      { id: 'university-hospital', costToServe: 90, netPrice: 95 },
      { id: 'clinic-group', costToServe: 20, netPrice: 90 },
      { id: 'gp-network', costToServe: 10, netPrice: 30 },
      { id: 'state-tender', costToServe: 80, netPrice: 20 },
    ];
    const result = profitMatrix(accounts, { x: 'costToServe', y: 'netPrice', preset: 'shapiro' });
    expect(result.split).toEqual({ x: 50, y: 60 });
    const labels = Object.fromEntries(result.rows.map((r) => [r.id, r.quadrant.label]));
    expect(labels).toEqual({
      'university-hospital': 'Carriage trade',
      'clinic-group': 'Passive',
      'gp-network': 'Bargain basement',
      'state-tender': 'Aggressive',
    });
    expect(result.counts).toEqual({ 'carriage-trade': 1, aggressive: 1, passive: 1, 'bargain-basement': 1 });
    expect(result.quadrants['high-low']).toMatchObject(shapiroMatrix['high-low']);
  });

  it('counts a value at the split as high, so with an odd count the median account is high', () => {
    const result = profitMatrix(
      [
        { id: 'a', x: 1, y: 1 },
        { id: 'b', x: 2, y: 2 },
        { id: 'c', x: 3, y: 3 },
      ],
      { x: 'x', y: 'y' },
    );
    const byId = Object.fromEntries(result.rows.map((r) => [r.id, [r.highX, r.highY, r.quadrant.key]]));
    expect(byId).toEqual({
      a: [false, false, 'low-low'],
      b: [true, true, 'high-high'],
      c: [true, true, 'high-high'],
    });
  });

  it('splits at the mean or at given numbers, robust to floating-point noise', () => {
    const data = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 0, y: 0 },
      { id: 'c', x: 9, y: 3 },
    ];
    const mean = profitMatrix(data, { x: 'x', y: 'y', split: 'mean' });
    expect(mean.split).toEqual({ x: 3, y: 1 });
    expect(mean.rows.find((r) => r.id === 'c')!.quadrant.key).toBe('high-high');
    const fixed = profitMatrix([{ id: 'n', x: 0.1 + 0.2, y: 0.3 }], {
      x: 'x',
      y: 'y',
      split: { x: 0.3, y: 0.3 },
    });
    expect(fixed.rows[0]!.quadrant.key).toBe('high-high');
  });

  it('keeps zero and negative values (loss-making accounts belong on the matrix)', () => {
    const result = profitMatrix(
      [
        { id: 'loss', revenue: 100, margin: -20 },
        { id: 'zero', revenue: 0, margin: 0 },
      ],
      { x: 'revenue', y: 'margin', preset: 'revenue-margin', split: { x: 50, y: 0 } },
    );
    expect(result.excluded).toHaveLength(0);
    expect(Object.fromEntries(result.rows.map((r) => [r.id, r.quadrant.label]))).toEqual({
      loss: 'Revenue drivers',
      zero: 'Margin pearls',
    });
  });

  it('returns records with a missing or non-finite measure in excluded, naming the measure', () => {
    const data = [
      { id: 'ok', x: 1, y: 1 },
      { id: 'nx', x: null, y: 1 },
      { id: 'ny', x: 1, y: Number.POSITIVE_INFINITY },
      { id: 'sx', x: '3', y: 1 },
    ] as { id: string; x: number | null; y: number }[];
    const result = profitMatrix(data, { x: 'x', y: 'y' });
    expect(result.rows.map((r) => r.id)).toEqual(['ok']);
    expect(result.excluded.map((e) => [e.id, e.field, e.reason])).toEqual([
      ['nx', 'x', 'missing'],
      ['ny', 'y', 'non-finite'],
      ['sx', 'x', 'text'],
    ]);
  });

  it('orders rows by y descending, then x descending, then id ascending', () => {
    const result = profitMatrix(
      [
        { id: 'b', x: 1, y: 5 },
        { id: 'a', x: 1, y: 5 },
        { id: 'c', x: 2, y: 5 },
        { id: 'd', x: 9, y: 7 },
      ],
      { x: 'x', y: 'y' },
    );
    expect(result.rows.map((r) => r.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('gives a null split (not NaN) and no rows for no placeable accounts', () => {
    const result = profitMatrix([{ id: 'a', x: null, y: 1 }], { x: 'x', y: 'y' });
    expect(result.rows).toEqual([]);
    expect(result.split).toBeNull();
    expect(profitMatrix([], { x: 'x', y: 'y', split: 'mean' }).split).toBeNull();
    expect(profitMatrix([], { x: 'x', y: 'y', split: { x: 1, y: 2 } }).split).toEqual({ x: 1, y: 2 });
    expect(result.counts).toEqual({ 'high-high': 0, 'high-low': 0, 'low-high': 0, 'low-low': 0 });
  });

  it('throws INVALID_OPTION for a missing measure, a bad split or an unknown preset', () => {
    const bad: [unknown, string][] = [
      [{ y: 'y' }, 'x'],
      [{ x: 'x', y: 'y', split: 'mode' }, 'split'],
      [{ x: 'x', y: 'y', split: { x: 1, y: Number.NaN } }, 'split'],
      [{ x: 'x', y: 'y', preset: 'bcg' }, 'preset'],
      [{ x: 'x', y: 'y', preset: { 'high-high': { key: 'a', label: 'A' } } }, 'preset.high-low'],
    ];
    for (const [options, field] of bad) {
      expect(() => profitMatrix([], options as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', field }),
      );
    }
  });

  describe('properties', { timeout: propertyTimeout }, () => {
    const measure = fc.oneof(
      { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant(Number.NaN) },
    );
    const records = fc.array(fc.record({ x: measure, y: measure }), { maxLength: 50 });
    const splits = fc.constantFrom('median' as const, 'mean' as const, { x: 0, y: 0 });

    it('loses no record, does not mutate the input and does not depend on input order', () => {
      fc.assert(
        fc.property(records, splits, (raw, split) => {
          const data = raw.map((d, i) => ({ id: `k${i}`, ...d }));
          const copy = structuredClone(data);
          const result = profitMatrix(data, { x: 'x', y: 'y', split, preset: 'shapiro' });
          expect(data).toEqual(copy);
          const seen = [...result.rows.map((r) => r.index), ...result.excluded.map((e) => e.index)].sort(
            (a, b) => a - b,
          );
          expect(seen).toEqual(data.map((_, i) => i));
          const reversed = profitMatrix([...data].reverse(), { x: 'x', y: 'y', split, preset: 'shapiro' });
          expect(reversed.rows.map((r) => [r.id, r.quadrant.key])).toEqual(
            result.rows.map((r) => [r.id, r.quadrant.key]),
          );
          expect(Object.values(result.counts).reduce((a, b) => a + b, 0)).toBe(result.rows.length);
        }),
        { numRuns: fcRuns },
      );
    });
  });
});
