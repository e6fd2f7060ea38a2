import type { AbcResult, AbcRow, AbcTier, AbcTierSummary } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { CurvePoint } from '../../primitives/curve';
import type { PlotArea } from '../../primitives/margin';
import type { ColumnTable } from '../../primitives/table';
import type { Tick } from '../../primitives/ticks';
import type { ExplorerPoint, Margin } from '../../primitives/types';

/** One tier's band under the curve: a run of adjacent accounts in rank order with the same tier. */
export interface AbcBand {
  tier: AbcTier;
  /** The tier's totals (count, value, shares) from core. */
  summary: AbcTierSummary;
  /** Ranks covered, 1-based inclusive. */
  rankStart: number;
  rankEnd: number;
  /** Left and right edge in the SVG's coordinates. */
  x0: number;
  x1: number;
  /** Cumulative share of value at the band's right edge. */
  cumulativeShare: number;
  /** The area under the curve across the band, as an SVG path. */
  areaPath: string;
  /**
   * Text over the band: `"A · 36 accounts"`, `"A · 36"` or `"A"` (the same style for every band); a band too
   * narrow for that gets its letter when it does not run into a neighbour's label, else `''`.
   */
  label: string;
}

/** A threshold drawn as a dashed line: horizontal for `basis: 'value'`, vertical for `basis: 'count'`. */
export interface AbcThresholdLine {
  orientation: 'horizontal' | 'vertical';
  /** y (horizontal) or x (vertical) in the SVG's coordinates. */
  position: number;
  /** Where the label goes along the other axis (nudged apart when two thresholds are close). */
  labelPosition: number;
  share: number;
  label: string;
}

/** The per-tier summary shown above the plot. */
export interface AbcTierSummaryItem {
  tier: AbcTier;
  summary: AbcTierSummary;
  /** "36 accounts (25%)". */
  countText: string;
  /** "80% of revenue". */
  shareText: string;
}

/** The plot and scales ({@link abcScales}). */
export interface AbcScales {
  margin: Margin;
  plot: PlotArea;
  /** Share of accounts 0…1 (largest first) → x. */
  x: (share: number) => number;
  /** Cumulative share of value 0…1 → y. */
  y: (share: number) => number;
  xTicks: Tick[];
  yTicks: Tick[];
}

/** Everything {@link AbcChart} draws, for custom rendering through its `children` render prop. */
export interface AbcLayout<T> extends AbcScales {
  result: AbcResult<T>;
  format: Formatters;
  width: number;
  height: number;
  /** The drawn points of the curve in pixels, downsampled to the plot's width (≤ 4 a pixel column). */
  curve: CurvePoint[];
  /** The curve as an SVG path. */
  linePath: string;
  /** The tier bands in rank order (empty tiers have none). */
  bands: AbcBand[];
  thresholds: AbcThresholdLine[];
  /** One dot per account while there are at most 40 (none beyond, the line says it all), with its item's id. */
  dots: { x: number; y: number; tier: AbcTier; rank: number; id: string | number }[];
  /** True when the explorer visits columns of adjacent accounts instead of single accounts. */
  binned: boolean;
  xAxisLabel: string;
  yAxisLabel: string;
  tierSummary: AbcTierSummaryItem[];
  /** The chart's title, the summary's accessible name and the legend entries (one per tier, ids `'A'`…`'C'`). */
  title: string;
  summaryLabel: string;
  legend: { tier: AbcTier; label: string }[];
  /** The finding in words, e.g. "A: 29 accounts (20%) make 80% of revenue; B: …". */
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: ColumnTable;
  labelOf: (row: AbcRow<T>) => string;
}
