import type { Accessor } from './accessor';
import { describe, KamkitError } from './errors';
import { classifyValue } from './numeric';
import { invalidOption, listOption } from './options';
import type { ScoreNormalize, ValueIssueReason } from './score';

/** The most criteria (of `score`) or signals (of `churnRisk`): each one is read for every record. */
export const MAX_CRITERIA = 1000;

/** @internal A validated weighted criterion (of {@link score}) or signal (of `churnRisk`). */
export interface WeightedCriterion<T> {
  key: string;
  weight: number;
  read: Accessor<T, unknown>;
  scale: readonly [number, number];
  /** Reverse the 0–100 score (lower raw value scores higher). */
  invert: boolean;
}

/**
 * @internal Validates the parts common to criteria and signals: an array (no holes, at most
 * {@link MAX_CRITERIA} entries) of objects with a unique non-empty `key`, a `weight` that is a finite number ≥ 0
 * (`INVALID_WEIGHTS`), a `value` that is a field name or an accessor and a `scale` `[min, max]` of finite
 * numbers with `min < max` (`INVALID_OPTION`).
 */
export function validateWeighted(
  list: unknown,
  field: string,
  defaultScale: readonly [number, number],
): Record<string, unknown>[] {
  if (list == null) invalidOption(field, 'must be a non-empty array', list);
  const entries = listOption(list as unknown[], [], field, MAX_CRITERIA);
  if (entries.length === 0) invalidOption(field, 'must be a non-empty array', list);
  const keys = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const at = `${field}[${i}]`;
    if (entry === null || typeof entry !== 'object') invalidOption(at, 'must be an object', entry);
    const { key, weight, value } = entry as Record<string, unknown>;
    const scale = (entry as Record<string, unknown>).scale ?? defaultScale;
    if (typeof key !== 'string' || key === '') invalidOption(`${at}.key`, 'must be a non-empty string', key);
    if (keys.has(key)) invalidOption(`${at}.key`, `repeats a key of ${field}; keys must be unique`, key);
    keys.add(key);
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new KamkitError(
        'INVALID_WEIGHTS',
        `${at}.weight ('${key}') must be a finite number ≥ 0; got ${describe(weight)}.`,
        { field: `${at}.weight` },
      );
    }
    if (typeof value !== 'string' && typeof value !== 'function')
      invalidOption(`${at}.value`, `('${key}') must be a field name or an accessor`, value);
    const [min, max] = Array.isArray(scale) && scale.length === 2 ? scale : [];
    // max − min must be finite too: scores divide by it (halved, so any two finite numbers qualify).
    if (!(Number.isFinite(min) && Number.isFinite(max) && min < max))
      invalidOption(`${at}.scale`, `('${key}') must be [min, max] with finite min < max`, scale);
  }
  return entries as Record<string, unknown>[];
}

/** @internal Raw values, 0–100 scores (`null` when dropped) and issues of every criterion for every record. */
export interface CriterionTable {
  /** `raw[c][i]`: the value read for criterion `c` of record `i`. */
  raw: unknown[][];
  /** `scores[c][i]`: 0–100, or `null` when the value is missing or non-finite. */
  scores: (number | null)[][];
  /** `issues[c][i]`: what happened to the value, or `null` when it was used as it is. */
  issues: (ValueIssueReason | null)[][];
}

/**
 * @internal Reads every criterion of every record and maps it to 0–100:
 * `'scale'`: `(v − min) / (max − min) × 100`, clamped to 0–100 and flagged `'below-scale'`/`'above-scale'`;
 * `'minmax'`: `(v − smallest) / (largest − smallest) × 100` over the records that have the value (50 when all
 * are equal, as d3's linear scale does with an empty domain); `'rank'`: `(r − 1) / (m − 1) × 100` with `r` the
 * ascending mid-rank (ties share their mean rank) among the `m` records that have the value (50 when m = 1).
 * `invert` then maps `s` to `100 − s`. Missing (`null`/`undefined`) and non-finite values give `null`.
 */
export function criterionTable<T>(
  array: readonly T[],
  criteria: readonly WeightedCriterion<T>[],
  normalize: ScoreNormalize,
): CriterionTable {
  const n = array.length;
  const raw: unknown[][] = [];
  const scores: (number | null)[][] = [];
  const issues: (ValueIssueReason | null)[][] = [];
  for (const criterion of criteria) {
    const values = new Array<unknown>(n);
    const s = new Array<number | null>(n).fill(null);
    const issue = new Array<ValueIssueReason | null>(n).fill(null);
    const valid: number[] = [];
    for (let i = 0; i < n; i++) {
      const value = criterion.read(array[i] as T, i, array);
      values[i] = value;
      const kind = classifyValue(value);
      if (kind === 'ok') valid.push(i);
      else issue[i] = kind;
    }
    if (normalize === 'scale') {
      const [min, max] = criterion.scale;
      for (const i of valid) {
        const v = values[i] as number;
        let x = fraction(v, min, max) * 100;
        if (v < min) {
          x = 0;
          issue[i] = 'below-scale';
        } else if (v > max) {
          x = 100;
          issue[i] = 'above-scale';
        }
        s[i] = x;
      }
    } else if (normalize === 'minmax') {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (const i of valid) {
        const v = values[i] as number;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      for (const i of valid) {
        const v = values[i] as number;
        s[i] = hi > lo ? Math.min(100, Math.max(0, fraction(v, lo, hi) * 100)) : 50;
      }
    } else {
      const sorted = [...valid].sort((a, b) => (values[a] as number) - (values[b] as number));
      const m = sorted.length;
      let start = 0;
      while (start < m) {
        let end = start;
        const v = values[sorted[start] as number] as number;
        while (end + 1 < m && (values[sorted[end + 1] as number] as number) === v) end++;
        const midRank = (start + end) / 2; // zero-based mean rank of the tie group
        for (let r = start; r <= end; r++) s[sorted[r] as number] = m > 1 ? (midRank / (m - 1)) * 100 : 50;
        start = end + 1;
      }
    }
    if (criterion.invert) {
      for (const i of valid) s[i] = 100 - (s[i] as number);
    }
    raw.push(values);
    scores.push(s);
    issues.push(issue);
  }
  return { raw, scores, issues };
}

/** Clamps a weighted mean of 0–100 scores back into 0–100 (it can leave it by one ulp). */
export function clampScore(x: number): number {
  return Math.min(100, Math.max(0, x));
}

/**
 * `(v − lo) / (hi − lo)` for `lo < hi`. When `hi − lo` exceeds `Number.MAX_VALUE` the three are halved first
 * (exact for such large numbers, so the quotient is the same); otherwise they are not, since halving a
 * subnormal difference can round it to 0.
 */
function fraction(v: number, lo: number, hi: number): number {
  const range = hi - lo;
  return Number.isFinite(range) ? (v - lo) / range : (v / 2 - lo / 2) / (hi / 2 - lo / 2);
}
