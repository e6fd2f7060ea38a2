import { useMemo } from 'react';

/**
 * The names of a chart's layout options, listed once as a record with every key of `O` (declare the record with
 * this type, e.g. `OptionKeys<Parameters<typeof computeLorenzLayout>[1]>`): the compiler reports a missing or an
 * unknown name, so an option added to a chart cannot be left out of its memo's dependencies.
 */
export type OptionKeys<O> = { readonly [K in keyof Required<O>]: true };

/**
 * A chart's layout, memoised: `compute(result, options)` runs again only when `compute`, `result` (the memoised
 * analysis) or the value of an option named in `keys` changes, compared with `Object.is` as React does. Each
 * layout hook passes its options as they come (a new object every render) and lists their names once, instead of
 * repeating them in a destructuring, the compute call and the dependency list. Server-safe (`useMemo` only).
 *
 * @example
 * const KEYS: OptionKeys<Omit<LorenzLayoutOptions<unknown>, 'value' | 'id'>> = { data: true, width: true, … };
 * return useLayoutMemo(computeLorenzLayout, result, { ...options, data }, KEYS);
 */
export function useLayoutMemo<R, O, L>(
  compute: (result: R, options: O) => L,
  result: R,
  options: O,
  keys: Readonly<Record<string, true>>,
): L {
  const values = Object.keys(keys).map((name) => (options as Record<string, unknown>)[name]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(() => compute(result, options), [compute, result, ...values]);
}
