import { KamkitError } from './errors';
import { invalidOption } from './options';

/**
 * Reads one value from a record. Called like d3's accessors: with the record, its zero-based position in the
 * input and the whole input (as an array).
 */
export type Accessor<T, V> = (datum: T, index: number, data: readonly T[]) => V;

/**
 * The names of `T`'s fields whose type is assignable to `V`. When `T` has a string index signature (for example
 * rows parsed from a spreadsheet), any string is accepted.
 */
export type FieldName<T, V> = string extends keyof T
  ? string
  : { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T] & string;

/** A field given either as the name of a field of the record or as an {@link Accessor}. */
export type FieldOrAccessor<T, V> = FieldName<T, V> | Accessor<T, V>;

/** A numeric field: the value may be missing (`null`/`undefined`), which the functions report as `'missing'`. */
export type NumberField<T> = FieldOrAccessor<T, number | null | undefined>;

/** An id: a string or a number. */
export type Id = string | number;

/** An id field. */
export type IdField<T> = FieldOrAccessor<T, Id>;

/**
 * Reads a field of `data[i]` as {@link accessor} does (an accessor is called with the record, `i` and `data`; a
 * field name reads the record's property, `undefined` when the record is not an object), without making a
 * closure: for loops over every record.
 *
 * @example
 * readField('revenue', [{ revenue: 3 }], 0); // 3
 */
export function readField<T>(
  field: FieldOrAccessor<T, unknown> | string,
  data: readonly T[],
  i: number,
): unknown {
  const datum = data[i] as T;
  return typeof field === 'function' ? field(datum, i, data) : readName(datum, field);
}

/**
 * `datum[name]` for an object record, `undefined` otherwise. A name that `Object.prototype` has (`'__proto__'`,
 * `'constructor'`, `'toString'`, …) is read only as the record's own property, so such a field of a record that
 * lacks it is missing rather than the prototype or a built-in function.
 */
export function readName(datum: unknown, name: string): unknown {
  if (datum === null || typeof datum !== 'object') return undefined;
  return ownOnly(name) && !Object.hasOwn(datum, name) ? undefined : (datum as Record<string, unknown>)[name];
}

/**
 * Whether {@link readName} reads field `name` only as a record's own property: the names `Object.prototype`
 * has. Loops over every record that read one name themselves (so that the property load has a call site of
 * its own, which sees one name, rather than readName's, which sees every field of every analysis) decide
 * this once per name.
 */
export function ownOnly(name: string): boolean {
  return name in Object.prototype;
}

/**
 * Checks a field option and returns it, or `fallback` when it is `undefined` or `null`: a string (a field
 * name) or a function (an accessor). Anything else throws `KamkitError` `INVALID_OPTION` naming `option`.
 * Use with {@link readField} in loops; {@link accessor} makes a function of it.
 *
 * @example
 * const value = fieldOption(options.value, 'value', 'value'); // 'value', 'revenue' or the caller's function
 */
export function fieldOption<T, V>(
  field: FieldOrAccessor<T, V> | string | null | undefined,
  fallback: string,
  option: string,
): FieldOrAccessor<T, V> | string {
  if (field == null) return fallback;
  if (typeof field !== 'string' && typeof field !== 'function')
    invalidOption(option, 'must be a field name or an accessor', field);
  return field;
}

/**
 * The one way kamkit reads a field: turns a field name or an accessor into an accessor `(d, i, data) => value`.
 *
 * - A string is always a field name: the accessor reads `d[name]` (own or inherited, getters run), and gives
 *   `undefined` when the record is not an object (`null`, a number, …). `'0'` reads index 0 of an array record.
 *   Names that `Object.prototype` has (`'__proto__'`, `'constructor'`, `'toString'`, …) are read only as the
 *   record's own property: on a record without one the value is missing (`undefined`).
 * - A function is the accessor itself, called as `(d, i, data)` — the record, its zero-based position and the
 *   whole input as an array (d3's convention).
 * - A constant is given as a function: `() => 1`.
 * - Anything else (a number, `null`, a Symbol, an object) throws `KamkitError` `INVALID_OPTION` naming
 *   `option` (default `'field'`). An error thrown by the accessor or by a getter passes through unchanged.
 *
 * @example
 * const revenue = accessor<Row, number>('revenue');
 * revenue({ revenue: 3 }, 0, []); // 3
 * accessor((d: Row, i) => d.revenue * (i + 1)); // the function itself
 * accessor(() => 1); // a constant
 */
export function accessor<T, V>(field: FieldOrAccessor<T, V> | string, option = 'field'): Accessor<T, V> {
  if (typeof field === 'function') return field;
  if (typeof field !== 'string')
    invalidOption(
      typeof option === 'string' ? option : 'field',
      'must be a field name or an accessor',
      field,
    );
  const name = field as string;
  return (datum) => readName(datum, name) as V;
}

/**
 * Copies any iterable into an array (arrays are used as they are: never mutated) and checks that the input
 * is iterable.
 */
export function toArray<T>(data: Iterable<T>, name = 'data'): readonly T[] {
  if (Array.isArray(data)) return data;
  if (data == null || typeof (data as Iterable<T>)[Symbol.iterator] !== 'function') {
    throw new KamkitError('NOT_ITERABLE', `Expected ${name} to be an iterable of records, e.g. an array.`, {
      field: name,
    });
  }
  return Array.from(data);
}
