import type { OnboardingAccount, OnboardingStage, OnboardingStatusResult } from '@kamkit/core';
import type { ChartItem } from '../../../contract/types';
import type { Formatters } from '../../../format/createFormat';
import type { LegendItem } from '../../../primitives/Legend';
import type { ExplorerPoint, Margin, TableSpec } from '../../../primitives/types';

/** One drawn row: a stage, or a status that is not a stage. */
export interface OnboardingRowLayout<T> {
  /** The stage (or the unknown status). */
  stage: OnboardingStage;
  /** `'stage'`, or `'unknown'` for a status that is not one of `stages`. */
  kind: 'stage' | 'unknown';
  /** Position in `stages` (−1 for unknown statuses). */
  position: number;
  /** The name shown (shortened to the label column). */
  label: string;
  count: number;
  share: number;
  /** Accounts in this stage or a later one (equals `count` for unknown statuses). */
  atOrBeyond: number;
  atOrBeyondShare: number;
  accounts: OnboardingAccount<T>[];
  /** Mean satisfaction of the row's accounts with a score, or `null`. */
  satisfaction: number | null;
  /** Number of accounts with a satisfaction score. */
  responses: number;
  /** Geometry: row band, the count bar and the at-or-beyond bar. */
  y: number;
  rowHeight: number;
  /** The bar's vertical centre (the value and the satisfaction score sit on it). */
  center: number;
  bar: { x: number; y: number; width: number; height: number };
  beyondBar: { x: number; y: number; width: number; height: number };
  /** The stage name's anchor: right-aligned left of the bar, or left-aligned above it (`labels: 'above'`); `y` is its middle. */
  labelX: number;
  labelY: number;
  /** The count as written, e.g. "12 (40%)", and where: inside the bar's end when it would not fit after it. */
  valueText: string;
  valueInside: boolean;
  valueX: number;
  /** The satisfaction dot's x (when there is a score). */
  satisfactionX: number | null;
  /** What events and tooltips get: a `'bin'` (id `'stage:<stage>'`, `'status:<status>'` for unknown ones) with its accounts' records. */
  item: ChartItem<T>;
}

/** Everything {@link OnboardingStatus} draws, for custom rendering through its `children` render prop. */
export interface OnboardingLayout<T> {
  result: OnboardingStatusResult<T>;
  format: Formatters;
  /** Formats a satisfaction score, e.g. "7.5" or "7,5". */
  formatScore: (value: number) => string;
  width: number;
  height: number;
  margin: Margin;
  /** The bars' area (the label column is left of it, the satisfaction column right of it). */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Count → x. */
  x: (count: number) => number;
  /**
   * The satisfaction column (`null` without a `satisfaction` accessor): its track from `x0` to `x1` (no track when
   * `x0 === x1`, on the narrowest charts), the score right-aligned at `x0 − 8`, and its heading.
   */
  satisfactionColumn: {
    x0: number;
    x1: number;
    scale: readonly [number, number];
    x: (value: number) => number;
    /** "Satisfaction (0–10)", or "Satisfaction" when the long heading would run into the counts' heading. */
    title: string;
  } | null;
  /**
   * Where the stage names are: `'left'` of the bars, or `'above'` them on narrow charts (below about 400 px
   * with a satisfaction column), so the bars, counts and scores keep room.
   */
  labels: 'left' | 'above';
  /** The counts' column heading, e.g. "Accounts". */
  countTitle: string;
  rows: OnboardingRowLayout<T>[];
  legend: LegendItem[];
  title: string;
  /** The finding in words, e.g. "9 of 15 accounts (60%) have reached Live; 6 are still onboarding, most in Integration (3)." */
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: TableSpec;
  labelOf: (account: OnboardingAccount<T>) => string;
}
