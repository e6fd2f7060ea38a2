import { KamkitError } from '@kamkit/core';
import type { Formatters } from '../format/createFormat';
import type { common } from '../messages/en/common';
import { translate } from '../messages/translate';
import type { MessageShape } from '../messages/types';
import { devWarn } from './dev';

/** The outcome of a step that may fail: its value, or the error the chart shows instead. */
export type Attempt<R> = { ok: true; value: R } | { ok: false; error: KamkitError };

/**
 * Runs `compute` and returns its value, or the error as a {@link KamkitError}: one thrown by core as it is,
 * anything else (an accessor that throws, a broken record) as `INVALID_OPTION` with the original as `cause`.
 * Layout hooks call each memoised step through it, so a chart never throws out of render and its hooks run in
 * the same order whatever fails.
 */
export function attempt<R>(compute: () => R, field?: string): Attempt<R> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    return { ok: false, error: toKamkitError(error, field) };
  }
}

/** `error` as a {@link KamkitError} (see {@link attempt}). */
export function toKamkitError(error: unknown, field?: string): KamkitError {
  if (error instanceof KamkitError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const wrapped = new KamkitError('INVALID_OPTION', message, field === undefined ? {} : { field });
  (wrapped as { cause?: unknown }).cause = error;
  return wrapped;
}

/**
 * `undefined` for usable data (any iterable but a string), else a `NOT_ITERABLE` error naming the field `data`
 * (`null`, `undefined`, a number, a plain object, a string).
 */
export function checkData(data: unknown): KamkitError | undefined {
  const iterable =
    data !== null &&
    data !== undefined &&
    typeof data !== 'string' &&
    typeof (data as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
  return iterable
    ? undefined
    : new KamkitError(
        'NOT_ITERABLE',
        `data must be an array or another iterable of records; got ${describe(data)}.`,
        {
          field: 'data',
        },
      );
}

/** The value a size or margin error was given, as the error state writes it ("NaN", "\"640px\""). */
const givenValues = /* @__PURE__ */ new WeakMap<KamkitError, string>();

function sizeError(field: string, message: string, value: unknown): KamkitError {
  const error = new KamkitError('INVALID_OPTION', `${message}; got ${describe(value)}.`, { field });
  givenValues.set(error, describe(value));
  return error;
}

/** The largest width or height a chart lays out at, in pixels: beyond it coordinates lose their precision. */
export const MAX_SIZE = 100_000;

/**
 * `undefined` when `value` is `undefined` (the chart's default applies) or a number greater than 0 and at most
 * {@link MAX_SIZE} (100,000 px), else an `INVALID_OPTION` error naming the size (`NaN`, `0`, negative,
 * `Infinity`, `1e308` and strings such as `'640px'` never reach an SVG attribute).
 */
export function checkSize(field: string, value: unknown): KamkitError | undefined {
  if (value === undefined || (typeof value === 'number' && value > 0 && value <= MAX_SIZE)) return undefined;
  return sizeError(field, `${field} must be a number of pixels above 0 and at most ${MAX_SIZE}`, value);
}

/**
 * `undefined` when `margin` is `undefined` or each side it gives is a finite number ≥ 0, else an
 * `INVALID_OPTION` error naming the side (`margin.left`): a margin never puts `NaN` into an SVG attribute.
 */
export function checkMargin(margin: unknown): KamkitError | undefined {
  if (margin === undefined) return undefined;
  if (margin === null || typeof margin !== 'object') {
    return sizeError('margin', 'margin must be an object of pixels', margin);
  }
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const value = (margin as Record<string, unknown>)[side];
    if (value === undefined || (typeof value === 'number' && value >= 0 && value <= MAX_SIZE)) continue;
    return sizeError(`margin.${side}`, `margin.${side} must be a number of pixels ≥ 0`, value);
  }
  return undefined;
}

/**
 * The first problem with what every chart takes — `data` ({@link checkData}), `width` and `height`
 * ({@link checkSize}) and `margin` ({@link checkMargin}) — or `undefined` when all are usable.
 *
 * @example
 * const invalid = checkChartInput(options);
 * if (invalid) throw invalid; // inside attempt(…)
 */
export function checkChartInput(input: {
  data: unknown;
  width?: unknown;
  height?: unknown;
  margin?: unknown;
}) {
  return (
    checkData(input.data) ??
    checkSize('width', input.width) ??
    checkSize('height', input.height) ??
    checkMargin(input.margin)
  );
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/**
 * The error state's sentence in the chart's language: the catalogue's text for the error's code (sizes have
 * their own), or the generic one with the code. A development warning names the field and the original message.
 */
export function errorText(
  error: KamkitError,
  messages: MessageShape<typeof common>,
  format: Formatters,
): string {
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
    devWarn(`chart error ${error.code}${error.field ? ` in "${error.field}"` : ''}: ${error.message}`);
  const errors = messages.errors;
  const params = {
    code: error.code,
    field: error.field ?? '',
    id: error.id === undefined ? '' : String(error.id),
    value: givenValues.get(error) ?? '',
  };
  const isSize = givenValues.has(error);
  const message = isSize
    ? errors.INVALID_SIZE
    : ((errors as Record<string, string>)[error.code] ?? errors.generic);
  return translate(message, params, format);
}
