import { KamkitError } from './errors';

/**
 * Why a value was not used:
 * - `'missing'`: `null`, `undefined` or a blank string (only whitespace);
 * - `'text'`: any other string — kamkit never parses text (parsing is locale-dependent: "1.234" is 1234 in
 *   German), so `'12'` is text, not 12;
 * - `'non-finite'`: NaN, ±Infinity or a value of another type (boolean, BigInt, object, …);
 * - `'zero'`, `'negative'`: a finite number the computation cannot use (e.g. a share of value).
 */
export type ExclusionReason = 'zero' | 'negative' | 'non-finite' | 'missing' | 'text';

/**
 * Relative tolerance of boundary comparisons. Shares are quotients of sums of floating-point numbers, so a share
 * that is exactly 0.8 on paper may be 0.7999999999999999 in binary; comparisons at a threshold treat values
 * within this relative distance as equal.
 */
export const EPSILON = 1e-9;

/** `a >= b`, treating values within {@link EPSILON} (relative, at least absolute 1e-12) as equal. */
export function gte(a: number, b: number): boolean {
  return a >= b - EPSILON * Math.max(1e-3, Math.abs(b));
}

/** `a < b` under the same tolerance as {@link gte}: the exact negation of `gte(a, b)`. */
export function lt(a: number, b: number): boolean {
  return !gte(a, b);
}

/** `a <= b` under the same tolerance as {@link gte}. */
export function lte(a: number, b: number): boolean {
  return gte(b, a);
}

/**
 * Classifies a raw value ({@link ExclusionReason}): `'ok'` for a finite number, else `'missing'`, `'text'` or
 * `'non-finite'`. Only JavaScript numbers count as numbers: strings are never parsed.
 */
export function classifyValue(value: unknown): 'ok' | 'missing' | 'non-finite' | 'text' {
  if (value == null) return 'missing';
  if (typeof value === 'string') return value.trim() === '' ? 'missing' : 'text';
  return Number.isFinite(value) ? 'ok' : 'non-finite';
}

/**
 * Reason for excluding a value from a value-share computation (Pareto, ABC, concentration), or `undefined`
 * when the value is a positive finite number.
 */
export function shareExclusion(value: unknown): ExclusionReason | undefined {
  // `Number.isFinite` is false for anything but a finite number (strings included).
  return !Number.isFinite(value)
    ? (classifyValue(value) as ExclusionReason)
    : value === 0
      ? 'zero'
      : (value as number) < 0
        ? 'negative'
        : undefined;
}

/**
 * Returns `x` when it is finite; throws `KamkitError` `OVERFLOW` naming `field` when a sum or another derived
 * number went beyond ±`Number.MAX_VALUE` (about 1.8·10³⁰⁸). Compensated sums fix precision, not range: kamkit
 * checks its totals with this instead of returning Infinity or NaN.
 *
 * @example
 * finite(total, 'total');
 */
export function finite(x: number, field: string): number {
  // `x - x === 0` exactly when x is finite (Infinity − Infinity and NaN − NaN are NaN).
  if (x - x === 0) return x;
  throw new KamkitError('OVERFLOW', `The ${field} is beyond ±1.8e308; scale the values down.`, { field });
}

/**
 * Running sum with Neumaier's compensation: the error does not grow with the number of terms, so a cumulative
 * curve ends at its total and shares such as 30/30/20/20 reach exactly 80 %.
 */
export class CompensatedSum {
  declare private sum: number;
  declare private compensation: number;

  constructor() {
    this.sum = 0;
    this.compensation = 0;
  }

  /** Adds `x` and returns the new (compensated) total. */
  add(x: number): number {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.compensation += this.sum - t + x;
    else this.compensation += x - t + this.sum;
    this.sum = t;
    return t + this.compensation;
  }

  /** The current total. */
  get value(): number {
    return this.sum + this.compensation;
  }
}

/**
 * Adds `x` to a compensated sum kept in `state[at]` (the sum) and `state[at + 1]` (the compensation) and returns
 * the new total: {@link CompensatedSum} without an object, for hot loops.
 *
 * @example
 * const state = new Float64Array(2);
 * addCompensated(state, 0, 1e16);
 * addCompensated(state, 0, 1);
 * addCompensated(state, 0, 1); // 10000000000000002 (plain addition: 10000000000000000)
 *
 * When the sum overflows (beyond ±Number.MAX_VALUE) the total is ±Infinity, not NaN.
 */
export function addCompensated(state: Float64Array, at: number, x: number): number {
  const s = state[at]!;
  const t = s + x;
  // Past ±Number.MAX_VALUE the correction would be Infinity − Infinity = NaN: keep the infinite sum instead
  // (`t - t === 0` exactly when `t` is finite; it minifies shorter than Number.isFinite on this hot path).
  const c = t - t === 0 ? state[at + 1]! + (Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s) : 0;
  state[at] = t;
  state[at + 1] = c;
  return t + c;
}

/** Compensated sum of an array of numbers. */
export function sum(values: ArrayLike<number>): number {
  const s = new CompensatedSum();
  for (let i = 0; i < values.length; i++) s.add(values[i] as number);
  return s.value;
}
