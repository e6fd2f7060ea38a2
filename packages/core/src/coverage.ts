import { toArray } from './accessor';
import type { Attitude, Coverage, DecisionPower } from './stakeholderMap';

/**
 * Coverage of a buying centre by people with a positive attitude ("champions"):
 * `'green'` when a person with a positive attitude has high decision power; `'amber'` when one has medium
 * decision power and none high; `'red'` when no person with a positive attitude has high or medium decision
 * power (including an empty list). People whose attitude or decision power is unknown (`null`) do not count,
 * nor do entries that are not objects (holes, `null`).
 * Pass a subset to measure one organisation, e.g. `coverage(map.rows.filter((p) => p.rootId === 'ceo'))`.
 *
 * @example
 * coverage(map.rows); // 'amber': our champions have medium decision power at most
 */
export function coverage(
  people: Iterable<{ attitude: Attitude | null; decisionPower: DecisionPower | null }>,
): Coverage {
  let best: Coverage = 'red';
  const list = toArray(people, 'people');
  for (let i = 0; i < list.length; i++) {
    const person = list[i];
    // A hole, null or a non-object is nobody: it cannot count as a champion.
    if (person === null || typeof person !== 'object' || person.attitude !== 'positive') continue;
    if (person.decisionPower === 'high') return 'green';
    if (person.decisionPower === 'medium') best = 'amber';
  }
  return best;
}
