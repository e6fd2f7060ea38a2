import type {
  Coverage,
  Id,
  InfluenceInput,
  InfluenceLineKind,
  InfluencePath,
  InfluencePathsResult,
  StakeholderInfluence,
  StakeholderMapResult,
  StakeholderNode,
} from '@kamkit/core';
import type { ChartItem } from '../../contract/types';
import type { Formatters } from '../../format/createFormat';
import type { stakeholders } from '../../messages/en/stakeholders';
import type { MessageShape } from '../../messages/types';
import type { ColumnTable } from '../../primitives/table';
import type { ExplorerPoint } from '../../primitives/types';
import type { StakeholderOrientation } from './options';

/** Kind of a drawn influence line: it works for us, against us, or neither (core's `InfluenceLineKind`). */
export type InfluenceKind = InfluenceLineKind;

/** A rectangle in the map's coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One person's card, in the map's coordinates (before the fit transform). */
export interface StakeholderCard<T> extends Rect {
  id: Id;
  /** The validated person (decision power, attitude, relationship… as read by core). */
  node: StakeholderNode<T>;
  /** The caller's record. */
  datum: T;
  /** What events and tooltips get: `{ kind: 'person', id, datum, accounts: [datum] }`. */
  item: ChartItem<T>;
  name: string;
  jobTitle: string;
  organisation: string;
  /** The manager's name, or `null` at the top of a tree. */
  manager: string | null;
  /** Names of the dotted-line managers. */
  dottedManagers: string[];
  /** The name as shown on the card (wrapped and shortened; the full name is in the tooltip and table). */
  nameLines: string[];
  titleLines: string[];
  /** The organisation line, or `null` when the card's organisation is its tree's. */
  organisationLine: string | null;
  /** The attitude in words next to its icon, or `null` when the card has no room. */
  attitudeWord: string | null;
  /** Relationship value clamped to `relationshipDomain`, or `null` when unknown. */
  relationshipLevel: number | null;
  /** Position of the relationship on the domain, 0 (weak) … 1 (strong), or `null`; the colour step is `band`. */
  relationshipShare: number | null;
  /** Quality band 1 (very weak) … 5 (very good), or `null` when unknown: the card's colour and word. */
  band: number | null;
  /** The relationship as given, written on the card ("4/5"), or `null`. */
  relationshipText: string | null;
  /** Position on the highlighted path (0 = its start), or `null`. */
  pathIndex: number | null;
  /** The path's target. */
  target: boolean;
  /** Stacked under the manager (a column of reports). */
  stacked: boolean;
  /** The index of the card's tree in display order. */
  treeIndex: number;
}

/** A collapsed group of reports ("+N" card): the people under `managerId` that are not drawn. */
export interface StakeholderMore extends Rect {
  key: string;
  managerId: Id;
  /** How many people it stands for (all of them, at any depth). */
  count: number;
  /** `{ kind: 'bin', id: 'more:<manager id>', datum: null, accounts }`: opening it shows the manager's reports. */
  item: ChartItem<unknown>;
  /** "+554". */
  text: string;
  /** "554 more people under Person 7" (the tooltip's title) and as drawn (wrapped to two lines). */
  caption: string;
  captionLines: string[];
  stacked: boolean;
}

/** A reporting line from a manager to a report (or to a "+N" card). */
export interface StakeholderLink {
  key: string;
  /** The manager's id. */
  from: Id;
  /** The report's id (the "+N" card's key for a collapsed group). */
  to: Id;
  path: string;
  onPath: boolean;
}

/** A dotted reporting line or an influence line. */
export interface StakeholderLine<L extends InfluenceInput = InfluenceInput> {
  key: string;
  /** For an influence line, who sways; for a dotted reporting line, the report. */
  from: Id;
  /** For an influence line, who is swayed; for a dotted reporting line, the manager. */
  to: Id;
  path: string;
  onPath: boolean;
  /** The influence's kind (influence lines); `null` for dotted reporting lines. */
  kind: InfluenceKind | null;
  /** The influence line as validated by core (influence lines only). */
  line?: StakeholderInfluence<L>;
}

/** One organisation's tree. */
export interface StakeholderTree {
  rootId: Id;
  /** The top person's organisation ('' when unknown). */
  organisation: string;
  /** The organisation label as drawn (shortened to the tree's room). */
  label: string;
  labelX: number;
  labelY: number;
  /** The tree's extent. */
  box: Rect;
  size: number;
}

/** The map's coordinates → the viewBox: `translate(tx, ty) scale(scale)` (scale ≤ 1). */
export interface StakeholderTransform {
  tx: number;
  ty: number;
  scale: number;
}

/** Everything {@link StakeholderMap} draws, for custom rendering through its `children` render prop. */
export interface StakeholderLayout<T, L extends InfluenceInput = InfluenceInput> {
  /** Core's validated map. */
  result: StakeholderMapResult<T, L>;
  format: Formatters;
  orientation: StakeholderOrientation;
  /** The coordinate system (viewBox). */
  width: number;
  height: number;
  transform: StakeholderTransform;
  nodeWidth: number;
  nodeHeight: number;
  /** The relationship scale `[weak, strong]`. */
  relationshipDomain: readonly [number, number];
  cards: StakeholderCard<T>[];
  /** Collapsed groups of reports ("+N" cards). */
  more: StakeholderMore[];
  /** People not drawn (inside "+N" cards). */
  collapsed: number;
  links: StakeholderLink[];
  /** Dotted (second) reporting lines. */
  secondaryLines: StakeholderLine<L>[];
  influenceLines: StakeholderLine<L>[];
  trees: StakeholderTree[];
  /** The person to win, or `null`. */
  target: StakeholderNode<T> | null;
  /** The best path of each supporter to the target (core's `influencePaths`), or `null`. */
  paths: InfluencePathsResult<T, L> | null;
  /** The highlighted path, or `null` (no target, or nobody can reach them). */
  path: InfluencePath<T, L> | null;
  coverage: Coverage;
  /** The coverage level and why, in words. */
  coverageLabel: string;
  coverageReason: string;
  /** The path in words: "Win … through … → influence." */
  pathText: string;
  title: string;
  description: string;
  points: ExplorerPoint[];
  table: ColumnTable;
  /** The family's words in the chart's language (legend, badge, "+N" cards). */
  text: MessageShape<typeof stakeholders>;
  nameOf: (node: StakeholderNode<T>) => string;
}
