import type { Id } from './accessor';
import { KamkitError } from './errors';
import { compareIds } from './id';
import { classifyValue } from './numeric';

/** One day in milliseconds. */
const DAY = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * @internal A point in time as milliseconds since the epoch, or `null` when `value` is no usable date: a `Date`,
 * a finite number (epoch milliseconds), or an ISO 8601 string — a date `'2024-03-01'` (midnight UTC) or a date
 * and time with `Z` or an offset. Strings without a zone are refused because their meaning depends on the
 * machine's time zone.
 */
export function toTime(value: unknown): number | null {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && (DATE_ONLY.test(value) || DATE_TIME_WITH_ZONE.test(value))) {
    const time = Date.parse(value);
    return Number.isFinite(time) ? time : null;
  }
  return null;
}

/** @internal Whole UTC calendar days from `from` to `to` (both epoch milliseconds). */
export function utcDaysBetween(from: number, to: number): number {
  return Math.floor(to / DAY) - Math.floor(from / DAY);
}

/** @internal Reads the `asOf` option: a usable date, or the current time when it is `undefined`. */
export function readAsOf(value: unknown): number {
  if (value === undefined) return Date.now();
  const time = toTime(value);
  if (time === null) {
    throw new KamkitError(
      'INVALID_OPTION',
      'asOf must be a Date, epoch milliseconds or an ISO 8601 date such as "2024-12-31".',
      { field: 'asOf' },
    );
  }
  return time;
}

/**
 * @internal Importance as a rank (1 = most important) from a tier `'A' | 'B' | 'C'` (case-insensitive, A = 1,
 * B = 2, C = 3) or a finite number (used as it is: smaller is more important); `null` for anything else.
 */
export function importanceRank(value: unknown): { rank: number | null; tier: 'A' | 'B' | 'C' | null } {
  if (typeof value === 'string') {
    const tier = value.trim().toUpperCase();
    if (tier === 'A' || tier === 'B' || tier === 'C') return { rank: tier.charCodeAt(0) - 64, tier };
    return { rank: null, tier: null };
  }
  if (classifyValue(value) === 'ok') return { rank: (value as number) + 0, tier: null };
  return { rank: null, tier: null };
}

/** @internal The fields the queue orders compare. */
export interface QueueKeys {
  id: Id;
  mrr: number;
  risk: number;
  importance: number | null;
  daysInQueue: number | null;
  expectedLoss?: number | null;
}

const UNKNOWN_LAST = Infinity;

/** Importance ascending (1 first), unknown last. */
export const byImportance = (a: QueueKeys, b: QueueKeys): number =>
  (a.importance ?? UNKNOWN_LAST) - (b.importance ?? UNKNOWN_LAST) || 0;

/** Days in the queue descending (longest first), unknown last. */
export const byWaiting = (a: QueueKeys, b: QueueKeys): number =>
  (b.daysInQueue ?? -1) - (a.daysInQueue ?? -1);

const byMrr = (a: QueueKeys, b: QueueKeys): number => b.mrr - a.mrr;
const byRisk = (a: QueueKeys, b: QueueKeys): number => b.risk - a.risk;
const byLoss = (a: QueueKeys, b: QueueKeys): number =>
  (b.expectedLoss ?? Number.NEGATIVE_INFINITY) - (a.expectedLoss ?? Number.NEGATIVE_INFINITY) || 0;
const byId = (a: QueueKeys, b: QueueKeys): number => compareIds(a.id, b.id);

/** @internal The named queue orders; each ends with the id, so the order is total. */
export const QUEUE_ORDERS: Record<
  'importance' | 'mrr' | 'expected-loss' | 'risk' | 'waiting',
  ((a: QueueKeys, b: QueueKeys) => number)[]
> = {
  importance: [byImportance, byWaiting, byId],
  mrr: [byMrr, byWaiting, byId],
  'expected-loss': [byLoss, byMrr, byWaiting, byId],
  risk: [byRisk, byImportance, byWaiting, byId],
  waiting: [byWaiting, byImportance, byId],
};

/** @internal Chains comparators: the first that tells two rows apart decides. */
export function chain<R>(comparators: readonly ((a: R, b: R) => number)[]): (a: R, b: R) => number {
  return (a, b) => {
    for (const compare of comparators) {
      const c = compare(a, b);
      // NaN (a comparator that cannot decide) counts as a tie, so Array#sort stays consistent.
      if (c > 0 || c < 0) return c;
    }
    return 0;
  };
}
