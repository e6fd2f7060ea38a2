import type {
  FieldOrAccessor,
  Id,
  IdField,
  InfluenceInput,
  InfluencePathsOptions,
  StakeholderMapOptions,
} from '@kamkit/core';
import type { CommonChartOptions, RecordOptions, TableRowsOptions } from '../../contract/commonOptions';
import { COMMON_CHART_OPTIONS, RECORD_OPTIONS } from '../../contract/commonOptions';
import { optionKeys } from '../../contract/options';
import type { LabelField } from '../../primitives/labels';
import type { Margin } from '../../primitives/types';

/** Direction of the org chart: managers above their reports (default) or to their left. */
export type StakeholderOrientation = 'top-down' | 'left-right';

/**
 * The stakeholder map's options, each declared once: the chart's props extend this interface,
 * {@link STAKEHOLDER_OPTIONS} lists its keys (checked by the compiler), and the chart splits its props and
 * memoises its layout by that list.
 */
export interface StakeholderLayoutOptions<T, L extends InfluenceInput = InfluenceInput>
  extends CommonChartOptions<T, 'stakeholders'>,
    RecordOptions<T>,
    TableRowsOptions {
  /** The people on the map, one record each (the caller's records are never changed). */
  data: Iterable<T>;
  /**
   * The person's id. Default: the field `id`; when no record has one, the record's position. Records with and
   * without ids cannot be mixed (`INVALID_ID`). Ids must be unique (`DUPLICATE_ID`).
   */
  id?: IdField<T>;
  /** The id of the person's manager; empty (`null`, `undefined`, `''`) at the top of a tree. Default: the field `parentId`. */
  parentId?: FieldOrAccessor<T, unknown>;
  /** Second (dotted) reporting line(s): an id or an array of ids. Default: the field `secondaryParentId`. */
  secondaryParentId?: FieldOrAccessor<T, unknown>;
  /** `'high' | 'medium' | 'low'` (any case). Default: the field `decisionPower`. */
  decisionPower?: FieldOrAccessor<T, unknown>;
  /** `'positive' | 'neutral' | 'negative'` (any case). Default: the field `attitude`. */
  attitude?: FieldOrAccessor<T, unknown>;
  /** The quality of our relationship, a number on `relationshipDomain`. Default: the field `relationship`. */
  relationship?: FieldOrAccessor<T, unknown>;
  /** `true` for a key contact (marked "0", as on the slide). Default: the field `keyContact`. */
  keyContact?: FieldOrAccessor<T, unknown>;
  /** Who is a key stakeholder to win. Default (core): high decision power and a neutral attitude. */
  isKeyStakeholder?: StakeholderMapOptions<T, L>['isKeyStakeholder'];
  /** The person's name, on the card, in tooltips and the table. Default: the field `name`, else the id. */
  label?: LabelField<T>;
  /** The person's job title. Default: the field `title`. (The chart's own `title` prop is its accessible title.) */
  jobTitle?: FieldOrAccessor<T, string | null | undefined>;
  /**
   * The person's organisation. Default: the field `organisation`. Each tree is labelled with its top person's
   * organisation; a card names the organisation only where it differs from that.
   */
  organisation?: FieldOrAccessor<T, string | null | undefined>;
  /**
   * Influence lines `{ from, to, kind? }` outside the hierarchy, drawn with an arrowhead, possibly across trees.
   * `kind` is `'positive' | 'neutral' | 'negative'` (missing = neutral; anything else is `INVALID_OPTION`):
   * negative lines are drawn dashed with a bar marker and are never a route of the highlighted path.
   */
  influences?: Iterable<L>;
  /**
   * The person to win, whose influence path is highlighted. Default: the first key stakeholder (in tree order);
   * `null` highlights no path.
   */
  target?: Id | null;
  /** Start of the highlighted path. Default: core's best path (`influencePaths(...).rows[0]`). */
  pathFrom?: Id;
  /** Options of core's `influencePaths` (who can start, who can pass influence on, reporting directions, bounds). */
  paths?: InfluencePathsOptions<T>;
  /** `'top-down'` (default) or `'left-right'`. */
  orientation?: StakeholderOrientation;
  /** Card width in pixels. Default 200 (at least 80). */
  nodeWidth?: number;
  /** Card height in pixels. Default 96 (at least 48). */
  nodeHeight?: number;
  /**
   * Top-down only: a manager with at least this many reports, none of whom has reports, gets them stacked in a
   * column under them (as org charts do), which keeps large organisations narrow. Default 5; `false` never stacks.
   */
  stackLeaves?: number | false;
  /**
   * The relationship scale `[weak, strong]`: a value is coloured by its position on it (clamped), on a
   * colour-blind-safe sequential scale, and written as "value of strong" with its quality in words (five equal
   * bands: very weak, weak, fair, good, very good). Default `[1, 5]`, as on the slide. `weak < strong`, both finite.
   */
  relationshipDomain?: readonly [number, number];
  /**
   * Most cards drawn. When the map has more people, reporting subtrees collapse breadth first into "+N" cards
   * (a manager's reports are shown only while the total stays within this number), so the server output stays
   * bounded; a "+N" card opens on Enter, Space or a click. The path to the target is always shown. Default 150,
   * a whole number from 1 to 5,000.
   */
  maxCards?: number;
  /** Managers whose reports are shown although they exceed `maxCards` (the chart adds to it when a "+N" card opens). */
  expanded?: readonly Id[];
  /** Most rows of the data table. Default: everyone drawn. */
  maxTableRows?: number;
  /**
   * Width of the coordinate system (given by the chart: the `width` prop or the container's width). The map is
   * scaled down (never up) to fit `width` × `height` and centred.
   */
  width: number;
  /** Height of the coordinate system. Default: the map's height at `width`. */
  height?: number;
  /** Room around the map, in pixels, per side (each a finite number ≥ 0). Default 14 on every side. */
  margin?: Partial<Margin>;
}

/** The keys of {@link StakeholderLayoutOptions}, in one list: the props split and the layout memo derive from it. */
export const STAKEHOLDER_OPTIONS = /* @__PURE__ */ optionKeys<StakeholderLayoutOptions<unknown>>()(
  COMMON_CHART_OPTIONS,
  RECORD_OPTIONS,
  [
    'parentId',
    'secondaryParentId',
    'decisionPower',
    'attitude',
    'relationship',
    'keyContact',
    'isKeyStakeholder',
    'jobTitle',
    'organisation',
    'influences',
    'target',
    'pathFrom',
    'paths',
    'orientation',
    'nodeWidth',
    'nodeHeight',
    'stackLeaves',
    'relationshipDomain',
    'maxCards',
    'expanded',
    'maxTableRows',
  ] as const,
);

/** The options core's `stakeholderMap` reads: the map is memoised on them alone. */
export const MAP_KEYS = [
  'data',
  'id',
  'parentId',
  'secondaryParentId',
  'decisionPower',
  'attitude',
  'relationship',
  'keyContact',
  'isKeyStakeholder',
  'influences',
] as const;

/** Default most cards drawn before subtrees collapse. */
export const MAX_CARDS = 150;
/** Largest allowed `maxCards`. */
export const MAX_CARDS_LIMIT = 5000;
