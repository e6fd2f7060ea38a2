import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import { Axis, GridRows } from '../../primitives/Axis';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { CumulativeCurve } from '../../primitives/CumulativeCurve';
import { EmptyMessage } from '../../primitives/EmptyMessage';
import { round } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import { abcSheet } from '../../theme/sheets/abc';
import { curveSheet } from '../../theme/sheets/curve';
import type { AbcLayout, AbcLayoutOptions, AbcTierSummaryItem } from './useAbcLayout';
import { useAbcLayout } from './useAbcLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [curveSheet, abcSheet];

/** Props of {@link AbcChart}. */
export interface AbcChartProps<T>
  extends ChartBaseProps,
    Omit<AbcLayoutOptions<T>, 'width' | 'height' | 'margin'> {
  /** Margins around the plot, in pixels (merged over the defaults). */
  margin?: Partial<Margin>;
  /** Show the per-tier summary (count, share of accounts, share of value) above the plot. Default `true`. */
  summary?: boolean;
  /** Draw extra SVG on top of the chart, with the computed layout (scales, curve, bands). */
  children?: (layout: AbcLayout<T>) => ReactNode;
}

/** The per-tier summary above the plot: one entry per tier, coloured by `data-tier`. */
function TierSummary({ items, label }: { items: readonly AbcTierSummaryItem[]; label: string }) {
  return (
    <ul className="kamkit-tier-summary" aria-label={label}>
      {items.map((item) => (
        <li key={item.tier} className="kamkit-tier-summary__item" data-tier={item.tier}>
          <span className="kamkit-tier-summary__tier">{item.tier}</span>
          <span className="kamkit-tier-summary__count">{item.countText}</span>
          <span className="kamkit-tier-summary__share">{item.shareText}</span>
        </li>
      ))}
    </ul>
  );
}

function AbcChartInner<T>(props: AbcChartProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    data,
    value,
    id,
    label,
    thresholds,
    basis,
    boundary,
    ties,
    method,
    valueLabel,
    unitLabel,
    unitLabelSingular,
    locale,
    currency,
    formatValue,
    width = 640,
    height = 360,
    margin,
    summary = true,
    title,
    description,
    children,
    ...rest
  } = props;
  const layout = useAbcLayout({
    data,
    value,
    id,
    label,
    thresholds,
    basis,
    boundary,
    ties,
    method,
    valueLabel,
    unitLabel,
    unitLabelSingular,
    locale,
    currency,
    formatValue,
    width,
    height,
    margin,
  });
  const { plot, result } = layout;
  const n = result.rows.length;
  const words = valueLabel ?? 'revenue';
  return (
    <ChartFrame
      styles={STYLES}
      {...rest}
      rootRef={ref}
      kind="abc"
      width={width}
      height={height}
      title={title ?? `ABC analysis of ${words}`}
      description={description ?? layout.description}
      header={summary && n > 0 ? <TierSummary items={layout.tierSummary} label="Tiers" /> : undefined}
      points={layout.points}
      explorerMode="x"
      tableSpec={layout.table}
      data-binned={layout.binned ? 'true' : undefined}
      data-method={result.method}
    >
      <GridRows ticks={layout.yTicks} x0={plot.x0} x1={plot.x1} />
      {n === 0 ? (
        <EmptyMessage plot={plot}>{layout.finding}</EmptyMessage>
      ) : (
        <>
          <g className="kamkit-abc__bands">
            {layout.bands.map((band) => (
              <CumulativeCurve
                key={band.rankStart}
                className="kamkit-abc__band"
                data-tier={band.tier}
                area={band.areaPath}
              />
            ))}
          </g>
          <g className="kamkit-abc__dividers">
            {layout.bands.slice(0, -1).map((band) => (
              <line
                key={band.rankStart}
                className="kamkit-abc__divider"
                x1={round(band.x1)}
                x2={round(band.x1)}
                y1={round(layout.y(band.cumulativeShare))}
                y2={plot.y1}
              />
            ))}
          </g>
          {layout.thresholds.map((t) =>
            t.orientation === 'horizontal' ? (
              <g key={t.share} className="kamkit-abc__threshold">
                <line
                  className="kamkit-cutoff"
                  x1={plot.x0}
                  x2={plot.x1}
                  y1={round(t.position)}
                  y2={round(t.position)}
                />
                <text className="kamkit-annotation" x={plot.x1 + 6} y={round(t.labelPosition)} dy="0.32em">
                  {t.label}
                </text>
              </g>
            ) : (
              <g key={t.share} className="kamkit-abc__threshold">
                <line
                  className="kamkit-cutoff"
                  x1={round(t.position)}
                  x2={round(t.position)}
                  y1={plot.y0}
                  y2={plot.y1}
                />
                <text className="kamkit-annotation" x={round(t.labelPosition) + 4} y={plot.y1 - 6}>
                  {t.label}
                </text>
              </g>
            ),
          )}
          <CumulativeCurve className="kamkit-abc__curve" line={layout.linePath} />
          {layout.dots.map((dot) => (
            <circle
              key={dot.rank}
              className="kamkit-abc__dot"
              data-tier={dot.tier}
              cx={round(dot.x)}
              cy={round(dot.y)}
              r={3}
            />
          ))}
          <g className="kamkit-abc__band-labels">
            {layout.bands.map((band) =>
              band.label ? (
                <text
                  key={band.rankStart}
                  className="kamkit-band-label"
                  data-tier={band.tier}
                  x={round((band.x0 + band.x1) / 2)}
                  y={plot.y0 - 9}
                  textAnchor="middle"
                >
                  {band.label}
                </text>
              ) : null,
            )}
          </g>
        </>
      )}
      <Axis
        orientation="left"
        ticks={layout.yTicks}
        offset={plot.x0}
        range={[plot.y0, plot.y1]}
        label={layout.yAxisLabel}
        labelOffset={46}
      />
      <Axis
        orientation="bottom"
        ticks={layout.xTicks}
        offset={plot.y1}
        range={[plot.x0, plot.x1]}
        label={n > 0 ? layout.xAxisLabel : undefined}
      />
      {children?.(layout)}
    </ChartFrame>
  );
}

/**
 * ABC chart: the cumulative share of value over the share of accounts (largest first), the area under the
 * curve split into the A, B and C tiers (colours `--kamkit-tier-a`, `-b`, `-c`; every tier mark carries
 * `data-tier`), the thresholds as dashed lines and a per-tier summary above the plot. Its `<desc>` states the
 * finding ("A: 29 accounts (20%) make 80% of revenue; B: …"). All of core's `abc` options pass through —
 * `thresholds`, `basis`, `boundary`, `ties`, `method` (incl. `'computed'`). The curve is downsampled to the
 * plot's pixel width and the explorer visits columns of adjacent accounts when they outnumber pixels, so the
 * DOM stays small for 100,000 accounts; the data table then lists the tiers.
 *
 * @example
 * <AbcChart data={accounts} value="revenue" label="name" locale="de-DE" currency="EUR" />
 */
export const AbcChart = /* @__PURE__ */ forwardRef(AbcChartInner) as <T>(
  props: AbcChartProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
