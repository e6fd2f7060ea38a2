import type { FieldOrAccessor } from '@kamkit/core';
import { accessor } from '@kamkit/core';
import type { Period } from '../../../primitives/periods';
import { distinctPeriods, periodKey } from '../../../primitives/periods';

/**
 * Splits records into the `from` and `to` snapshots for core's `mrrMovements`, and resolves the default
 * periods (the first and the last of the data). Periods are compared by key, so equal `Date`s are one period.
 *
 * @example
 * movementSnapshots(monthly, 'month', '2024-01', '2024-12'); // { before: January's records, after: December's, … }
 */
export function movementSnapshots<T>(
  data: readonly T[],
  period: FieldOrAccessor<T, unknown> | undefined,
  from: Period | undefined,
  to: Period | undefined,
): { before: T[]; after: T[]; periods: Period[]; from: Period | undefined; to: Period | undefined } {
  const read = accessor<T, unknown>(period ?? 'period', 'period');
  const values = data.map((d, i) => read(d, i, data));
  const keys = values.map((v) => periodKey(v));
  const periods = distinctPeriods(values);
  const start = from ?? periods[0];
  const end = to ?? periods[periods.length - 1];
  const startKey = start === undefined ? null : periodKey(start);
  const endKey = end === undefined ? null : periodKey(end);
  const before: T[] = [];
  const after: T[] = [];
  data.forEach((d, i) => {
    if (keys[i] === null) return;
    if (keys[i] === startKey) before.push(d);
    if (keys[i] === endKey) after.push(d);
  });
  return { before, after, periods, from: start, to: end };
}
