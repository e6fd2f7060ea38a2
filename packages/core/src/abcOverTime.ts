import type { AbcBasis, AbcBoundary, AbcMethod, AbcResult, AbcTier, AbcTies } from './abc';
import { abc } from './abc';
import type { Id, IdField } from './accessor';
import { readName, toArray } from './accessor';
import { dict } from './dict';
import { compareIds, readIds } from './id';
import type { ExclusionReason } from './numeric';
import { CompensatedSum, finite } from './numeric';
import { invalidOption, listOption, readOptions } from './options';

/**
 * An account's state in one period (or overall):
 * - `'A'`, `'B'`, `'C'`: its tier among the accounts with a positive value that period;
 * - `'none'`: its value is zero or negative;
 * - `'absent'`: no value (`undefined`, `null`, blank text) — no record that period;
 * - `'invalid'`: the value is not a finite number (NaN, ±Infinity, text, …); it is also listed in that
 *   period's `excluded` with reason `'non-finite'` or `'text'`.
 */
export type AbcState = AbcTier | 'none' | 'absent' | 'invalid';

/**
 * Every state, in the order used for matrices: A, B, C, none, absent, invalid.
 *
 * @example
 * const stayed = ABC_STATES.reduce((n, s) => n + migration.matrix[s][s], 0);
 */
export const ABC_STATES: readonly AbcState[] = /* @__PURE__ */ Object.freeze([
  'A',
  'B',
  'C',
  'none',
  'absent',
  'invalid',
] as const);

/** A period key: a string (e.g. `'2024-Q1'`) or a finite number (e.g. `2024`). */
export type PeriodKey = string | number;

/** Reads an account's value in a period. */
export type PeriodValueAccessor<T, P extends PeriodKey> = (
  datum: T,
  period: P,
  index: number,
  data: readonly T[],
) => number | null | undefined;

/** Options of {@link abcOverTime}. */
export interface AbcOverTimeOptions<T, P extends PeriodKey> {
  /** The id of each account. Default: the field `id`, falling back to the record's index. Ids must be unique. */
  id?: IdField<T>;
  /**
   * The periods, in time order: unique strings or finite numbers (`1` and `'1'` count as the same key), at most
   * {@link MAX_ABC_PERIODS} (1,000). Any string is a key, `'__proto__'` included.
   */
  periods: readonly P[];
  /**
   * The account's value in a period: `(d, period, i, data) => number`, or the name of a field that holds an
   * object (or array) keyed by period, read as `d[field][period]`. `undefined`/`null` means no record.
   */
  value: PeriodValueAccessor<T, P> | string;
  /** Thresholds of each period's {@link abc} (and of the aggregate). Same default as {@link abc}. */
  thresholds?: readonly [number, number];
  /** See {@link abc}. Default `'value'`. */
  basis?: AbcBasis;
  /** See {@link abc}. Default `'crossing'`. */
  boundary?: AbcBoundary;
  /** See {@link abc}. Default `'order'`. */
  ties?: AbcTies;
  /** See {@link abc}. Default `'fixed'`. */
  method?: AbcMethod;
}

/** One account across all periods. */
export interface AbcOverTimeRow<T, P extends PeriodKey> {
  /** The account's id. */
  id: Id;
  /** The caller's record, untouched. */
  datum: T;
  /** The record's zero-based position in the input. */
  index: number;
  /** The account's state in each period, keyed by period (a record without a prototype: every key is data). */
  states: Record<P, AbcState>;
  /** The raw value read for each period, keyed by period (a record without a prototype). */
  values: Record<P, unknown>;
  /**
   * Sum of the account's values over all periods (a missing period adds nothing; zero and negative values are
   * added). `null` when every period is absent or some period is invalid.
   */
  total: number | null;
  /**
   * The tier of `total` among all accounts' totals (an {@link abc} with the same options); `'none'` when the
   * total is ≤ 0, `'absent'` when every period is absent, `'invalid'` when some period is invalid.
   */
  aggregate: AbcState;
}

/** The accounts' moves between two consecutive periods. */
export interface AbcMigration<P extends PeriodKey> {
  /** The earlier period. */
  from: P;
  /** The later period. */
  to: P;
  /**
   * `matrix[fromState][toState]`: the number of accounts in `fromState` in `from` and in `toState` in `to`.
   * Every state appears as a key (with 0 when no account moves that way); the counts add up to the number of
   * accounts.
   */
  matrix: Record<AbcState, Record<AbcState, number>>;
}

/** One period's analysis. */
export interface AbcPeriodResult<T, P extends PeriodKey> {
  /** The period. */
  period: P;
  /** The {@link abc} result of the accounts' values in this period; `excluded` lists every account without a tier. */
  result: AbcResult<T>;
  /** Number of accounts in each state. */
  counts: Record<AbcState, number>;
}

/** Result of {@link abcOverTime}. */
export interface AbcOverTimeResult<T, P extends PeriodKey> {
  /** One row per input record: by `total` descending (`null` last), then id ascending. */
  rows: AbcOverTimeRow<T, P>[];
  /** The periods, as given. */
  periods: P[];
  /** One analysis per period, in the order of `periods`. */
  byPeriod: AbcPeriodResult<T, P>[];
  /** The {@link abc} of the accounts' totals, from which `aggregate` is read. */
  overall: AbcResult<T>;
  /** Number of accounts in each aggregate state. */
  counts: Record<AbcState, number>;
  /** One entry per pair of consecutive periods (none for fewer than two periods). */
  migrations: AbcMigration<P>[];
}

const stateOfExclusion: Record<ExclusionReason, AbcState> = {
  zero: 'none',
  negative: 'none',
  missing: 'absent',
  'non-finite': 'invalid',
  text: 'invalid',
};

function emptyCounts(): Record<AbcState, number> {
  return { A: 0, B: 0, C: 0, none: 0, absent: 0, invalid: 0 };
}

/**
 * ABC analysis per period: each account's tier in every period, its tier over all periods, and how accounts
 * moved between tiers from one period to the next.
 *
 * Rules:
 * - Each period is an independent {@link abc} of the accounts' values in that period, with the given options
 *   (`thresholds`, `basis`, `boundary`, `ties`, `method`); its result is in `byPeriod`.
 * - An account's state in a period is its tier; `'none'` when its value is zero or negative; `'absent'` when
 *   the value is `undefined`, `null` or blank (no record that period); `'invalid'` when it is not a finite
 *   number (NaN, ±Infinity, text — never parsed). Invalid values are never dropped silently: they are that
 *   period's `excluded` entries with reason `'non-finite'` or `'text'`, and they make the account's `total`
 *   `null` and its `aggregate` `'invalid'`.
 * - `aggregate` is the tier of the account's total over all periods among all accounts' totals (zero and
 *   negative values count; absent periods add nothing); see {@link AbcOverTimeRow.aggregate}.
 * - `migrations` has one entry per pair of consecutive periods with the full state × state matrix; every
 *   account is counted once in each matrix, including absent ones.
 * - Every input record is one row. Rows are ordered by total descending, then id ascending, so the result does
 *   not depend on input order.
 * - Throws `KamkitError` `DUPLICATE_ID`/`INVALID_ID` for bad ids; `INVALID_OPTION` when `options` is not an
 *   object, `periods` is not an array (without holes) of at most 1,000 unique strings/finite numbers, `value` is
 *   neither a function nor a field name, or an {@link abc} option is invalid; `OVERFLOW` when an account's total
 *   is beyond `Number.MAX_VALUE`. Errors thrown by the caller's accessors or getters pass through unchanged.
 *
 * @example
 * const result = abcOverTime(accounts, {
 *   id: 'name',
 *   periods: ['2023', '2024'],
 *   value: (d, year) => d.revenueByYear[year], // or value: 'revenueByYear'
 * });
 * result.rows[0]; // { id: 'Acme', states: { 2023: 'A', 2024: 'B' }, total: 8.1e5, aggregate: 'A', … }
 * result.migrations[0].matrix.A.B; // accounts that fell from A (2023) to B (2024)
 */
export function abcOverTime<T, P extends PeriodKey>(
  data: Iterable<T>,
  options: AbcOverTimeOptions<T, P>,
): AbcOverTimeResult<T, P> {
  const o = readOptions(options);
  const periods = readPeriods(o.periods);
  const readValue = periodReader<T, P>(o.value);
  const array = toArray(data);
  const ids = readIds(array, o.id);
  const id = (_: T, i: number) => ids[i] as Id;
  const tierOptions = {
    thresholds: o.thresholds,
    basis: o.basis,
    boundary: o.boundary,
    ties: o.ties,
    method: o.method,
  };

  const n = array.length;
  const states = periods.map(() => new Array<AbcState>(n));
  const values = periods.map(() => new Array<unknown>(n));
  const byPeriod: AbcPeriodResult<T, P>[] = periods.map((period, k) => {
    const raw = values[k] as unknown[];
    for (let i = 0; i < n; i++) raw[i] = readValue(array[i] as T, period, i, array);
    const result = abc(array, { ...tierOptions, id, value: (_: T, i: number) => raw[i] as number });
    const state = states[k] as AbcState[];
    const counts = emptyCounts();
    for (const row of result.rows) state[row.index] = row.tier;
    for (const e of result.excluded) state[e.index] = stateOfExclusion[e.reason];
    for (let i = 0; i < n; i++) counts[state[i] as AbcState]++;
    return { period, result, counts };
  });

  // Totals over all periods: undefined = every period absent, NaN = some period invalid.
  const totals = new Array<number | undefined>(n);
  for (let i = 0; i < n; i++) {
    const sum = new CompensatedSum();
    let present = false;
    let invalid = false;
    for (let k = 0; k < periods.length; k++) {
      const state = (states[k] as AbcState[])[i];
      if (state === 'absent') continue;
      present = true;
      if (state === 'invalid') invalid = true;
      else sum.add((values[k] as unknown[])[i] as number);
    }
    totals[i] = invalid ? Number.NaN : present ? finite(sum.value, 'total') : undefined;
  }
  const overall = abc(array, { ...tierOptions, id, value: (_: T, i: number) => totals[i] });
  const aggregate = new Array<AbcState>(n);
  for (const row of overall.rows) aggregate[row.index] = row.tier;
  for (const e of overall.excluded) aggregate[e.index] = stateOfExclusion[e.reason];
  const counts = emptyCounts();
  for (let i = 0; i < n; i++) counts[aggregate[i] as AbcState]++;

  const rows: AbcOverTimeRow<T, P>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const rowStates = dict<AbcState>() as Record<P, AbcState>;
    const rowValues = dict<unknown>() as Record<P, unknown>;
    periods.forEach((period, k) => {
      rowStates[period] = (states[k] as AbcState[])[i] as AbcState;
      rowValues[period] = (values[k] as unknown[])[i];
    });
    const total = totals[i];
    rows[i] = {
      id: ids[i] as Id,
      datum: array[i] as T,
      index: i,
      states: rowStates,
      values: rowValues,
      total: total === undefined || Number.isNaN(total) ? null : total,
      aggregate: aggregate[i] as AbcState,
    };
  }
  rows.sort((a, b) => {
    if (a.total !== b.total) {
      if (a.total === null) return 1;
      if (b.total === null) return -1;
      return b.total - a.total;
    }
    return compareIds(a.id, b.id);
  });

  const migrations: AbcMigration<P>[] = [];
  for (let k = 0; k + 1 < periods.length; k++) {
    const matrix = {} as Record<AbcState, Record<AbcState, number>>;
    for (const s of ABC_STATES) matrix[s] = emptyCounts();
    const from = states[k] as AbcState[];
    const to = states[k + 1] as AbcState[];
    for (let i = 0; i < n; i++) matrix[from[i] as AbcState][to[i] as AbcState]++;
    migrations.push({ from: periods[k] as P, to: periods[k + 1] as P, matrix });
  }

  return { rows, periods: [...periods], byPeriod, overall, counts, migrations };
}

/** The most periods {@link abcOverTime} analyses: each period is one {@link abc} over every record. */
export const MAX_ABC_PERIODS = 1000;

function readPeriods<P extends PeriodKey>(periods: readonly P[] | null | undefined): readonly P[] {
  if (periods == null)
    invalidOption('periods', 'must be an array of period keys (strings or numbers)', periods);
  const list = listOption(periods, [], 'periods', MAX_ABC_PERIODS);
  const seen = new Map<string, number>();
  for (let k = 0; k < list.length; k++) {
    const period: unknown = list[k];
    if (!(typeof period === 'string' || Number.isFinite(period)))
      invalidOption(`periods[${k}]`, 'must be a string or a finite number', period);
    const key = String(period);
    const previous = seen.get(key);
    if (previous !== undefined)
      invalidOption(`periods[${k}]`, `repeats periods[${previous}]; periods must be unique`, period);
    seen.set(key, k);
  }
  return list;
}

/**
 * The reader of one account's value in one period. A field name reads the field's own key for the period
 * (`d[field][period]`), so a period such as `'constructor'` is not found on `Object.prototype`.
 */
function periodReader<T, P extends PeriodKey>(value: PeriodValueAccessor<T, P> | string | undefined) {
  if (typeof value === 'function') return value as (d: T, p: P, i: number, data: readonly T[]) => unknown;
  if (typeof value === 'string') {
    const field = value;
    return (datum: T, period: P): unknown => {
      const byPeriod = readName(datum, field);
      const key = String(period);
      return byPeriod !== null && typeof byPeriod === 'object' && Object.hasOwn(byPeriod, key)
        ? (byPeriod as Record<string, unknown>)[key]
        : undefined;
    };
  }
  return invalidOption(
    'value',
    'must be a function (d, period, i, data) => number or the name of a field keyed by period',
    value,
  );
}
