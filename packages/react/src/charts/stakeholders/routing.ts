import type { Id, InfluenceInput, InfluenceStep, StakeholderInfluence, StakeholderNode } from '@kamkit/core';
import { linkHorizontal, linkVertical } from 'd3-shape';
import { round } from '../../primitives/text';
import { WIN_BADGE } from './cards';
import type { Place, TreeGeometry, TreePlacement } from './tree';
import type { StakeholderCard, StakeholderLine, StakeholderLink, StakeholderMore } from './types';

type Point = [number, number];

/** A stable string for an id in keys (numbers and strings never collide). */
export function keyOf(id: Id): string {
  return typeof id === 'number' ? `n${id}` : `s${id}`;
}

/** The key of the drawn line a path step follows. */
export function stepKey(step: InfluenceStep<InfluenceInput>): string {
  switch (step.kind) {
    case 'influence':
      return `influence:${step.line?.index ?? -1}`;
    case 'reports-to':
      return `link:${keyOf(step.from)}`;
    case 'manages':
      return `link:${keyOf(step.to)}`;
    case 'dotted-reports-to':
      return `secondary:${keyOf(step.from)}:${keyOf(step.to)}`;
    default:
      return `secondary:${keyOf(step.to)}:${keyOf(step.from)}`;
  }
}

/** What stage 3 needs. */
export interface RouteInput<T, L extends InfluenceInput> {
  geometry: TreeGeometry;
  placement: TreePlacement<T>;
  byId: ReadonlyMap<Id, StakeholderNode<T>>;
  cards: readonly StakeholderCard<T>[];
  more: readonly StakeholderMore[];
  secondaryLines: readonly { from: Id; to: Id }[];
  influences: readonly StakeholderInfluence<L>[];
  onPath: ReadonlySet<string>;
}

/** Stage 3's result: the drawn lines and the points their curves pass through (for the viewport). */
export interface Routes<L extends InfluenceInput> {
  links: StakeholderLink[];
  secondaryLines: StakeholderLine<L>[];
  influenceLines: StakeholderLine<L>[];
  curvePoints: Point[];
}

/**
 * Stage 3, line routing: reporting links as d3-shape's vertical (horizontal) links, or a trunk down the
 * manager's left into a stacked report; dotted reporting and influence lines as cubic curves between ports
 * spread along the card sides (the middle of a side stays free where a reporting link attaches). Lines to people
 * who are not drawn (inside a "+N" card) are left out.
 */
export function routeLines<T, L extends InfluenceInput>(input: RouteInput<T, L>): Routes<L> {
  const { geometry, placement, onPath } = input;
  const { topDown, cb, cd } = geometry;
  const xy = (b: number, d: number): Point => (topDown ? [b, d] : [d, b]);
  const link = topDown
    ? linkVertical<{ source: Point; target: Point }, Point>()
    : linkHorizontal<{ source: Point; target: Point }, Point>();
  const reportLink = (p: Place, c: Place) =>
    c.stacked
      ? `M${round(p.b - cb / 2 + 14)},${round(p.d + cd)}V${round(c.d + cd / 2)}H${round(c.b - cb / 2)}`
      : (link({ source: xy(round(p.b), round(p.d + cd)), target: xy(round(c.b), round(c.d)) }) ?? '');
  const links: StakeholderLink[] = [];
  for (const card of input.cards) {
    const parentId = card.node.parentId;
    if (parentId === null) continue;
    const key = `link:${keyOf(card.id)}`;
    const d = reportLink(placement.place.get(parentId) as Place, placement.place.get(card.id) as Place);
    links.push({ key, from: parentId, to: card.id, path: d, onPath: onPath.has(key) });
  }
  for (const more of input.more) {
    const d = reportLink(
      placement.place.get(more.managerId) as Place,
      placement.morePlace.get(more.managerId) as Place,
    );
    links.push({ key: `link:${more.key}`, from: more.managerId, to: more.key, path: d, onPath: false });
  }
  const lines = curves(input);
  return { links, ...lines };
}

interface End {
  line: number;
  which: 0 | 1;
  id: Id;
  side: 'near' | 'far';
  other: number;
  pos: number;
}

interface Pending<L extends InfluenceInput> {
  key: string;
  from: Id;
  to: Id;
  line?: StakeholderInfluence<L>;
  ends: [End, End];
  arc: boolean;
}

/** The dotted reporting lines and influence lines between drawn people, as curves. */
function curves<T, L extends InfluenceInput>(input: RouteInput<T, L>): Omit<Routes<L>, 'links'> {
  const { geometry, placement, byId, onPath } = input;
  const { topDown, cd, depthGap } = geometry;
  const { place } = placement;
  const xy = (b: number, d: number): Point => (topDown ? [b, d] : [d, b]);
  const pending: Pending<L>[] = [];
  const add = (from: Id, to: Id, key: string, line?: StakeholderInfluence<L>) => {
    const s = place.get(from);
    const t = place.get(to);
    if (!s || !t) return;
    const index = pending.length;
    const sameLevel = Math.abs(s.d - t.d) < cd / 2;
    const up = t.d < s.d;
    const entry: Pending<L> = {
      key,
      from,
      to,
      arc: sameLevel,
      ends: [
        { line: index, which: 0, id: from, side: sameLevel || up ? 'near' : 'far', other: t.b, pos: s.b },
        { line: index, which: 1, id: to, side: sameLevel || !up ? 'near' : 'far', other: s.b, pos: t.b },
      ],
    };
    if (line) entry.line = line;
    pending.push(entry);
  };
  for (const sl of input.secondaryLines) add(sl.from, sl.to, `secondary:${keyOf(sl.from)}:${keyOf(sl.to)}`);
  for (const line of input.influences) add(line.from, line.to, `influence:${line.index}`, line);
  spreadEnds(pending, input);
  const curvePoints: Point[] = [];
  const secondaryLines: StakeholderLine<L>[] = [];
  const influenceLines: StakeholderLine<L>[] = [];
  for (const entry of pending) {
    const [s, t] = entry.ends;
    const ps = place.get(s.id) as Place;
    const pt = place.get(t.id) as Place;
    const edge = (end: End, at: Place) => (end.side === 'near' ? at.d : at.d + cd);
    const out = (end: End) => (end.side === 'near' ? -1 : 1);
    const s0: Point = [s.pos, edge(s, ps)];
    // The arrow's tip just off the card (off the ring of a key stakeholder).
    const gap = (byId.get(t.id) as StakeholderNode<T>).keyStakeholder ? 7 : 1.5;
    const t0: Point = [t.pos, edge(t, pt) + out(t) * gap];
    const bend = entry.arc
      ? Math.min(depthGap * 0.8, 22 + Math.abs(t0[0] - s0[0]) * 0.12)
      : Math.max(16, Math.abs(t0[1] - s0[1]) / 2);
    const c1: Point = [s0[0], s0[1] + out(s) * bend];
    const c2: Point = [t0[0], t0[1] + out(t) * bend];
    const pts = [s0, c1, c2, t0].map(([b, d]) => xy(round(b), round(d)));
    curvePoints.push(...pts);
    const [a, b, c, e] = pts as [Point, Point, Point, Point];
    const drawn: StakeholderLine<L> = {
      key: entry.key,
      from: entry.from,
      to: entry.to,
      path: `M${a[0]},${a[1]}C${b[0]},${b[1]} ${c[0]},${c[1]} ${e[0]},${e[1]}`,
      onPath: onPath.has(entry.key),
      kind: entry.line ? entry.line.kind : null,
    };
    if (entry.line) drawn.line = entry.line;
    (entry.line ? influenceLines : secondaryLines).push(drawn);
  }
  return { secondaryLines, influenceLines, curvePoints };
}

/** Spreads the line ends on each card side; keeps the middle free where a reporting link attaches. */
function spreadEnds<T, L extends InfluenceInput>(pending: Pending<L>[], input: RouteInput<T, L>) {
  const { cb } = input.geometry;
  const { place, stackOf } = input.placement;
  const topDown = input.geometry.topDown;
  const groups = new Map<string, End[]>();
  for (const entry of pending) {
    for (const end of entry.ends) {
      const key = `${keyOf(end.id)}|${end.side}`;
      const list = groups.get(key);
      if (list) list.push(end);
      else groups.set(key, [end]);
    }
  }
  const spread = (list: End[], from: number, to: number) => {
    list.forEach((end, i) => {
      end.pos = from + ((to - from) * (i + 1)) / (list.length + 1);
    });
  };
  for (const ends of groups.values()) {
    const first = ends[0] as End;
    const node = input.byId.get(first.id) as StakeholderNode<T>;
    const at = place.get(first.id) as Place;
    let lo = at.b - cb / 2 + 12;
    const hi = at.b + cb / 2 - 12;
    if (topDown && first.side === 'near' && node.keyStakeholder)
      lo = Math.max(lo, at.b - cb / 2 + WIN_BADGE.x + WIN_BADGE.width + 6);
    if (first.side === 'far' && stackOf.has(first.id)) lo = Math.max(lo, at.b - cb / 2 + 26);
    const centreTaken =
      (first.side === 'near' && node.parentId !== null && !at.stacked) ||
      (first.side === 'far' && node.children.length > 0 && !stackOf.has(first.id));
    ends.sort((a, b) => a.other - b.other || a.line - b.line || a.which - b.which);
    if (centreTaken) {
      spread(
        ends.filter((e) => e.other < at.b),
        lo - 6,
        at.b - 6,
      );
      spread(
        ends.filter((e) => e.other >= at.b),
        at.b + 6,
        hi + 6,
      );
    } else spread(ends, lo - 6, hi + 6);
  }
}
