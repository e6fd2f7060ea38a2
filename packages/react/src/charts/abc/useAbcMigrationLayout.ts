import type {
  AbcBasis,
  AbcBoundary,
  AbcMethod,
  AbcOverTimeResult,
  AbcOverTimeRow,
  AbcState,
  AbcTies,
  IdField,
  PeriodKey,
  PeriodValueAccessor,
} from '@kamkit/core';
import { ABC_STATES, abcOverTime, KamkitError } from '@kamkit/core';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import { toArray, useDataArray } from '../../primitives/data';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { resolveMargin } from '../../primitives/margin';
import type { MatrixCellBox } from '../../primitives/matrix';
import { cellIntensity, matrixGrid } from '../../primitives/matrix';
import { sharePercent } from '../../primitives/share';
import { capitalise, counter, namesList } from '../../primitives/text';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';

/** How {@link AbcMigrationChart} shows the moves: a from × to matrix of two periods, or flows across periods. */
export type AbcMigrationView = 'matrix' | 'flow';

/**
 * The kind of a move, for colour (`data-direction`): `'up'` to a better tier or into a tier, `'down'` to a
 * worse tier or out of the tiers, `'same'` the same tier, `'other'` between states without a tier.
 */
export type AbcMoveDirection = 'up' | 'down' | 'same' | 'other';

/** Options of {@link useAbcMigrationLayout}: the options of core's `abcOverTime` plus view, labels and geometry. */
export interface AbcMigrationLayoutOptions<T, P extends PeriodKey> extends FormatOptions {
  data: Iterable<T>;
  /** The periods, in time order (e.g. `['2022', '2023', '2024']`). */
  periods: readonly P[];
  /**
   * The account's value in a period: `(d, period, i, data) => number`, or the name of a field holding an object
   * keyed by period (`'revenue'` reads `d.revenue[period]`). `null`/`undefined` means no record that period.
   */
  value: PeriodValueAccessor<T, P> | string;
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** The account's name, for tooltips. Default: the id. */
  label?: LabelField<T>;
  /** Thresholds of each period's ABC. Default `[0.8, 0.95]` (basis value). */
  thresholds?: readonly [number, number];
  /** See `abc`. Default `'value'`. */
  basis?: AbcBasis;
  /** See `abc`. Default `'crossing'`. */
  boundary?: AbcBoundary;
  /** See `abc`. Default `'order'`. */
  ties?: AbcTies;
  /** See `abc`. Default `'fixed'`. */
  method?: AbcMethod;
  /** The earlier period of the matrix (and the first column of the flow). Default: the second-to-last period. */
  from?: P;
  /** The later period of the matrix (and the last column of the flow). Default: the last period. */
  to?: P;
  /**
   * `'matrix'` (default): from-state × to-state counts between `from` and `to`. `'flow'`: the states of every
   * period from `from` to `to` as stacked columns, joined by bands for the moves (default: all periods).
   */
  view?: AbcMigrationView;
  /** Names of the states. Default: A, B, C, "No revenue" (`none`, after `valueLabel`), "No record" (`absent`), "Invalid". */
  stateLabels?: Partial<Record<AbcState, string>>;
  /** What the value is, in words. Default `'revenue'`. */
  valueLabel?: string;
  /** What the records are, in words (plural). Default `'accounts'`. */
  unitLabel?: string;
  /** The singular of `unitLabel`. Default: `unitLabel` without a final "s". */
  unitLabelSingular?: string;
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** One cell of the migration matrix. */
export interface AbcMigrationCell extends MatrixCellBox {
  from: AbcState;
  to: AbcState;
  count: number;
  /** `count` / the accounts in `from` (0 when there are none). */
  rowShare: number;
  direction: AbcMoveDirection;
  /** Colour intensity 0…1 (square root of count / the largest count). */
  level: number;
}

/** A node of the flow view: one state in one period. */
export interface AbcFlowNode<P extends PeriodKey> {
  period: P;
  /** The node's column (0 = the first period shown). */
  column: number;
  state: AbcState;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A band of the flow view: the accounts that went from one state to another between two periods. */
export interface AbcFlowLink<P extends PeriodKey> {
  fromPeriod: P;
  toPeriod: P;
  from: AbcState;
  to: AbcState;
  count: number;
  direction: AbcMoveDirection;
  /** The band as a closed SVG path. */
  path: string;
}

/** Counts of the moves between two periods. */
export interface AbcMoveSummary {
  /** Accounts with a tier in the earlier period. */
  tiered: number;
  /** Of those, the accounts with the same tier later. */
  kept: number;
  /** Accounts that moved to a better tier (C → B, B → A, C → A). */
  up: number;
  /** Accounts that moved to a worse tier. */
  down: number;
  /** Accounts without a tier earlier (no revenue, no record) that have one later. */
  gained: number;
  /** Accounts with a tier earlier and none later. */
  lost: number;
}

/** Everything {@link AbcMigrationChart} draws, for custom rendering through its `children` render prop. */
export interface AbcMigrationLayout<T, P extends PeriodKey> {
  result: AbcOverTimeResult<T, P>;
  format: Formatters;
  view: AbcMigrationView;
  width: number;
  height: number;
  margin: Margin;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** The periods compared: `from` and `to` as resolved (the flow shows every period between them too). */
  from: P | undefined;
  to: P | undefined;
  /** The periods shown by the flow view, in order. */
  shownPeriods: P[];
  /** The states on the matrix's axes: A, B, C and, when any account has them, none, absent and invalid. */
  states: AbcState[];
  stateLabel: (state: AbcState) => string;
  /** The matrix's cells in reading order (row = from, column = to); empty in the flow view. */
  cells: AbcMigrationCell[];
  /** Centres of the matrix's columns and rows, for headers. */
  columnCenters: number[];
  rowCenters: number[];
  /** The flow view's nodes and bands; empty in the matrix view. */
  nodes: AbcFlowNode<P>[];
  links: AbcFlowLink<P>[];
  /** Counts of the moves from `from` to `to`. */
  moves: AbcMoveSummary;
  /** The finding in words, e.g. "From 2023 to 2024, 123 of 135 accounts kept their tier, …". */
  finding: string;
  description: string;
  units: (count: number) => string;
  points: ExplorerPoint[];
  table: TableSpec;
  labelOf: (row: AbcOverTimeRow<T, P>) => string;
}

const DEFAULT_LABELS: Record<AbcState, string> = {
  A: 'A',
  B: 'B',
  C: 'C',
  none: 'No revenue',
  absent: 'No record',
  invalid: 'Invalid',
};

const STATE_RANK: Partial<Record<AbcState, number>> = { A: 0, B: 1, C: 2, none: 3, absent: 3 };
const TIERS = /* @__PURE__ */ new Set<AbcState>(['A', 'B', 'C']);

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
  if (a === b) return from === to && TIERS.has(from) ? 'same' : 'other';
  return b < a ? 'up' : 'down';
}

const DIRECTION_WORDS: Record<AbcMoveDirection, string> = {
  up: 'Moved up',
  down: 'Moved down',
  same: 'Kept the tier',
  other: 'No tier in either period',
};

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeAbcMigrationLayout>[1]> = {
  currency: true,
  data: true,
  formatValue: true,
  from: true,
  height: true,
  label: true,
  locale: true,
  margin: true,
  stateLabels: true,
  to: true,
  unitLabel: true,
  unitLabelSingular: true,
  valueLabel: true,
  view: true,
  width: true,
};

/**
 * Computes the tier-migration chart's layout: runs core's `abcOverTime`, then the from × to matrix between two
 * periods (`view: 'matrix'`) or the stacked states of each period joined by bands (`view: 'flow'`), the counts
 * of moves up, down, into and out of the tiers, the finding in words, the explorer points (cells, or nodes and
 * bands, in reading order) and the data table. The DOM is bounded by the number of states, not of accounts.
 * Memoised on its inputs.
 *
 * @example
 * const layout = useAbcMigrationLayout({ data, periods: ['2023', '2024'], value: 'revenue', width: 640, height: 420 });
 * layout.moves; // { tiered: 135, kept: 123, up: 5, down: 3, gained: 13, lost: 4 }
 */
export function useAbcMigrationLayout<T, P extends PeriodKey>(
  options: AbcMigrationLayoutOptions<T, P>,
): AbcMigrationLayout<T, P> {
  const { value, id, basis, boundary, ties, method } = options;
  const t0 = options.thresholds?.[0];
  const t1 = options.thresholds?.[1];
  const periodsKey = JSON.stringify(options.periods);
  const data = useDataArray(options.data);
  // biome-ignore lint/correctness/useExhaustiveDependencies: periods are compared by value (periodsKey), so an inline array does not recompute.
  const periods = useMemo(() => options.periods, [periodsKey]);
  const result = useMemo(
    () =>
      abcOverTime(data, {
        periods,
        value,
        id,
        thresholds: t0 === undefined || t1 === undefined ? undefined : [t0, t1],
        basis,
        boundary,
        ties,
        method,
      }),
    [data, periods, value, id, t0, t1, basis, boundary, ties, method],
  );
  return useLayoutMemo(computeAbcMigrationLayout, result, { ...options, data }, LAYOUT_KEYS);
}

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
 * The pure part of {@link useAbcMigrationLayout}: layout of an already computed `abcOverTime` result.
 *
 * @example
 * const result = abcOverTime(accounts, { periods: ['2023', '2024'], value: 'revenue' });
 * computeAbcMigrationLayout(result, { data: accounts, width: 640, height: 420 }).moves.kept;
 */
export function computeAbcMigrationLayout<T, P extends PeriodKey>(
  result: AbcOverTimeResult<T, P>,
  options: Omit<
    AbcMigrationLayoutOptions<T, P>,
    'periods' | 'value' | 'id' | 'thresholds' | 'basis' | 'boundary' | 'ties' | 'method'
  >,
): AbcMigrationLayout<T, P> {
  const format = createFormat(options);
  const view = options.view ?? 'matrix';
  const valueLabel = options.valueLabel ?? 'revenue';
  const unitLabel = options.unitLabel ?? 'accounts';
  const singular = options.unitLabelSingular ?? unitLabel.replace(/s$/, '');
  const units = counter(format.integer, unitLabel, singular);
  const labels = { ...DEFAULT_LABELS, none: `No ${valueLabel}`, ...options.stateLabels };
  const stateLabel = (state: AbcState) => labels[state];
  const { width, height } = options;
  const periods = result.periods;
  const rows = result.rows;
  const n = rows.length;
  const dataArray = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: AbcOverTimeRow<T, P>) => nameOf(row, dataArray);

  // Resolve from/to: explicit periods must exist; defaults are the last two periods.
  let fromIndex = periodIndex(periods, options.from, 'from');
  let toIndex = periodIndex(periods, options.to, 'to');
  if (toIndex < 0) toIndex = periods.length - 1;
  if (fromIndex < 0) fromIndex = view === 'flow' ? 0 : Math.max(0, toIndex - 1);
  const from = fromIndex >= 0 ? periods[fromIndex] : undefined;
  const to = toIndex >= 0 ? periods[toIndex] : undefined;
  const comparable = from !== undefined && to !== undefined && fromIndex !== toIndex && n > 0;
  const [flowStart, flowEnd] = fromIndex <= toIndex ? [fromIndex, toIndex] : [toIndex, fromIndex];
  const shownPeriods = comparable ? periods.slice(flowStart, flowEnd + 1) : [];

  // Each row's state per period as a small code (index in ABC_STATES), read once per period.
  const codeCache = new Map<string, Uint8Array>();
  const codesOf = (p: P): Uint8Array => {
    let codes = codeCache.get(String(p));
    if (!codes) {
      codes = new Uint8Array(n);
      for (let i = 0; i < n; i++) codes[i] = ABC_STATES.indexOf((rows[i] as AbcOverTimeRow<T, P>).states[p]);
      codeCache.set(String(p), codes);
    }
    return codes;
  };

  // States on the axes: the tiers always, the others when some account has them in a shown period.
  const present = new Set<AbcState>(['A', 'B', 'C']);
  const checkPeriods = view === 'flow' ? shownPeriods : comparable ? [from as P, to as P] : [];
  for (const p of checkPeriods) {
    const seen = new Uint8Array(ABC_STATES.length);
    for (const code of codesOf(p)) seen[code] = 1;
    seen.forEach((flag, code) => {
      if (flag) present.add(ABC_STATES[code] as AbcState);
    });
  }
  const states = ABC_STATES.filter((s) => present.has(s));

  // The from × to counts, with up to four example names per cell.
  const key = (a: AbcState, b: AbcState) => `${a}|${b}`;
  const pairCounts = (p: P, q: P) => {
    const size = ABC_STATES.length;
    const tally = new Array<{ count: number; names: string[] } | undefined>(size * size);
    const cp = codesOf(p);
    const cq = codesOf(q);
    for (let i = 0; i < n; i++) {
      const k = (cp[i] as number) * size + (cq[i] as number);
      let entry = tally[k];
      if (!entry) {
        entry = { count: 0, names: [] };
        tally[k] = entry;
      }
      entry.count++;
      if (entry.names.length < 4) entry.names.push(labelOf(rows[i] as AbcOverTimeRow<T, P>));
    }
    const counts = new Map<string, { count: number; names: string[] }>();
    tally.forEach((entry, k) => {
      if (entry)
        counts.set(
          key(ABC_STATES[Math.floor(k / size)] as AbcState, ABC_STATES[k % size] as AbcState),
          entry,
        );
    });
    return counts;
  };
  const namesOf = (entry: { count: number; names: string[] } | undefined) => {
    if (!entry) return '';
    const more = entry.count - entry.names.length;
    return more > 0
      ? `${namesList(entry.names, 4)} and ${format.integer(more)} more`
      : namesList(entry.names, 4);
  };

  const main = comparable
    ? pairCounts(from as P, to as P)
    : new Map<string, { count: number; names: string[] }>();
  const countOf = (a: AbcState, b: AbcState) => main.get(key(a, b))?.count ?? 0;
  const rowTotal = (a: AbcState) => states.reduce((sum, b) => sum + countOf(a, b), 0);
  const columnTotal = (b: AbcState) => states.reduce((sum, a) => sum + countOf(a, b), 0);

  const moves: AbcMoveSummary = { tiered: 0, kept: 0, up: 0, down: 0, gained: 0, lost: 0 };
  for (const a of states) {
    for (const b of states) {
      const c = countOf(a, b);
      if (c === 0) continue;
      const d = moveDirection(a, b);
      if (TIERS.has(a)) moves.tiered += c;
      if (d === 'same') moves.kept += c;
      else if (d === 'up') {
        if (TIERS.has(a)) moves.up += c;
        else moves.gained += c;
      } else if (d === 'down') {
        if (TIERS.has(b)) moves.down += c;
        else moves.lost += c;
      }
    }
  }

  const isFlow = view === 'flow';
  const margin = resolveMargin(
    isFlow ? { top: 30, right: 96, bottom: 12, left: 96 } : { top: 58, right: 16, bottom: 12, left: 118 },
    options.margin,
  );
  const plot = {
    x0: margin.left,
    x1: Math.max(margin.left + 1, width - margin.right),
    y0: margin.top,
    y1: Math.max(margin.top + 1, height - margin.bottom),
  };

  const cells: AbcMigrationCell[] = [];
  let columnCenters: number[] = [];
  let rowCenters: number[] = [];
  const nodes: AbcFlowNode<P>[] = [];
  const links: AbcFlowLink<P>[] = [];
  const points: ExplorerPoint[] = [];
  const fromWord = String(from);
  const toWord = String(to);

  if (comparable && !isFlow) {
    const grid = matrixGrid(states.length, states.length, plot, 4);
    columnCenters = grid.columnCenters;
    rowCenters = grid.rowCenters;
    let max = 0;
    for (const a of states) for (const b of states) max = Math.max(max, countOf(a, b));
    for (const box of grid.cells) {
      const a = states[box.row] as AbcState;
      const b = states[box.column] as AbcState;
      const count = countOf(a, b);
      const total = rowTotal(a);
      const cell: AbcMigrationCell = {
        ...box,
        from: a,
        to: b,
        count,
        rowShare: total > 0 ? count / total : 0,
        direction: moveDirection(a, b),
        level: cellIntensity(count, max),
      };
      cells.push(cell);
      points.push({
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
        title: `${stateLabel(a)} in ${fromWord} → ${stateLabel(b)} in ${toWord}`,
        lines: [
          `${units(count)}${total > 0 ? ` (${sharePercent(format.percent, cell.rowShare)} of ${stateLabel(a)})` : ''}`,
          DIRECTION_WORDS[cell.direction],
          ...(count > 0 ? [namesOf(main.get(key(a, b)))] : []),
        ],
      });
    }
  }

  if (comparable && isFlow) {
    const columns = shownPeriods.length;
    const nodeWidth = 14;
    const gap = 10;
    const span = plot.x1 - plot.x0 - nodeWidth;
    const columnX = (c: number) => plot.x0 + (columns > 1 ? (span * c) / (columns - 1) : 0);
    let maxStates = 1;
    const countsByPeriod = shownPeriods.map((p) => {
      const tally = new Array<number>(ABC_STATES.length).fill(0);
      for (const code of codesOf(p)) tally[code] = (tally[code] as number) + 1;
      const counts = new Map<AbcState, number>(ABC_STATES.map((s, code) => [s, tally[code] as number]));
      maxStates = Math.max(maxStates, states.filter((s) => (counts.get(s) ?? 0) > 0).length);
      return counts;
    });
    const k = Math.max(0, (plot.y1 - plot.y0 - gap * (maxStates - 1)) / n);
    const nodeAt = new Map<string, AbcFlowNode<P>>();
    shownPeriods.forEach((p, c) => {
      let yy = plot.y0;
      for (const s of states) {
        const count = countsByPeriod[c]?.get(s) ?? 0;
        if (count === 0) continue;
        const node: AbcFlowNode<P> = {
          period: p,
          column: c,
          state: s,
          count,
          x: columnX(c),
          y: yy,
          width: nodeWidth,
          height: Math.max(1, count * k),
        };
        nodes.push(node);
        nodeAt.set(`${c}|${s}`, node);
        yy += count * k + gap;
      }
    });
    columnCenters = shownPeriods.map((_, c) => columnX(c) + nodeWidth / 2);
    for (let c = 0; c < columns; c++) {
      for (const node of nodes.filter((nd) => nd.column === c)) {
        points.push({
          x: node.x + node.width / 2,
          y: node.y + node.height / 2,
          box: { x: node.x, y: node.y, width: node.width, height: node.height },
          title: `${stateLabel(node.state)} in ${String(node.period)}`,
          lines: [`${units(node.count)} (${sharePercent(format.percent, node.count / n)})`],
        });
      }
      if (c + 1 >= columns) break;
      const p = shownPeriods[c] as P;
      const q = shownPeriods[c + 1] as P;
      const pair = pairCounts(p, q);
      const outOffset = new Map<AbcState, number>();
      const inOffset = new Map<AbcState, number>();
      // Bands leave a node in the order of their targets and enter in the order of their sources.
      const pending: { a: AbcState; b: AbcState; count: number; y0: number }[] = [];
      for (const a of states) {
        for (const b of states) {
          const count = pair.get(key(a, b))?.count ?? 0;
          if (count === 0) continue;
          const source = nodeAt.get(`${c}|${a}`) as AbcFlowNode<P>;
          const used = outOffset.get(a) ?? 0;
          outOffset.set(a, used + count * k);
          pending.push({ a, b, count, y0: source.y + used });
        }
      }
      for (const b of states) {
        for (const link of pending.filter((l) => l.b === b)) {
          const source = nodeAt.get(`${c}|${link.a}`) as AbcFlowNode<P>;
          const target = nodeAt.get(`${c + 1}|${b}`) as AbcFlowNode<P>;
          const used = inOffset.get(b) ?? 0;
          inOffset.set(b, used + link.count * k);
          const x0 = source.x + source.width;
          const x1 = target.x;
          const xm = (x0 + x1) / 2;
          const thickness = Math.max(0.5, link.count * k);
          const ya = link.y0;
          const yb = target.y + used;
          const r = (v: number) => Math.round(v * 100) / 100;
          const path = `M${r(x0)},${r(ya)}C${r(xm)},${r(ya)} ${r(xm)},${r(yb)} ${r(x1)},${r(yb)}L${r(x1)},${r(yb + thickness)}C${r(xm)},${r(yb + thickness)} ${r(xm)},${r(ya + thickness)} ${r(x0)},${r(ya + thickness)}Z`;
          links.push({
            fromPeriod: p,
            toPeriod: q,
            from: link.a,
            to: b,
            count: link.count,
            direction: moveDirection(link.a, b),
            path,
          });
        }
      }
      // Explorer: the bands between the two columns, in the order of their sources.
      const between = links.filter((l) => l.fromPeriod === p && l.toPeriod === q);
      for (const a of states) {
        for (const link of between.filter((l) => l.from === a)) {
          const source = nodeAt.get(`${c}|${link.from}`) as AbcFlowNode<P>;
          const target = nodeAt.get(`${c + 1}|${link.to}`) as AbcFlowNode<P>;
          const sourceTotal = source.count;
          points.push({
            x: (source.x + source.width + target.x) / 2,
            y: (source.y + source.height / 2 + target.y + target.height / 2) / 2,
            title: `${stateLabel(link.from)} in ${String(p)} → ${stateLabel(link.to)} in ${String(q)}`,
            lines: [
              `${units(link.count)} (${sharePercent(format.percent, link.count / sourceTotal)} of ${stateLabel(link.from)})`,
              DIRECTION_WORDS[link.direction],
              namesOf(pair.get(key(link.from, link.to))),
            ],
          });
        }
      }
    }
  }

  // The finding.
  const unitOf = (count: number) => (count === 1 ? singular : unitLabel);
  let finding: string;
  if (n === 0) finding = `No ${unitLabel} to compare.`;
  else if (periods.length < 2)
    finding = `At least two periods are needed to show how ${unitLabel} move between tiers.`;
  else if (!comparable) finding = `Choose two different periods to compare.`;
  else {
    const head =
      moves.tiered === 0
        ? `From ${fromWord} to ${toWord}, no ${unitLabel} had a tier in ${fromWord}`
        : `From ${fromWord} to ${toWord}, ${format.integer(moves.kept)} of ${format.integer(moves.tiered)} ${unitOf(moves.tiered)} kept their tier, ${format.integer(moves.up)} moved up and ${format.integer(moves.down)} moved down`;
    finding = `${head}; ${format.integer(moves.gained)} gained a tier and ${format.integer(moves.lost)} lost theirs.`;
  }
  let description = finding;
  if (comparable) {
    const stays = (['A', 'B', 'C'] as const)
      .filter((t) => rowTotal(t) > 0)
      .map((t) => `${t} ${format.integer(countOf(t, t))} of ${format.integer(rowTotal(t))}`);
    if (stays.length > 0) description += ` Stayed in their tier: ${stays.join(', ')}.`;
    const newTiers = (['A', 'B', 'C'] as const)
      .map((t) => ({ t, c: states.filter((s) => !TIERS.has(s)).reduce((sum, s) => sum + countOf(s, t), 0) }))
      .filter((e) => e.c > 0)
      .map((e) => `${format.integer(e.c)} ${e.t}`);
    if (newTiers.length > 0) description += ` New in the tiers: ${newTiers.join(', ')}.`;
    if (isFlow && shownPeriods.length > 2)
      description += ` Flows across ${shownPeriods.map(String).join(', ')}.`;
  }

  // The table: the matrix as rows, or the flow's moves.
  let table: TableSpec;
  if (comparable && !isFlow) {
    table = {
      caption: finding,
      columns: [
        { key: 'from', label: `${fromWord} \\ ${toWord}` },
        ...states.map((s) => ({ key: `to-${s}`, label: stateLabel(s), numeric: true })),
        { key: 'total', label: 'Total', numeric: true },
      ],
      rows: [
        ...states.map((a) => [
          stateLabel(a),
          ...states.map((b) => format.integer(countOf(a, b))),
          format.integer(rowTotal(a)),
        ]),
        ['Total', ...states.map((b) => format.integer(columnTotal(b))), format.integer(n)],
      ],
      raw: [
        ...states.map((a) => [stateLabel(a), ...states.map((b) => countOf(a, b)), rowTotal(a)]),
        ['Total', ...states.map((b) => columnTotal(b)), n],
      ],
    };
  } else if (comparable) {
    table = {
      caption: finding,
      columns: [
        { key: 'fromPeriod', label: 'From period' },
        { key: 'from', label: 'From' },
        { key: 'toPeriod', label: 'To period' },
        { key: 'to', label: 'To' },
        { key: 'count', label: capitalise(unitLabel), numeric: true },
      ],
      rows: links.map((l) => [
        String(l.fromPeriod),
        stateLabel(l.from),
        String(l.toPeriod),
        stateLabel(l.to),
        format.integer(l.count),
      ]),
      raw: links.map((l) => [String(l.fromPeriod), l.from, String(l.toPeriod), l.to, l.count]),
    };
  } else {
    // Nothing to compare: the number of accounts in each state per period.
    const counts = result.byPeriod.map((b) => b.counts);
    table = {
      caption: finding,
      columns: [
        { key: 'state', label: 'State' },
        ...periods.map((p, k) => ({ key: `period-${k}`, label: String(p), numeric: true })),
      ],
      rows: n === 0 ? [] : states.map((s) => [stateLabel(s), ...counts.map((c) => format.integer(c[s]))]),
      raw: n === 0 ? [] : states.map((s) => [stateLabel(s), ...counts.map((c) => c[s])]),
    };
  }

  return {
    result,
    format,
    view,
    width,
    height,
    margin,
    plot,
    from,
    to,
    shownPeriods,
    states,
    stateLabel,
    cells,
    columnCenters,
    rowCenters,
    nodes,
    links,
    moves,
    finding,
    description,
    units,
    points,
    table,
    labelOf,
  };
}
