import type {
  AbcBasis,
  AbcBoundary,
  AbcMethod,
  AbcOptions,
  AbcResult,
  AbcRow,
  AbcTier,
  AbcTierSummary,
  AbcTies,
} from './abc';
import type { ComputedAbcLimits } from './abcComputed';
import { computeAbc } from './abcComputed';
import { KamkitError } from './errors';
import { addCompensated, lt, lte } from './numeric';
import { invalidOption, limitPair, oneOf, readOptions } from './options';
import type { ParetoColumns } from './paretoColumns';
import type { Ranking } from './ranking';
import { cumulativeShare, rankValues, vitalCount } from './ranking';

/**
 * Result of {@link abcColumns}: the summary of an {@link AbcResult} with the ranking and the tiers as columns
 * instead of `rows`. Rank `r + 1` (0-based `r`) is the record `data[index[r]]`, with value `values[r]`,
 * cumulative sum `cumulative[r]` and tier `ABC_TIERS[tiers[r]]` (0 = A, 1 = B, 2 = C); {@link abcRow} builds
 * its row.
 */
export interface AbcColumns<T>
  extends Omit<ParetoColumns<T>, 'cutoff' | 'vitalShare' | 'vitalShareInterpolated'>,
    Omit<AbcResult<T>, 'rows'> {
  /** `tiers[r]`: the tier of the account ranked `r + 1` as a number: 0 = A, 1 = B, 2 = C. */
  tiers: Uint8Array;
  /** How many accounts are `vital` in the rows: pareto's vital few for its default 80 % cutoff. */
  vitalCount: number;
}

/**
 * The tiers, in order: `ABC_TIERS[t]` is the tier numbered `t` in {@link AbcColumns.tiers}.
 *
 * @example
 * for (const tier of ABC_TIERS) console.log(tier, result.summary[tier].count);
 */
export const ABC_TIERS: readonly AbcTier[] = /* @__PURE__ */ Object.freeze(['A', 'B', 'C'] as const);

const BASES: readonly AbcBasis[] = ['value', 'count'];
const BOUNDARIES: readonly AbcBoundary[] = ['crossing', 'at-or-below', 'below'];
const TIES: readonly AbcTies[] = ['order', 'group'];
const METHODS: readonly AbcMethod[] = ['fixed', 'computed'];

/**
 * {@link abc} without building its rows: the same ranking, tiers, summary and exclusions (the same options,
 * rules and errors — see {@link abc}), with the accounts in rank order as typed-array columns and each tier as
 * a number (0 = A, 1 = B, 2 = C). For charts and large data sets that read a few rows (build those with
 * {@link abcRow}) or only the columns: the rows are most of what `abc` allocates.
 *
 * @example
 * const columns = abcColumns(accounts, { value: 'revenue' });
 * columns.summary.A.count; // e.g. 12
 * columns.tiers[0]; // 0: the largest account is A
 * abcRow(columns, 0).tier; // 'A'
 */
export function abcColumns<T>(data: Iterable<T>, options?: AbcOptions<T> | null): AbcColumns<T> {
  const o = readOptions(options);
  const method = oneOf(o.method, METHODS, 'fixed', 'method');
  if (method === 'computed') {
    for (const field of ['thresholds', 'basis', 'boundary', 'ties'] as const) {
      if (o[field] != null) {
        throw new KamkitError(
          'INVALID_OPTION',
          `${field} cannot be combined with method 'computed', which derives its limits from the data.`,
          { field },
        );
      }
    }
  }
  const basis = oneOf(o.basis, BASES, 'value', 'basis');
  const boundary = oneOf(o.boundary, BOUNDARIES, 'crossing', 'boundary');
  const ties = oneOf(o.ties, TIES, 'order', 'ties');
  const thresholds = limitPair(o.thresholds, basis === 'count' ? [0.2, 0.5] : [0.8, 0.95], 'thresholds', {
    min: 0,
    max: 1,
  });

  const ranking = rankValues(data, o.value, o.id);
  const n = ranking.values.length;
  let tiers: Uint8Array;
  let computed: ComputedAbcLimits | null = null;
  if (method === 'fixed') tiers = fixedTiers(ranking, thresholds, basis, boundary, ties);
  else if (n > 0) ({ tiers, limits: computed } = computeAbc(ranking.values));
  else tiers = new Uint8Array(0);
  return {
    ...ranking,
    tiers,
    vitalCount: vitalCount(ranking, 0.8),
    summary: summarize(tiers, ranking.values, ranking.total),
    method,
    thresholds: method === 'computed' ? null : thresholds,
    basis: method === 'computed' ? null : basis,
    boundary: method === 'computed' ? null : boundary,
    ties: method === 'computed' ? 'group' : ties,
    computed,
  };
}

/**
 * The row of the account ranked `r + 1` (0-based `r`, `0 ≤ r < index.length`), equal to `abc(…).rows[r]` on
 * the same data and options. A new object on every call. Throws `KamkitError` `INVALID_OPTION` when `columns`
 * is not an {@link abcColumns} result (field `'columns'`) or `r` is not an integer in that range (field `'r'`).
 *
 * @example
 * const top = abcRow(abcColumns(accounts, { value: 'revenue' }), 0);
 * top.tier; // 'A'
 */
export function abcRow<T>(columns: AbcColumns<T>, r: number): AbcRow<T> {
  const ok =
    columns !== null &&
    typeof columns === 'object' &&
    columns.values instanceof Float64Array &&
    columns.cumulative instanceof Float64Array &&
    columns.index instanceof Uint32Array &&
    columns.tiers instanceof Uint8Array &&
    columns.tiers.length === columns.values.length &&
    columns.index.length === columns.values.length &&
    Array.isArray(columns.ids) &&
    Array.isArray(columns.data);
  if (!ok) invalidOption('columns', 'must be a result of abcColumns', columns);
  const n = columns.values.length;
  if (!(Number.isInteger(r) && r >= 0 && r < n))
    invalidOption('r', `must be an integer from 0 to ${n - 1}`, r);
  return columnRows(columns, r, r + 1)[0]!;
}

/**
 * @internal The rows of the accounts ranked `from + 1` to `to` (0-based `from ≤ r < to`), without the checks of
 * {@link abcRow}: how `abc` builds all its rows and `abcRow` one, in one loop of one fixed shape.
 */
export function columnRows<T>(columns: AbcColumns<T>, from: number, to: number): AbcRow<T>[] {
  const { data, ids, index, values, cumulative, total, tiers, vitalCount: vital } = columns;
  const n = values.length;
  const rows: AbcRow<T>[] = new Array(to - from);
  for (let r = from; r < to; r++) {
    const i = index[r]!;
    const value = values[r]!;
    rows[r - from] = {
      id: ids[i]!,
      datum: data[i] as T,
      index: i,
      value,
      share: value / total,
      cumulative: cumulative[r]!,
      // Exactly 1 for the last row, whose cumulative sum is the total.
      cumulativeShare: r === n - 1 ? 1 : cumulative[r]! / total,
      rank: r + 1,
      rankShare: (r + 1) / n,
      vital: r < vital,
      tier: ABC_TIERS[tiers[r]!] ?? 'C',
    };
  }
  return rows;
}

/** Tiers for fixed thresholds, in rank order (0 = A, 1 = B, 2 = C), by the rules {@link abc} documents. */
function fixedTiers(
  ranking: Ranking<unknown>,
  [a, b]: readonly [number, number],
  basis: AbcBasis,
  boundary: AbcBoundary,
  ties: AbcTies,
): Uint8Array {
  const { values } = ranking;
  const n = values.length;
  const tiers = new Uint8Array(n);
  // 'at-or-below' takes a tier whose threshold equals the share; the others need the share below it.
  const below = boundary === 'at-or-below' ? lte : lt;
  // 'crossing' measures the share of the k = r accounts ranked above this one; the others that of the
  // k = r + 1 accounts up to and including it.
  const offset = boundary === 'crossing' ? 0 : 1;
  for (let r = 0; r < n; r++) {
    const k = r + offset;
    const share = basis === 'value' ? (k === 0 ? 0 : cumulativeShare(ranking, k - 1)) : k / n;
    tiers[r] =
      ties === 'group' && r > 0 && values[r] === values[r - 1]
        ? tiers[r - 1]!
        : below(share, a)
          ? 0
          : below(share, b)
            ? 1
            : 2;
  }
  return tiers;
}

/** Per-tier count, compensated value sum and shares; `tiers` and `values` are in rank order. */
function summarize(tiers: Uint8Array, values: Float64Array, total: number): Record<AbcTier, AbcTierSummary> {
  const n = values.length;
  const sums = new Float64Array(6); // compensated sums of A, B and C
  const counts = [0, 0, 0];
  for (let r = 0; r < n; r++) {
    const t = tiers[r]!;
    addCompensated(sums, 2 * t, values[r]!);
    counts[t]!++;
  }
  const tier = (t: number): AbcTierSummary => {
    const value = sums[2 * t]! + sums[2 * t + 1]!;
    return {
      count: counts[t]!,
      value,
      share: total > 0 ? value / total : 0,
      accountShare: n > 0 ? counts[t]! / n : 0,
    };
  };
  return { A: tier(0), B: tier(1), C: tier(2) };
}
