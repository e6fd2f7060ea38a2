import type { AbcOverTimeResult, AbcOverTimeRow, AbcState, PeriodKey } from '@kamkit/core';
import { ABC_STATES, KamkitError } from '@kamkit/core';
import type { AbcMigrationView } from './options';
import type { AbcMoveDirection, AbcMoveSummary } from './types';

const STATE_RANK: Partial<Record<AbcState, number>> = { A: 0, B: 1, C: 2, none: 3, absent: 3 };
export const TIER_STATES: ReadonlySet<AbcState> = /* @__PURE__ */ new Set<AbcState>(['A', 'B', 'C']);

/**
 * The kind of a move from one state to another; see {@link AbcMoveDirection}.
 *
 * @example
 * moveDirection('B', 'A'); // 'up'
 * moveDirection('C', 'absent'); // 'down' (lost its tier)
 */
export function moveDirection(from: AbcState, to: AbcState): AbcMoveDirection {
  const a = STATE_RANK[from];
  const b = STATE_RANK[to];
  if (a === undefined || b === undefined) return 'other';
  if (a === b) return from === to && TIER_STATES.has(from) ? 'same' : 'other';
  return b < a ? 'up' : 'down';
}

/** The accounts that went from one state to another: how many, and their row indices (in ABC order). */
export interface Pair {
  count: number;
  indices: number[];
}

/** The position of `period` in `periods`, or −1 when not given; a period that is not one of them throws. */
function periodIndex<P extends PeriodKey>(
  periods: readonly P[],
  period: P | undefined,
  field: string,
): number {
  if (period === undefined) return -1;
  const k = periods.findIndex((p) => String(p) === String(period));
  if (k < 0) {
    throw new KamkitError(
      'INVALID_OPTION',
      `${field} is ${JSON.stringify(period)}, which is not one of the periods (${periods.map((p) => JSON.stringify(p)).join(', ')}).`,
      { field },
    );
  }
  return k;
}

/**
 * Stage 1 of the migration layout: the periods compared and the accounts' states. `from`/`to` must be periods
 * (else `INVALID_OPTION`, shown as the error state); the defaults are the last two periods (the flow starts at
 * the first). Comparable: two different periods and some accounts. States on the axes: the tiers always, the
 * others when some account has them in a period shown. Each account's state per period is read once, as a
 * small code.
 */
export function migrationStates<T, P extends PeriodKey>(
  result: AbcOverTimeResult<T, P>,
  view: AbcMigrationView,
  fromOption: P | undefined,
  toOption: P | undefined,
) {
  const { periods, rows } = result;
  const n = rows.length;
  let fromIndex = periodIndex(periods, fromOption, 'from');
  let toIndex = periodIndex(periods, toOption, 'to');
  if (toIndex < 0) toIndex = periods.length - 1;
  if (fromIndex < 0) fromIndex = view === 'flow' ? 0 : Math.max(0, toIndex - 1);
  const from = fromIndex >= 0 ? periods[fromIndex] : undefined;
  const to = toIndex >= 0 ? periods[toIndex] : undefined;
  const comparable = from !== undefined && to !== undefined && fromIndex !== toIndex && n > 0;
  const [start, end] = fromIndex <= toIndex ? [fromIndex, toIndex] : [toIndex, fromIndex];
  const shownPeriods = comparable ? periods.slice(start, end + 1) : [];
  const cache = new Map<string, Uint8Array>();
  const codesOf = (p: P): Uint8Array => {
    let codes = cache.get(String(p));
    if (!codes) {
      codes = new Uint8Array(n);
      for (let i = 0; i < n; i++) codes[i] = ABC_STATES.indexOf((rows[i] as AbcOverTimeRow<T, P>).states[p]);
      cache.set(String(p), codes);
    }
    return codes;
  };
  const present = new Set<AbcState>(TIER_STATES);
  for (const p of view === 'flow' ? shownPeriods : comparable ? [from as P, to as P] : []) {
    for (const code of codesOf(p)) present.add(ABC_STATES[code] as AbcState);
  }
  const states = ABC_STATES.filter((s) => present.has(s));
  /** The moves from period `p` to period `q`, keyed `'A|B'`. */
  const pairs = (p: P, q: P): Map<string, Pair> => {
    const cp = codesOf(p);
    const cq = codesOf(q);
    const out = new Map<string, Pair>();
    for (let i = 0; i < n; i++) {
      const key = `${ABC_STATES[cp[i] as number]}|${ABC_STATES[cq[i] as number]}`;
      const entry = out.get(key);
      if (entry) {
        entry.count++;
        entry.indices.push(i);
      } else out.set(key, { count: 1, indices: [i] });
    }
    return out;
  };
  return { from, to, comparable, shownPeriods, states, codesOf, pairs };
}

/** The moves between the two periods compared, counted by kind (see {@link AbcMoveSummary}). */
export function moveSummary(states: readonly AbcState[], countOf: (a: AbcState, b: AbcState) => number) {
  const moves: AbcMoveSummary = { tiered: 0, kept: 0, up: 0, down: 0, gained: 0, lost: 0 };
  for (const a of states) {
    for (const b of states) {
      const c = countOf(a, b);
      if (c === 0) continue;
      const d = moveDirection(a, b);
      if (TIER_STATES.has(a)) moves.tiered += c;
      if (d === 'same') moves.kept += c;
      else if (d === 'up') {
        if (TIER_STATES.has(a)) moves.up += c;
        else moves.gained += c;
      } else if (d === 'down') {
        if (TIER_STATES.has(b)) moves.down += c;
        else moves.lost += c;
      }
    }
  }
  return moves;
}
