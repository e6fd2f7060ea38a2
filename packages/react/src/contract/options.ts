/**
 * Checks at compile time that a key list names every option of `O` exactly: `optionKeys<O>()([...] as const)`
 * fails to compile when a key of `O` is missing (the error names it) or an unknown one is listed.
 *
 * @example
 * export const PARETO_OPTIONS = optionKeys<ParetoLayoutOptions<unknown>>()(['data', 'value', …]);
 */
export function optionKeys<O>() {
  return <const K extends readonly (keyof O)[]>(
    keys: K &
      ([Exclude<keyof O, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof O, K[number]> }),
  ): K => keys;
}

/**
 * Splits a chart's props into its layout options (the keys in `keys`) and the rest (frame props and HTML
 * attributes for the root element): an option listed once can neither be forgotten in the pass-through nor
 * leak onto the DOM. Options that are `undefined` are left out of the first object too.
 *
 * @example
 * const [options, rest] = splitProps(props, PARETO_OPTIONS);
 */
export function splitProps<P extends object, K extends keyof P>(
  props: P,
  keys: readonly K[],
): [Pick<P, K>, Omit<P, K>] {
  const picked: Partial<P> = {};
  const rest: Record<string, unknown> = { ...(props as Record<string, unknown>) };
  for (const key of keys) {
    if (key in rest) {
      if (rest[key as string] !== undefined) picked[key] = props[key];
      delete rest[key as string];
    }
  }
  return [picked as Pick<P, K>, rest as Omit<P, K>];
}

/**
 * The values of `keys` in `options`, in key order: a memo's dependency list derived from the same key list.
 * `messages` and `margin` count by their content (as JSON), so an inline object with the same words or sides
 * does not compute the layout again; every other option counts by identity, as React compares dependencies.
 */
export function optionValues(options: object, keys: readonly PropertyKey[]): unknown[] {
  return keys.map((key) => {
    const value = (options as Record<PropertyKey, unknown>)[key];
    // Small plain objects, often written inline (`margin={{ top: 8 }}`): compared by content.
    const byContent = key === 'messages' || key === 'margin';
    if (!byContent || typeof value !== 'object' || value === null) return value;
    try {
      return JSON.stringify(value);
    } catch {
      // Not plain data (circular, BigInt): counted by identity; the chart reports the bad option.
      return value;
    }
  });
}
