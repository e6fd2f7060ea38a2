/**
 * An empty record without a prototype, for keys that come from data (ids, periods, plans, quadrant keys):
 * `'__proto__'`, `'constructor'` and `'toString'` are then ordinary keys. Such records serialise with
 * `JSON.stringify` and `structuredClone` like plain objects.
 *
 * @example
 * const counts = dict<number>();
 * counts.__proto__ = 1; // an own key, not the prototype
 */
export function dict<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}
