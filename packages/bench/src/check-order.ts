/**
 * Checks `orderByValueDescending` (packages/core/src/order.ts) against the comparator it replaces, on random
 * inputs on both sides of the radix threshold: ties, −0/+0, infinities, negative values, numeric, string and
 * mixed ids, ids that ascend with the positions (numbers, fractions, zero-padded strings), duplicate ids. NaN is
 * not generated: every caller excludes it and its place in the order is unspecified. Exits non-zero on the first
 * difference. Run: pnpm --filter @kamkit/bench check-order
 */
import type { Id } from '@kamkit/core';
import { orderByValueDescending } from '../../core/src/order';
import { random } from './data';
import { orderByValueDescending as reference } from './order-before';

const next = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
let cases = 0;
const ROUNDS = Number(process.argv[2] ?? 1000);
for (let round = 0; round < ROUNDS; round++) {
  const n = pick([0, 1, 2, 3, 50, 511, 512, 513, 700, 2000, 5000, 20000]);
  const distinct = pick([2, 10, 1000, 1e9]);
  const specials = next() < 0.3;
  const negatives = next() < 0.3;
  const idKind = pick(['number', 'string', 'sorted-string', 'mixed', 'fraction']);
  const duplicates = next() < 0.1;
  const values: number[] = [];
  const ids: Id[] = [];
  for (let i = 0; i < n; i++) {
    let v = Math.floor(next() * distinct) / pick([1, 100, 3]);
    if (negatives && next() < 0.5) v = -v;
    if (specials && next() < 0.1)
      v = pick([
        0,
        -0,
        Number.POSITIVE_INFINITY,
        Number.NEGATIVE_INFINITY,
        5e-324,
        -5e-324,
        1.7976931348623157e308,
      ]);
    values.push(v);
    const k = duplicates ? Math.floor(next() * n) : i;
    const id: Id =
      idKind === 'number'
        ? k * 7 - 3 * n
        : idKind === 'fraction'
          ? k / 3
          : idKind === 'string'
            ? `id-${(k * 7919) % 100003}`
            : idKind === 'sorted-string'
              ? `id-${String(k).padStart(6, '0')}`
              : next() < 0.5
                ? k
                : `k${k}`;
    ids.push(id);
  }
  const before = values.slice();
  const actual = orderByValueDescending(values, ids);
  const expected = reference(values, ids);
  cases++;
  if (values.some((v, i) => !Object.is(v, before[i]))) throw new Error(`round ${round}: input mutated`);
  for (let i = 0; i < n; i++) {
    if (actual[i] !== expected[i]) {
      console.error({ round, n, distinct, idKind, duplicates, i, actual: actual[i], expected: expected[i] });
      console.error(
        values[actual[i]!],
        values[expected[i]!],
        ids[actual[i]!],
        ids[expected[i]!],
        values[actual[i - 1]!],
        ids[actual[i - 1]!],
      );
      process.exit(1);
    }
  }
}
console.log(`orderByValueDescending: ${cases} random cases match the comparator sort`);
