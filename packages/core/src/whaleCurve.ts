import type { Id, IdField, NumberField } from './accessor';
import { fieldOption, readField, toArray } from './accessor';
import type { Excluded } from './excluded';
import { readIds } from './id';
import { CompensatedSum, classifyValue, finite } from './numeric';
import { readOptions } from './options';
import { orderByValueDescending } from './order';

/** Options of {@link whaleCurve}. */
export interface WhaleCurveOptions<T> {
  /** The id of each account (unique). Default: the field `id`; when no record has one, the index (see {@link pareto}). */
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

/** Result of {@link whaleCurve}. */
export interface WhaleCurveResult<T> {
  /** Every account with a finite profit, by profit descending, then id ascending. */
  rows: WhaleCurveRow<T>[];
  /**
   * Records whose profit is missing (`null`, `undefined`, blank), text or not a finite number (`field`
   * `'profit'`), in input order.
   */
  excluded: Excluded<T, 'missing' | 'text' | 'non-finite'>[];
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
 *   Only a missing (`null`, `undefined`, blank), text (never parsed) or non-finite profit (NaN, ±Infinity,
 *   other non-numbers) goes to `excluded` with the reason.
 * - Rows are ordered by profit descending, then id ascending, so the result does not depend on input order.
 *   Cumulative sums are compensated (Neumaier), so the last `cumulative` equals `total`.
 * - `cumulativeShare = cumulative / total`: above 1 (100 %) when some accounts lose money; exactly 1 on the
 *   last row. When total profit is ≤ 0 there is no meaningful share: `cumulativeShare` and `peakShare` are
 *   `null` (the absolute `cumulative` and `peak` are still given).
 * - `peak` is the first row where the cumulative profit is highest: after the last positive profit, or the
 *   first row when no account is profitable (accounts with zero profit after it leave the curve flat and do
 *   not move the peak).
 * - `options` may be `null`/`undefined`. Throws `KamkitError` `DUPLICATE_ID`/`INVALID_ID` for bad ids,
 *   `INVALID_OPTION` for options that are not an object or a `profit`/`id` that is neither a field name nor an
 *   accessor, and `OVERFLOW` when the sum of the positive or of the negative profits, or a cumulative share, is
 *   beyond `Number.MAX_VALUE` (about 1.8·10³⁰⁸). Errors thrown by the caller's accessors or getters pass
 *   through unchanged.
 *
 * @example
 * const curve = whaleCurve(accounts, { profit: 'operatingProfit' });
 * curve.peak?.rankShare; // e.g. 0.6 → the most profitable 60 % of accounts …
 * curve.peakShare; // e.g. 1.4 → … make 140 % of total profit
 */
export function whaleCurve<T>(data: Iterable<T>, options?: WhaleCurveOptions<T> | null): WhaleCurveResult<T> {
  const o = readOptions(options);
  const profit = fieldOption(o.profit, 'profit', 'profit');
  const array = toArray(data);
  const ids = readIds(array, o.id);

  const included: number[] = [];
  const profits: number[] = [];
  const excluded: Excluded<T, 'missing' | 'text' | 'non-finite'>[] = [];
  for (let i = 0; i < array.length; i++) {
    const value = readField(profit, array, i);
    const kind = classifyValue(value);
    if (kind === 'ok') {
      included.push(i);
      profits.push(value as number);
    } else {
      excluded.push({
        id: ids[i] as Id,
        datum: array[i] as T,
        index: i,
        field: 'profit',
        value,
        reason: kind,
      });
    }
  }

  const includedIds = included.map((i) => ids[i] as Id);
  const order = orderByValueDescending(profits, includedIds);
  const n = order.length;
  const positive = new CompensatedSum();
  const negative = new CompensatedSum();
  for (let r = 0; r < n; r++) {
    const p = profits[order[r]!]!;
    if (p > 0) positive.add(p);
    else if (p < 0) negative.add(p);
  }
  // Every cumulative sum lies between these two, so once they are finite no running sum can overflow.
  const profitable = finite(positive.value, 'sum of positive profits');
  const unprofitable = finite(negative.value, 'sum of negative profits');
  const running = new CompensatedSum();
  const cumulatives = new Float64Array(n);
  for (let r = 0; r < n; r++) cumulatives[r] = running.add(profits[order[r] as number] as number);
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
      cumulativeShare: hasShare ? (r === n - 1 ? 1 : finite(cumulative / total, 'cumulative share')) : null,
    };
  }
  const peak = peakRank >= 0 ? (rows[peakRank] as WhaleCurveRow<T>) : null;

  return {
    rows,
    excluded,
    total,
    profitable,
    unprofitable,
    peak,
    peakShare: peak === null ? null : peak.cumulativeShare,
  };
}
