/**
 * Checks at compile time that key lists name every option of `O` exactly, and joins them into one list:
 * `optionKeys<O>()(GROUP, …, [...] as const)` fails to compile when a key of `O` is missing (the error names
 * it) or an unknown one is listed. The groups are the shared options' key lists of contract/commonOptions.ts
 * (`COMMON_CHART_OPTIONS`, …) and the chart's own keys; they are joined inside the call, so a chart's list
 * stays one pure call that bundlers drop when the chart is not imported.
 *
 * @example
 * export const PARETO_OPTIONS = /* @__PURE__ *\/ optionKeys<ParetoLayoutOptions<unknown>>()(
 *   COMMON_CHART_OPTIONS,
 *   RECORD_OPTIONS,
 *   ['value', 'cutoff', 'maxTableRows'] as const,
 * );
 */
export function optionKeys<O>() {
  return <const K extends readonly (readonly (keyof O)[])[]>(
    ...groups: K &
      ([Exclude<keyof O, K[number][number]>] extends [never]
        ? unknown
        : { missing: Exclude<keyof O, K[number][number]> })
  ): readonly K[number][number][] => groups.flat() as K[number][number][];
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
