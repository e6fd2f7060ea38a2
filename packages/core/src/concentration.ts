import type { IdField, NumberField } from './accessor';
import type { Excluded } from './excluded';
import { CompensatedSum } from './numeric';
import { readOptions } from './options';
import type { ParetoRow } from './pareto';
import { pareto } from './pareto';

/** Options of {@link concentration}. */
export interface ConcentrationOptions<T> {
  /** The value of each account (e.g. revenue): a field name or `(d, i, data) => number`. Default: the field `value`. */
  value?: NumberField<T>;
  /** The id of each account (unique). Default: the field `id`; when no record has one, the index (see {@link pareto}). */
  id?: IdField<T>;
}

/** A point of the Lorenz curve: the smallest `x` share of accounts makes the `y` share of the value. */
export interface LorenzPoint {
  x: number;
  y: number;
}

/** Result of {@link concentration}. */
export interface ConcentrationResult<T> {
  /** Accounts with a positive value, as in {@link pareto}: value descending, then id ascending. */
  rows: ParetoRow<T>[];
  /** Records left out (value ≤ 0, text, non-finite or missing; `field` `'value'`), in input order. */
  excluded: Excluded<T>[];
  /** Number of accounts measured (`rows.length`). */
  n: number;
  /** Sum of their values. */
  total: number;
  /** Gini coefficient (population), in [0, 1 − 1/n]; 0 for n = 1; `null` for n = 0. */
  gini: number | null;
  /** `gini · n / (n − 1)`, in [0, 1]; `null` for n < 2. */
  giniCorrected: number | null;
  /** Herfindahl–Hirschman index Σ share², as a fraction in [1/n, 1]; `null` for n = 0. */
  hhi: number | null;
  /** `hhi · 10,000`, the points scale of competition authorities (shares in percent, squared). */
  hhiPoints: number | null;
  /** `(hhi − 1/n) / (1 − 1/n)`, in [0, 1]; `null` for n < 2. */
  hhiNormalized: number | null;
  /** Lorenz curve: (0, 0), then (k/n, share of the k smallest values) for k = 1…n, ending at exactly (1, 1); empty for n = 0. */
  lorenz: LorenzPoint[];
}

/**
 * Concentration of value across accounts: Gini coefficient, Herfindahl–Hirschman index and Lorenz curve.
 *
 * Rules:
 * - Like {@link pareto}, only positive finite values take part; zero, negative, non-finite and missing values
 *   are in `excluded` with the reason, and every record appears once in `rows` or `excluded`.
 * - `gini` = 2·Σ i·x₍ᵢ₎ / (n·Σx) − (n + 1)/n over the values in ascending order x₍₁₎ ≤ … ≤ x₍ₙ₎ (computed as
 *   Σ (2i − n − 1)·x₍ᵢ₎ / (n·Σx) with compensated sums, so equal values give exactly 0). `giniCorrected` =
 *   gini·n/(n − 1), which reaches 1 when one account would have everything.
 * - `hhi` = Σ (xᵢ/Σx)², a fraction; `hhiPoints` = hhi · 10,000 (four accounts with shares 30/30/20/20 give
 *   2,600 points); `hhiNormalized` = (hhi − 1/n)/(1 − 1/n).
 * - n = 0: every measure is `null` and `lorenz` is empty. n = 1: `gini` 0, `hhi` 1 (10,000 points),
 *   `giniCorrected` and `hhiNormalized` `null` (undefined: division by n − 1 = 0), `lorenz` (0, 0)–(1, 1).
 * - The result does not depend on input order. The measures are computed from shares, so values near
 *   `Number.MAX_VALUE` do not overflow; a total beyond it throws `OVERFLOW` (as in {@link pareto}).
 * - Throws what {@link pareto} throws; `options` may be `null`/`undefined`.
 *
 * @example
 * const c = concentration(accounts, { value: 'revenue' });
 * c.gini; // e.g. 0.46
 * c.hhiPoints; // e.g. 1850
 * c.lorenz; // [{ x: 0, y: 0 }, { x: 0.1, y: 0.012 }, …, { x: 1, y: 1 }]
 */
export function concentration<T>(
  data: Iterable<T>,
  options?: ConcentrationOptions<T> | null,
): ConcentrationResult<T> {
  const o = readOptions(options);
  const base = pareto(data, { value: o.value, id: o.id });
  const { rows, excluded, total } = base;
  const n = rows.length;
  if (n === 0) {
    return {
      rows,
      excluded,
      n,
      total,
      gini: null,
      giniCorrected: null,
      hhi: null,
      hhiPoints: null,
      hhiNormalized: null,
      lorenz: [],
    };
  }

  const weighted = new CompensatedSum();
  const squares = new CompensatedSum();
  const running = new CompensatedSum();
  const lorenz: LorenzPoint[] = new Array(n + 1);
  lorenz[0] = { x: 0, y: 0 };
  for (let i = 1; i <= n; i++) {
    // Ascending order: the i-th smallest value is the (n − i + 1)-th row.
    const x = (rows[n - i] as ParetoRow<T>).value;
    // Shares, not values: (2i − n − 1)·x could overflow where the share never does.
    const share = x / total;
    weighted.add((2 * i - n - 1) * share);
    squares.add(share * share);
    const cumulative = running.add(x);
    lorenz[i] = i === n ? { x: 1, y: 1 } : { x: i / n, y: cumulative / total };
  }
  const gini = Math.max(0, weighted.value / n);
  const hhi = squares.value;
  return {
    rows,
    excluded,
    n,
    total,
    gini,
    giniCorrected: n > 1 ? (gini * n) / (n - 1) : null,
    hhi,
    hhiPoints: hhi * 10_000,
    hhiNormalized: n > 1 ? (hhi - 1 / n) / (1 - 1 / n) : null,
    lorenz,
  };
}
