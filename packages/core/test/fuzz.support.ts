import fc from 'fast-check';
import { KamkitError } from '../src';

/** An error the caller's own code throws (a getter, an accessor): it must pass through unchanged. */
export class CallerError extends Error {}

function throwingGetter(): object {
  return Object.freeze(
    Object.defineProperty({}, 'value', {
      enumerable: true,
      get() {
        throw new CallerError('getter');
      },
    }),
  );
}

function circular(): object {
  const a: Record<string, unknown> = { id: 'c', value: 1 };
  a.self = a;
  a.list = [a];
  return a;
}

function nullPrototype(): object {
  return Object.assign(Object.create(null), { id: 'np', value: 2, __proto__: 3 });
}

/** Values no parser produces but callers do: each is frozen (or made anew) so no run can alter another. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    10n,
    -1n,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    '',
    ' ',
    '12',
    '__proto__',
    'constructor',
    'toString',
    true,
  ),
  fc.constant(null).map(() => Symbol('s')),
  fc.constant(null).map(nullPrototype),
  fc.constant(null).map(circular),
  fc.constant(null).map(throwingGetter),
  fc.constant(null).map(() => {
    const holed = [1, 2, 3];
    delete holed[1];
    return holed;
  }),
  fc.constant(null).map(() => new Date(Number.NaN)),
);

/** Any value: fast-check's anything with every kind switched on, plus the hostile values above. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.anything({
      maxDepth: 2,
      maxKeys: 4,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
      withBoxedValues: true,
      withObjectString: true,
    }),
  },
  { weight: 2, arbitrary: hostileValue },
);

/** A number-ish value: finite and huge numbers most of the time, anything now and then. */
export const numberish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 100 }) },
  { weight: 3, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 8e307) },
  { weight: 2, arbitrary: anyValue },
);

/** A period or plan key: a few strings and numbers, keys from Object.prototype, or anything. */
export const keyish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', '2024-01', '2024-02', 1, 2, '__proto__', 'constructor') },
  { weight: 1, arbitrary: anyValue },
);

/**
 * Records: objects with the fields the functions read by default (each numberish, keyish or anything), any
 * value as a whole record now and then, and ids that are unique, absent or anything.
 */
export function recordsOf(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown[]> {
  const record = fc.oneof(
    { weight: 6, arbitrary: fc.record(fields, { requiredKeys: [] }) },
    { weight: 1, arbitrary: anyValue },
  );
  return fc
    .tuple(
      fc.array(record, { maxLength: 12 }),
      fc.constantFrom('none', 'unique', 'text', 'any'),
      fc.boolean(),
    )
    .map(([records, ids, sparse]) => {
      const out = records.map((r, i) => {
        if (r === null || typeof r !== 'object' || Object.isFrozen(r) || Array.isArray(r)) return r;
        if (ids === 'unique') return { ...r, id: i };
        if (ids === 'text') return { ...r, id: `k${i}` };
        return r;
      });
      if (sparse && out.length > 2) delete out[1];
      return out;
    });
}

/**
 * Options: `null`, `undefined`, anything, or an object of the given option arbitraries (each may be absent,
 * except the `required` ones).
 */
export function optionsOf(
  options: Record<string, fc.Arbitrary<unknown>>,
  required: string[] = [],
): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.record(options, { requiredKeys: required }) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
    { weight: 1, arbitrary: anyValue },
  );
}

/** A field option: the default field name, another name, an accessor returning anything, or anything. */
export function fieldArb(name: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(name, 'value', 'id', '__proto__', 'constructor') },
    { weight: 1, arbitrary: anyValue.map((v) => () => v) },
    { weight: 1, arbitrary: fc.constant((d: { value?: unknown }) => d?.value) },
    { weight: 1, arbitrary: anyValue },
  );
}

/**
 * Deep-freezes the plain parts of a value (typed arrays cannot be frozen; Maps and Sets keep their entries),
 * without calling getters. A write by the code under test then throws a TypeError, which the suite reports.
 */
export function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && 'value' in d) deepFreeze(d.value, seen);
  }
  Object.freeze(value);
}

/** A description of a value's structure that calls no getter (for "input unchanged" on what freezing misses). */
export function fingerprint(value: unknown, seen = new Map<unknown, number>()): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return 'fn';
  if (value === null || typeof value !== 'object') return Object.is(value, -0) ? '-0' : String(value);
  if (seen.has(value)) return `#${seen.get(value)}`;
  seen.set(value, seen.size);
  if (ArrayBuffer.isView(value))
    return `view[${Array.from(value as unknown as ArrayLike<number>).join(',')}]`;
  if (value instanceof Date) return `date(${value.getTime()})`;
  if (value instanceof Map)
    return `map{${[...value].map(([k, v]) => `${fingerprint(k, seen)}:${fingerprint(v, seen)}`)}}`;
  if (value instanceof Set) return `set{${[...value].map((v) => fingerprint(v, seen))}}`;
  const parts = Reflect.ownKeys(value).map((key) => {
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    return `${String(key)}=${'value' in d ? fingerprint(d.value, seen) : 'get'}`;
  });
  return `${Object.getPrototypeOf(value) === null ? 'null' : ''}{${parts.join(';')}}`;
}

/** Every object reachable from the inputs (own data properties only), to skip the caller's data in results. */
export function reachable(value: unknown, seen = new Set<unknown>()): Set<unknown> {
  if (value === null || typeof value !== 'object' || seen.has(value)) return seen;
  seen.add(value);
  if (value instanceof Map) for (const [k, v] of value) reachable(k, reachable(v, seen));
  if (value instanceof Set) for (const v of value) reachable(v, seen);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && 'value' in d) reachable(d.value, seen);
  }
  return seen;
}

/** Result fields that hold the caller's records or raw values as they were read. */
const callerData = new Set([
  'datum',
  'before',
  'after',
  'data',
  'planBefore',
  'planAfter',
  'account',
  'product',
  'holding',
]);

/**
 * The path of the first NaN in a result, or `null`. The caller's data is skipped: objects reachable from the
 * input, and raw values the result reports as read (`value` beside a `reason` or in a contribution, the raw
 * `values` and `plan` of a row).
 */
export function findNaN(
  value: unknown,
  skip: Set<unknown>,
  path = '$',
  seen = new Set<unknown>(),
): string | null {
  if (typeof value === 'number') return Number.isNaN(value) ? path : null;
  if (value === null || typeof value !== 'object' || skip.has(value) || seen.has(value)) return null;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    const items = value as unknown as ArrayLike<number>;
    for (let i = 0; i < items.length; i++) if (Number.isNaN(items[i])) return `${path}[${i}]`;
    return null;
  }
  const raw = 'reason' in value || 'weightShare' in value || 'states' in value;
  for (const key of Object.keys(value)) {
    if (raw && (key === 'value' || key === 'values' || key === 'plan')) continue;
    if (callerData.has(key)) continue;
    // Only data properties: a getter in a result could only come from the caller's data.
    const d = Object.getOwnPropertyDescriptor(value, key);
    const found = d && 'value' in d ? findNaN(d.value, skip, `${path}.${key}`, seen) : null;
    if (found) return found;
  }
  return null;
}

/** How one call ended: `'ok'`, a KamkitError code, or `'caller'` (the caller's own error passed through). */
export function outcome(run: () => unknown): { kind: string; result?: unknown } {
  try {
    return { kind: 'ok', result: run() };
  } catch (error) {
    if (error instanceof KamkitError) {
      if (typeof error.code !== 'string' || typeof error.message !== 'string') throw error;
      return { kind: error.code };
    }
    if (error instanceof CallerError) return { kind: 'caller' };
    throw error;
  }
}

/** The input positions a result accounts for, each record once: rows' and exclusions' `index`. */
export function indexes(...lists: readonly (readonly { index: number }[])[]): number[] {
  return lists
    .flat()
    .map((entry) => entry.index)
    .sort((a, b) => a - b);
}
