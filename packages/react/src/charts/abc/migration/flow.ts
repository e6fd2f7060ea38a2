import type { AbcOverTimeRow, AbcState, PeriodKey } from '@kamkit/core';
import { ABC_STATES } from '@kamkit/core';
import type { ChartItem } from '../../../contract/types';
import type { Formatters } from '../../../format/createFormat';
import { translate } from '../../../messages/translate';
import type { PlotArea } from '../../../primitives/margin';
import { sharePercent } from '../../../primitives/share';
import { FONTS, measureText, truncateText } from '../../../primitives/text';
import type { ExplorerPoint } from '../../../primitives/types';
import type { Pair } from './states';
import { moveDirection } from './states';
import type { AbcFlowLabel, AbcFlowLink, AbcFlowNode } from './types';
import type { MigrationText } from './words';
import { directionWord, namesLine } from './words';

/** What {@link migrationFlow} needs. */
export interface FlowInput<T, P extends PeriodKey> {
  rows: readonly AbcOverTimeRow<T, P>[];
  states: readonly AbcState[];
  shownPeriods: readonly P[];
  codesOf: (p: P) => Uint8Array;
  pairs: (p: P, q: P) => Map<string, Pair>;
  plot: PlotArea;
  /** The chart's width: the last column's labels may use the margin right of the plot up to it. */
  width: number;
  stateLabel: (state: AbcState) => string;
  labelOf: (row: AbcOverTimeRow<T, P>) => string;
  text: MigrationText;
  format: Formatters;
}

const NODE_WIDTH = 14;
const GAP = 10;
const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Stage 2 (flow view): each period shown is a column of stacked nodes (one per state with accounts, 14 px wide,
 * 10 px apart, heights in proportion to the accounts, the same scale in every column), joined by bands for the
 * moves between neighbouring periods; bands leave a node in the order of their targets and enter in the order
 * of their sources. Explorer points: per column its nodes, then the bands to the next column by source, each
 * with its item (`kind: 'cell'`, ids `'node:2023:A'` and `'flow:2023:A-2024:B'`, `accounts` the accounts).
 */
export function migrationFlow<T, P extends PeriodKey>(input: FlowInput<T, P>) {
  const { rows, states, shownPeriods, plot, stateLabel, text, format } = input;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  const n = rows.length;
  const datum = (i: number) => (rows[i] as AbcOverTimeRow<T, P>).datum;
  const columns = shownPeriods.length;
  const span = plot.x1 - plot.x0 - NODE_WIDTH;
  const columnX = (c: number) => plot.x0 + (columns > 1 ? (span * c) / (columns - 1) : 0);
  const byPeriod = shownPeriods.map((p) => {
    const members = ABC_STATES.map(() => [] as number[]);
    input.codesOf(p).forEach((code, i) => {
      members[code]?.push(i);
    });
    return new Map<AbcState, number[]>(ABC_STATES.map((s, code) => [s, members[code] as number[]]));
  });
  const maxStates = Math.max(
    1,
    ...byPeriod.map((m) => states.filter((s) => (m.get(s)?.length ?? 0) > 0).length),
  );
  const k = Math.max(0, (plot.y1 - plot.y0 - GAP * (maxStates - 1)) / n);
  const nodes: AbcFlowNode<P>[] = [];
  const nodeAt = new Map<string, AbcFlowNode<P>>();
  shownPeriods.forEach((p, c) => {
    let y = plot.y0;
    for (const s of states) {
      const count = byPeriod[c]?.get(s)?.length ?? 0;
      if (count === 0) continue;
      const node = {
        period: p,
        column: c,
        state: s,
        count,
        x: columnX(c),
        y,
        width: NODE_WIDTH,
        height: Math.max(1, count * k),
        id: `node:${String(p)}:${s}`,
      };
      nodes.push(node);
      nodeAt.set(`${c}|${s}`, node);
      y += count * k + GAP;
    }
  });
  const links: AbcFlowLink<P>[] = [];
  const points: ExplorerPoint[] = [];
  for (let c = 0; c < columns; c++) {
    for (const node of nodes.filter((nd) => nd.column === c)) {
      const item: ChartItem<T> = {
        kind: 'cell',
        id: node.id,
        datum: null,
        accounts: (byPeriod[c]?.get(node.state) ?? []).map(datum),
      };
      points.push({
        x: node.x + node.width / 2,
        y: node.y + node.height / 2,
        box: { x: node.x, y: node.y, width: node.width, height: node.height },
        item,
        title: t(text.nodeTitle, { state: stateLabel(node.state), period: String(node.period) }),
        lines: [
          t(text.countShare, { count: node.count, share: sharePercent(format.percent, node.count / n) }),
        ],
      });
    }
    if (c + 1 >= columns) break;
    const p = shownPeriods[c] as P;
    const q = shownPeriods[c + 1] as P;
    const pair = input.pairs(p, q);
    const between = bands(states, pair, c, nodeAt, k, p, q);
    links.push(...between);
    for (const a of states) {
      for (const link of between.filter((l) => l.from === a)) {
        const source = nodeAt.get(`${c}|${link.from}`) as AbcFlowNode<P>;
        const target = nodeAt.get(`${c + 1}|${link.to}`) as AbcFlowNode<P>;
        const entry = pair.get(`${link.from}|${link.to}`);
        const item: ChartItem<T> = {
          kind: 'cell',
          id: link.id,
          datum: null,
          accounts: (entry?.indices ?? []).map(datum),
        };
        points.push({
          x: (source.x + source.width + target.x) / 2,
          y: (source.y + source.height / 2 + target.y + target.height / 2) / 2,
          item,
          title: t(text.moveTitle, {
            from: stateLabel(link.from),
            fromPeriod: String(p),
            to: stateLabel(link.to),
            toPeriod: String(q),
          }),
          lines: [
            t(text.countShareOf, {
              count: link.count,
              share: sharePercent(format.percent, link.count / source.count),
              state: stateLabel(link.from),
            }),
            directionWord(text, link.direction),
            namesLine(entry, rows, input.labelOf, text, format),
          ],
        });
      }
    }
  }
  return {
    nodes,
    links,
    points,
    columnCenters: shownPeriods.map((_, c) => columnX(c) + NODE_WIDTH / 2),
    nodeLabels: nodeLabels(nodes, labelRoom(columnX, columns, input.width), stateLabel, text, format),
  };
}

/** The bands from column `c` to `c + 1`, stacked on their nodes. */
function bands<P extends PeriodKey>(
  states: readonly AbcState[],
  pair: Map<string, Pair>,
  c: number,
  nodeAt: Map<string, AbcFlowNode<P>>,
  k: number,
  p: P,
  q: P,
): AbcFlowLink<P>[] {
  const outOffset = new Map<AbcState, number>();
  const inOffset = new Map<AbcState, number>();
  const pending: { a: AbcState; b: AbcState; count: number; y0: number }[] = [];
  for (const a of states) {
    for (const b of states) {
      const count = pair.get(`${a}|${b}`)?.count ?? 0;
      if (count === 0) continue;
      const source = nodeAt.get(`${c}|${a}`) as AbcFlowNode<P>;
      const used = outOffset.get(a) ?? 0;
      outOffset.set(a, used + count * k);
      pending.push({ a, b, count, y0: source.y + used });
    }
  }
  const links: AbcFlowLink<P>[] = [];
  for (const b of states) {
    for (const link of pending.filter((l) => l.b === b)) {
      const source = nodeAt.get(`${c}|${link.a}`) as AbcFlowNode<P>;
      const target = nodeAt.get(`${c + 1}|${b}`) as AbcFlowNode<P>;
      const used = inOffset.get(b) ?? 0;
      inOffset.set(b, used + link.count * k);
      const x0 = source.x + source.width;
      const x1 = target.x;
      const xm = (x0 + x1) / 2;
      const thick = Math.max(0.5, link.count * k);
      const ya = link.y0;
      const yb = target.y + used;
      links.push({
        fromPeriod: p,
        toPeriod: q,
        from: link.a,
        to: b,
        count: link.count,
        direction: moveDirection(link.a, b),
        path: `M${r2(x0)},${r2(ya)}C${r2(xm)},${r2(ya)} ${r2(xm)},${r2(yb)} ${r2(x1)},${r2(yb)}L${r2(x1)},${r2(yb + thick)}C${r2(xm)},${r2(yb + thick)} ${r2(xm)},${r2(ya + thick)} ${r2(x0)},${r2(ya + thick)}Z`,
        id: `flow:${String(p)}:${link.a}-${String(q)}:${b}`,
      });
    }
  }
  return links;
}

/** Labels stand 6 px from their node and keep 6 px from the next column's nodes and 2 px from the chart's edge. */
const LABEL_AIR = 6;
const EDGE_AIR = 2;

/**
 * The flow view's side margin (pixels): 96, widened to the widest node label the data can give (a state's
 * name with the count of all `n` accounts, measured with the text model) plus its 6 px of air and 2 px from
 * the chart's edge, so that the first and last columns' labels are whole; at most a fifth of `width`, so the
 * plot keeps its room (past that the names are cut with "…", see {@link labelRoom}).
 */
export function flowSideMargin(
  states: readonly AbcState[],
  stateLabel: (state: AbcState) => string,
  n: number,
  text: MigrationText,
  format: Formatters,
  width: number,
): number {
  let widest = 0;
  for (const s of states) {
    const label = translate(text.nodeLabel, { state: stateLabel(s), count: n }, format);
    widest = Math.max(widest, measureText(label, FONTS.axis));
  }
  return Math.max(96, Math.min(Math.ceil(widest) + LABEL_AIR + EDGE_AIR, Math.floor(width / 5)));
}

/**
 * The width a column's node labels have (pixels, never below 0): the first column's, left of its nodes, the
 * left margin (from the chart's left edge); the middle columns', right of their nodes, the gap to the next
 * column; the last column's, right of its nodes, the right margin (to the chart's width). A single column's
 * labels stand left of it.
 */
export function labelRoom(
  columnX: (c: number) => number,
  columns: number,
  width: number,
): (column: number) => number {
  return (c) => {
    if (c === 0) return Math.max(0, columnX(0) - LABEL_AIR - EDGE_AIR);
    const right = c + 1 < columns ? columnX(c + 1) - LABEL_AIR : width - EDGE_AIR;
    return Math.max(0, right - (columnX(c) + NODE_WIDTH + LABEL_AIR));
  };
}

/**
 * The nodes' labels "A · 36": left of the first column, right of the others; the state's name is cut (with
 * "…") only when with its count it does not fit the room the layout has beside the node ({@link labelRoom});
 * the count is never cut. A label closer than 12 px to the one above it in its column is left out.
 */
function nodeLabels<P extends PeriodKey>(
  nodes: readonly AbcFlowNode<P>[],
  room: (column: number) => number,
  stateLabel: (state: AbcState) => string,
  text: MigrationText,
  format: Formatters,
): AbcFlowLabel[] {
  const labels: AbcFlowLabel[] = [];
  const lastY = new Map<number, number>();
  for (const node of nodes) {
    const y = node.y + node.height / 2;
    const previous = lastY.get(node.column);
    if (previous !== undefined && y - previous < 12) continue;
    lastY.set(node.column, y);
    const first = node.column === 0;
    // The count is never cut: the name gets what the count leaves of the room beside the node.
    const countWidth = measureText(
      translate(text.nodeLabel, { state: '', count: node.count }, format),
      FONTS.axis,
    );
    labels.push({
      key: `${node.column}|${node.state}`,
      x: first ? node.x - LABEL_AIR : node.x + node.width + LABEL_AIR,
      y,
      anchor: first ? 'end' : 'start',
      text: translate(
        text.nodeLabel,
        {
          state: truncateText(
            stateLabel(node.state),
            Math.max(12, room(node.column) - countWidth),
            FONTS.axis,
          ),
          count: node.count,
        },
        format,
      ),
      state: node.state,
    });
  }
  return labels;
}
