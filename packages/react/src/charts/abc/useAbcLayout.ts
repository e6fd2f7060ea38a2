import type {
  AbcBasis,
  AbcBoundary,
  AbcMethod,
  AbcResult,
  AbcRow,
  AbcTier,
  AbcTierSummary,
  AbcTies,
  IdField,
  NumberField,
} from '@kamkit/core';
import { ABC_TIERS, abc } from '@kamkit/core';
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import type { CurvePoint } from '../../primitives/curve';
import { curveAreaPath, curvePath, downsampleCurve, splitColumns } from '../../primitives/curve';
import { toArray, useDataArray } from '../../primitives/data';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { resolveMargin } from '../../primitives/margin';
import { sharePercent } from '../../primitives/share';
import { capitalise, counter, namesList } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';

/** Options of {@link useAbcLayout}: the options of core's `abc` plus labels, geometry and formatting. */
export interface AbcLayoutOptions<T> extends FormatOptions {
  data: Iterable<T>;
  /** The value of each account (e.g. revenue): a field name or accessor. Default: the field `value`. */
  value?: NumberField<T>;
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** The account's name, shown in tooltips and in the table. Default: the id. */
  label?: LabelField<T>;
  /** Upper limits of A and B, `[a, b]`. Default `[0.8, 0.95]` (basis value) or `[0.2, 0.5]` (basis count). */
  thresholds?: readonly [number, number];
  /** What the thresholds apply to: cumulative share of value or share of accounts. Default `'value'`. */
  basis?: AbcBasis;
  /** Which tier an account at a threshold takes. Default `'crossing'` (the account crossing 80 % is still A). */
  boundary?: AbcBoundary;
  /** Equal values: ranked by id (`'order'`, default) or kept in one tier (`'group'`). */
  ties?: AbcTies;
  /** `'fixed'` thresholds (default) or limits `'computed'` from the curve (Ultsch & Lötsch 2015). */
  method?: AbcMethod;
  /** What the value is, in words, for titles and descriptions. Default `'revenue'`. */
  valueLabel?: string;
  /** What the records are, in words (plural). Default `'accounts'`. */
  unitLabel?: string;
  /** The singular of `unitLabel`. Default: `unitLabel` without a final "s". */
  unitLabelSingular?: string;
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

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

/** Everything {@link AbcChart} draws, for custom rendering through its `children` render prop. */
export interface AbcLayout<T> {
  result: AbcResult<T>;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  /** The plot area. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Share of accounts 0…1 (largest first) → x. */
  x: (share: number) => number;
  /** Cumulative share of value 0…1 → y. */
  y: (share: number) => number;
  /** The drawn points of the curve in pixels, downsampled to the plot's width (≤ 4 a pixel column). */
  curve: CurvePoint[];
  /** The curve as an SVG path. */
  linePath: string;
  /** The tier bands in rank order (empty tiers have none). */
  bands: AbcBand[];
  thresholds: AbcThresholdLine[];
  /** One dot per account while there are at most 40 (none beyond, the line says it all). */
  dots: { x: number; y: number; tier: AbcTier; rank: number }[];
  /** True when the explorer visits columns of adjacent accounts instead of single accounts. */
  binned: boolean;
  xTicks: Tick[];
  yTicks: Tick[];
  xAxisLabel: string;
  yAxisLabel: string;
  tierSummary: AbcTierSummaryItem[];
  /** The finding in words, e.g. "A: 29 accounts (20%) make 80% of revenue; B: …". */
  finding: string;
  description: string;
  units: (count: number) => string;
  points: ExplorerPoint[];
  table: TableSpec;
  labelOf: (row: AbcRow<T>) => string;
}

const MAX_DOTS = 40;

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeAbcLayout>[1]> = {
  currency: true,
  data: true,
  formatValue: true,
  height: true,
  label: true,
  locale: true,
  margin: true,
  unitLabel: true,
  unitLabelSingular: true,
  valueLabel: true,
  width: true,
};

/**
 * Computes the ABC chart's layout: runs core's `abc`, then scales, the cumulative curve (downsampled to pixel
 * resolution, so the path is bounded for any number of accounts), one band per tier under the curve, the
 * threshold lines, the per-tier summary, the finding in words, the explorer points (accounts, or columns of
 * adjacent accounts of one tier when there are more accounts than pixels) and the data table (accounts, or
 * tiers when binned). Memoised on its inputs.
 *
 * @example
 * const layout = useAbcLayout({ data, value: 'revenue', width: 640, height: 360 });
 * layout.finding; // "A: 29 accounts (20%) make 80% of revenue; B: 30 accounts (21%) make 15%; C: …"
 */
export function useAbcLayout<T>(options: AbcLayoutOptions<T>): AbcLayout<T> {
  const { value, id, basis, boundary, ties, method } = options;
  const t0 = options.thresholds?.[0];
  const t1 = options.thresholds?.[1];
  const data = useDataArray(options.data);
  const result = useMemo(
    () =>
      abc(data, {
        value,
        id,
        thresholds: t0 === undefined || t1 === undefined ? undefined : [t0, t1],
        basis,
        boundary,
        ties,
        method,
      }),
    [data, value, id, t0, t1, basis, boundary, ties, method],
  );
  return useLayoutMemo(computeAbcLayout, result, { ...options, data }, LAYOUT_KEYS);
}

/**
 * The pure part of {@link useAbcLayout}: layout of an already computed `abc` result (e.g. computed on a server).
 *
 * @example
 * const layout = computeAbcLayout(abc(accounts, { value: 'revenue' }), { data: accounts, width: 640, height: 360 });
 */
export function computeAbcLayout<T>(
  result: AbcResult<T>,
  options: Omit<
    AbcLayoutOptions<T>,
    'value' | 'id' | 'thresholds' | 'basis' | 'boundary' | 'ties' | 'method'
  >,
): AbcLayout<T> {
  const format = createFormat(options);
  const valueLabel = options.valueLabel ?? 'revenue';
  const unitLabel = options.unitLabel ?? 'accounts';
  const singular = options.unitLabelSingular ?? unitLabel.replace(/s$/, '');
  const units = counter(format.integer, unitLabel, singular);
  const { width, height } = options;
  const rows = result.rows;
  const n = rows.length;
  const dataArray = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: AbcRow<T>) => nameOf(row, dataArray);

  const margin = resolveMargin({ top: 26, right: 48, bottom: 44, left: 60 }, options.margin);
  const plot = {
    x0: margin.left,
    x1: Math.max(margin.left + 1, width - margin.right),
    y0: margin.top,
    y1: Math.max(margin.top + 1, height - margin.bottom),
  };
  const plotWidth = plot.x1 - plot.x0;
  const x = scaleLinear([0, 1], [plot.x0, plot.x1]);
  const y = scaleLinear([0, 1], [plot.y1, plot.y0]);

  // The curve in share space: (0, 0), then (k/n, cumulative share of the k largest) for k = 1…n.
  const shares: CurvePoint[] = new Array(n + 1);
  shares[0] = { x: 0, y: 0 };
  for (let i = 0; i < n; i++) {
    shares[i + 1] = { x: (i + 1) / n, y: (rows[i] as AbcRow<T>).cumulativeShare };
  }

  // Runs of equal tier in rank order (core's tiers are monotone, so at most one run per tier).
  const runs: { tier: AbcTier; start: number; end: number }[] = [];
  for (let i = 0; i < n; i++) {
    const tier = (rows[i] as AbcRow<T>).tier;
    const last = runs[runs.length - 1];
    if (last && last.tier === tier) last.end = i + 1;
    else runs.push({ tier, start: i, end: i + 1 });
  }

  const kept =
    n > 0
      ? downsampleCurve(
          shares,
          plotWidth,
          runs.map((run) => run.end),
        )
      : [];
  const toPixel = (p: CurvePoint): CurvePoint => ({ x: x(p.x), y: y(p.y) });
  const curve = kept.map((i) => toPixel(shares[i] as CurvePoint));
  const linePath = curvePath(curve);

  const bands: AbcBand[] = runs.map((run) => {
    const inside = kept
      .filter((i) => i >= run.start && i <= run.end)
      .map((i) => toPixel(shares[i] as CurvePoint));
    const x0 = x(run.start / n);
    const x1 = x(run.end / n);
    return {
      tier: run.tier,
      summary: result.summary[run.tier],
      rankStart: run.start + 1,
      rankEnd: run.end,
      x0,
      x1,
      cumulativeShare: (rows[run.end - 1] as AbcRow<T>).cumulativeShare,
      areaPath: curveAreaPath(inside, plot.y1),
      label: '',
    };
  });
  // Band labels in one style for all bands: the most detailed of "A · 36 accounts", "A · 36" and "A" that fits
  // every band wide enough for a letter; narrower bands get none.
  const labelStyles = [
    (band: AbcBand) => `${band.tier} · ${units(band.summary.count)}`,
    (band: AbcBand) => `${band.tier} · ${format.integer(band.summary.count)}`,
    (band: AbcBand) => band.tier,
  ];
  const fits = (text: string, band: AbcBand) => Array.from(text).length * 7 <= band.x1 - band.x0 - 6;
  const labelled = bands.filter((band) => fits(band.tier, band));
  const style =
    labelStyles.find((styleOf) => labelled.every((band) => fits(styleOf(band), band))) ??
    (labelStyles[2] as (band: AbcBand) => string);
  for (const band of labelled) band.label = style(band);
  // A band narrower than its letter (e.g. 17 of 20,000 accounts) still gets the letter when it has room.
  const extent = (band: AbcBand): [number, number] => {
    const half = (Array.from(band.label).length * 7) / 2;
    const centre = (band.x0 + band.x1) / 2;
    return [centre - half, centre + half];
  };
  for (const band of bands) {
    if (band.label) continue;
    band.label = band.tier;
    const [a, b] = extent(band);
    const clash = bands.some((other) => {
      if (other === band || !other.label) return false;
      const [c, d] = extent(other);
      return a < d + 4 && c < b + 4;
    });
    if (clash) band.label = '';
  }

  const thresholds: AbcThresholdLine[] = [];
  if (n > 0 && result.method === 'fixed' && result.thresholds && result.basis) {
    const horizontal = result.basis === 'value';
    const unique = Array.from(new Set(result.thresholds)).filter((t) => t > 0 && t < 1);
    let previous = Number.NaN;
    for (const t of unique) {
      const position = horizontal ? y(t) : x(t);
      // Keep labels of close thresholds 13 px apart (upwards for y, rightwards for x).
      let labelPosition = position;
      if (!Number.isNaN(previous)) {
        labelPosition = horizontal ? Math.min(position, previous - 13) : Math.max(position, previous + 30);
      }
      previous = labelPosition;
      thresholds.push({
        orientation: horizontal ? 'horizontal' : 'vertical',
        position,
        labelPosition,
        share: t,
        label: format.percent(t),
      });
    }
  }

  const dots =
    n <= MAX_DOTS
      ? rows.map((row, i) => {
          const p = toPixel(shares[i + 1] as CurvePoint);
          return { x: p.x, y: p.y, tier: row.tier, rank: row.rank };
        })
      : [];

  const percentTicks = [0, 0.2, 0.4, 0.6, 0.8, 1];
  const xTicks: Tick[] = n > 0 ? percentTicks.map((p) => ({ position: x(p), label: format.percent(p) })) : [];
  const yTicks: Tick[] = percentTicks.map((p) => ({ position: y(p), label: format.percent(p) }));

  // The finding: "A: 29 accounts (20%) make 80% of revenue; B: 30 accounts (21%) make 15%; C: …".
  const firstNonEmpty = ABC_TIERS.find((t) => result.summary[t].count > 0);
  const tierSummary: AbcTierSummaryItem[] = ABC_TIERS.map((tier) => {
    const s = result.summary[tier];
    return {
      tier,
      summary: s,
      countText: `${units(s.count)} (${sharePercent(format.percent, s.accountShare)})`,
      shareText: `${sharePercent(format.percent, s.share)} of ${valueLabel}`,
    };
  });
  const finding =
    n === 0
      ? `No ${unitLabel} with a positive ${valueLabel}.`
      : `${tierSummary
          .map(({ tier, summary: s, countText }) =>
            s.count === 0
              ? `${tier}: no ${unitLabel}`
              : `${tier}: ${countText} ${s.count === 1 ? 'makes' : 'make'} ${sharePercent(format.percent, s.share)}${tier === firstNonEmpty ? ` of ${valueLabel}` : ''}`,
          )
          .join('; ')}.`;

  let rule = '';
  if (result.method === 'computed') {
    const limits = result.computed;
    if (limits) {
      const { abLimit, bcLimit } = limits;
      rule =
        abLimit === Number.NEGATIVE_INFINITY
          ? ` All ${unitLabel} have the same ${valueLabel}, so every one is A.`
          : ` Limits computed from the curve (Ultsch & Lötsch 2015): A above ${Number.isFinite(abLimit) ? format.value(abLimit) : 'no value'}, B from ${Number.isFinite(bcLimit) ? format.value(bcLimit) : 'no value'}.`;
    }
  } else if (result.thresholds) {
    const [a, b] = result.thresholds;
    rule =
      result.basis === 'count'
        ? ` Tiers by share of ${unitLabel}: A the top ${format.percent(a)}, B up to ${format.percent(b)}, C the rest.`
        : ` Tiers by cumulative share of ${valueLabel}: A up to ${format.percent(a)}, B up to ${format.percent(b)}, C the rest.`;
    if (result.ties === 'group') rule += ` Equal ${valueLabel} share a tier.`;
  }
  const excludedNote =
    result.excluded.length > 0
      ? ` ${format.integer(result.excluded.length)} ${result.excluded.length === 1 ? 'record' : 'records'} left out (zero, negative or missing ${valueLabel}).`
      : '';
  const description =
    n === 0
      ? `${finding}${excludedNote}`
      : `${finding}${rule} Total ${valueLabel}: ${format.value(result.total)}.${excludedNote}`;

  // Explorer: one point per account, or per column of adjacent accounts of one tier when they outnumber pixels.
  const columns = Math.max(1, Math.floor(plotWidth));
  const binned = n > columns;
  const capital = capitalise(valueLabel);
  const groups: [number, number][] = binned
    ? splitColumns(
        runs.map((run) => run.end - run.start),
        columns,
      )
    : rows.map((_, i) => [i, i + 1]);
  const points: ExplorerPoint[] = groups.map(([a, b]) => {
    const first = rows[a] as AbcRow<T>;
    const last = rows[b - 1] as AbcRow<T>;
    const p = toPixel(shares[b] as CurvePoint);
    if (b - a === 1) {
      return {
        x: p.x,
        y: p.y,
        title: labelOf(first),
        lines: [
          `Tier ${first.tier} · rank ${format.integer(first.rank)} of ${format.integer(n)}`,
          `${capital}: ${format.value(first.value)} (${sharePercent(format.percent, first.share, 1)})`,
          `Cumulative: ${format.percent(first.cumulativeShare, 1)} of ${valueLabel}`,
        ],
      };
    }
    let total = 0;
    for (let i = a; i < b; i++) total += (rows[i] as AbcRow<T>).value;
    return {
      x: p.x,
      y: p.y,
      title: `${capitalise(unitLabel)} ${format.integer(first.rank)}–${format.integer(last.rank)} (${format.integer(b - a)})`,
      lines: [
        `Tier ${first.tier}`,
        namesList(rows.slice(a, b).map(labelOf), 4),
        `${capital}: ${format.value(total)}`,
        `Cumulative: ${format.percent(last.cumulativeShare, 1)} of ${valueLabel}`,
      ],
    };
  });

  const table: TableSpec = binned
    ? {
        caption: `${finding} ${format.integer(n)} ${unitLabel}, summarised by tier.`,
        columns: [
          { key: 'tier', label: 'Tier' },
          { key: 'ranks', label: 'Ranks' },
          { key: 'count', label: capitalise(unitLabel), numeric: true },
          { key: 'accountShare', label: `Share of ${unitLabel}`, numeric: true },
          { key: 'value', label: capital, numeric: true },
          { key: 'share', label: `Share of ${valueLabel}`, numeric: true },
        ],
        rows: bands.map((band) => [
          band.tier,
          `${format.integer(band.rankStart)}–${format.integer(band.rankEnd)}`,
          format.integer(band.summary.count),
          format.percent(band.summary.accountShare, 1),
          format.value(band.summary.value),
          format.percent(band.summary.share, 1),
        ]),
        raw: bands.map((band) => [
          band.tier,
          `${band.rankStart}–${band.rankEnd}`,
          band.summary.count,
          band.summary.accountShare,
          band.summary.value,
          band.summary.share,
        ]),
        note: excludedNote.trim() || undefined,
      }
    : {
        caption: finding,
        columns: [
          { key: 'rank', label: 'Rank', numeric: true },
          { key: 'name', label: capitalise(singular) },
          { key: 'value', label: capital, numeric: true },
          { key: 'share', label: 'Share', numeric: true },
          { key: 'cumulative', label: 'Cumulative share', numeric: true },
          { key: 'tier', label: 'Tier' },
        ],
        rows: rows.map((row) => [
          format.integer(row.rank),
          labelOf(row),
          format.value(row.value),
          format.percent(row.share, 1),
          format.percent(row.cumulativeShare, 1),
          row.tier,
        ]),
        raw: rows.map((row) => [row.rank, labelOf(row), row.value, row.share, row.cumulativeShare, row.tier]),
        note: excludedNote.trim() || undefined,
      };

  return {
    result,
    format,
    width,
    height,
    margin,
    plot,
    x,
    y,
    curve,
    linePath,
    bands,
    thresholds,
    dots,
    binned,
    xTicks,
    yTicks,
    xAxisLabel: `Share of ${unitLabel}, largest first`,
    yAxisLabel: `Cumulative share of ${valueLabel}`,
    tierSummary,
    finding,
    description,
    units,
    points,
    table,
    labelOf,
  };
}
