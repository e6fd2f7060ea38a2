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

/**
 * `undefined` when `value` is `undefined` (the chart's default applies) or a finite number greater than 0, else an
 * `INVALID_OPTION` error naming the size (`NaN`, `0`, negative, `Infinity` and strings such as `'640px'` never
 * reach an SVG attribute).
 */
export function checkSize(field: string, value: unknown): KamkitError | undefined {
  if (value === undefined || (typeof value === 'number' && Number.isFinite(value) && value > 0))
    return undefined;
  return new KamkitError(
    'INVALID_OPTION',
    `${field} must be a positive number of pixels; got ${describe(value)}.`,
    {
      field,
    },
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
  value?: unknown,
): string {
  devWarn(`chart error ${error.code}${error.field ? ` in "${error.field}"` : ''}: ${error.message}`);
  const errors = messages.errors;
  const params = {
    code: error.code,
    field: error.field ?? '',
    id: error.id === undefined ? '' : String(error.id),
    value: describe(value),
  };
  const isSize = error.code === 'INVALID_OPTION' && (error.field === 'width' || error.field === 'height');
  const message = isSize
    ? errors.INVALID_SIZE
    : ((errors as Record<string, string>)[error.code] ?? errors.generic);
  return translate(message, params, format);
}
