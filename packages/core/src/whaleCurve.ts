import type { Id, IdField, NumberField } from './accessor';
import { toAccessor, toArray } from './accessor';
import { readIds } from './id';
import { CompensatedSum, classifyValue } from './numeric';
import { orderByValueDescending } from './order';

/** Options of {@link whaleCurve}. */
export interface WhaleCurveOptions<T> {
  /** The id of each account. Default: the field `id`, falling back to the record's index. Ids must be unique. */
  id?: IdField<T>;
  /** The profit of each account (may be zero or negative). Default: the field `profit`. */
  profit?: NumberField<T>;
}

/** One account on the whale curve, from most to least profitable. */
export interface WhaleCurveRow<T> {
  /** The account's id. */
  id: Id;
  /** The caller's record, untouched. */
  datum: T;
  /** The record's zero-based position in the input. */
  index: number;
  /** The account's profit (any finite number). */
  profit: number;
  /** 1-based rank: 1 is the most profitable; ties by id ascending. */
  rank: number;
  /** `rank / n`: the share of accounts up to and including this one (the curve's x). */
  rankShare: number;
  /** Sum of the profits of this account and every account ranked before it. */
  cumulative: number;
  /**
   * `cumulative / total` (the curve's y; above 1 while the accounts that lose money are still ahead), exactly 1
   * on the last row; `null` on every row when total profit is ≤ 0, since a share of a non-positive total has no
   * meaning — use `cumulative` then.
   */
  cumulativeShare: number | null;
}

/** A record without a usable profit. */
export interface WhaleCurveExcluded<T> {
  id: Id;
  datum: T;
  index: number;
  /** The raw value read. */
  value: unknown;
  /** `'missing'` (null/undefined) or `'non-finite'` (NaN, ±Infinity, not a number). */
  reason: 'missing' | 'non-finite';
}

/** Result of {@link whaleCurve}. */
export interface WhaleCurveResult<T> {
  /** Every account with a finite profit, by profit descending, then id ascending. */
  rows: WhaleCurveRow<T>[];
  /** Records whose profit is missing or not a finite number, in input order. */
  excluded: WhaleCurveExcluded<T>[];
  /** Sum of all profits (the curve's end). */
  total: number;
  /** Sum of the positive profits (the height of the peak when some account is profitable). */
  profitable: number;
  /** Sum of the negative profits (≤ 0): what the loss-making accounts take away. */
  unprofitable: number;
  /** The first row where `cumulative` is highest (the top of the whale); `null` when there are no rows. */
  peak: WhaleCurveRow<T> | null;
  /** `peak.cumulativeShare` (e.g. 1.5 = the best accounts make 150 % of total profit); `null` without a share. */
  peakShare: number | null;
}

/**
 * The whale curve (Kaplan & Cooper's cumulative profitability curve): accounts from most to least profitable
 * with the cumulative profit, which rises above total profit and then falls back as loss-making accounts are
 * added.
 *
 * Rules:
 * - Every account with a finite profit is kept, including zero and negative profit (they are the point).
 *   Only a missing (`null`/`undefined`) or non-finite profit (NaN, ±Infinity, strings — never parsed) goes to
 *   `excluded` with the reason.
 * - Rows are ordered by profit descending, then id ascending, so the result does not depend on input order.
 *   Cumulative sums are compensated (Neumaier), so the last `cumulative` equals `total`.
 * - `cumulativeShare = cumulative / total`: above 1 (100 %) when some accounts lose money; exactly 1 on the
 *   last row. When total profit is ≤ 0 there is no meaningful share: `cumulativeShare` and `peakShare` are
 *   `null` (the absolute `cumulative` and `peak` are still given).
 * - `peak` is the first row where the cumulative profit is highest: after the last positive profit, or the
 *   first row when no account is profitable (accounts with zero profit after it leave the curve flat and do
 *   not move the peak).
 *
 * @example
 * const curve = whaleCurve(accounts, { profit: 'operatingProfit' });
 * curve.peak?.rankShare; // e.g. 0.6 → the most profitable 60 % of accounts …
 * curve.peakShare; // e.g. 1.4 → … make 140 % of total profit
 */
export function whaleCurve<T>(data: Iterable<T>, options: WhaleCurveOptions<T> = {}): WhaleCurveResult<T> {
  const array = toArray(data);
  const ids = readIds(array, options.id);
  const readProfit = toAccessor<T, unknown>((options.profit ?? 'profit') as string);

  const included: number[] = [];
  const profits: number[] = [];
  const excluded: WhaleCurveExcluded<T>[] = [];
  for (let i = 0; i < array.length; i++) {
    const datum = array[i] as T;
    const value = readProfit(datum, i, array);
    const kind = classifyValue(value);
    if (kind === 'ok') {
      included.push(i);
      profits.push(value as number);
    } else {
      excluded.push({ id: ids[i] as Id, datum, index: i, value, reason: kind });
    }
  }

  const includedIds = included.map((i) => ids[i] as Id);
  const order = orderByValueDescending(profits, includedIds);
  const n = order.length;
  const running = new CompensatedSum();
  const positive = new CompensatedSum();
  const negative = new CompensatedSum();
  const cumulatives = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const p = profits[order[r] as number] as number;
    cumulatives[r] = running.add(p);
    if (p > 0) positive.add(p);
    else if (p < 0) negative.add(p);
  }
  const total = n > 0 ? (cumulatives[n - 1] as number) : 0;
  const hasShare = total > 0;

  let peakRank = -1;
  for (let r = 0; r < n; r++) {
    if (peakRank < 0 || (cumulatives[r] as number) > (cumulatives[peakRank] as number)) peakRank = r;
  }

  const rows: WhaleCurveRow<T>[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const k = order[r] as number;
    const index = included[k] as number;
    const cumulative = cumulatives[r] as number;
    rows[r] = {
      id: includedIds[k] as Id,
      datum: array[index] as T,
      index,
      profit: profits[k] as number,
      rank: r + 1,
      rankShare: (r + 1) / n,
      cumulative,
      cumulativeShare: hasShare ? (r === n - 1 ? 1 : cumulative / total) : null,
    };
  }
  const peak = peakRank >= 0 ? (rows[peakRank] as WhaleCurveRow<T>) : null;

  return {
    rows,
    excluded,
    total,
    profitable: positive.value,
    unprofitable: negative.value,
    peak,
    peakShare: peak === null ? null : peak.cumulativeShare,
  };
}
