'use client';

import type { AbcTier } from '@kamkit/core';
import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { SeriesToggleProps } from '../../contract/types';
import type { ChartProps } from '../../contract/useChartShell';
import { useChartShell } from '../../contract/useChartShell';
import { Axis, GridRows } from '../../primitives/Axis';
import { ChartFrame } from '../../primitives/ChartFrame';
import { CumulativeCurve } from '../../primitives/CumulativeCurve';
import { EmptyMessage } from '../../primitives/EmptyMessage';
import { round } from '../../primitives/text';
import { abcSheet } from '../../theme/sheets/abc';
import { curveSheet } from '../../theme/sheets/curve';
import { legendToggleSheet } from '../../theme/sheets/legendToggle';
import type { AbcLayoutOptions } from './options';
import { ABC_HEIGHT, ABC_OPTIONS } from './options';
import type { AbcLayout, AbcTierSummaryItem } from './types';
import { useAbcLayout } from './useAbcLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [curveSheet, abcSheet, legendToggleSheet];

/** The legend colour of each tier (the same variables as the bands). */
const TIER_COLOR: Record<AbcTier, string> = {
  A: 'var(--kamkit-tier-a-color)',
  B: 'var(--kamkit-tier-b-color)',
  C: 'var(--kamkit-tier-c-color)',
};

/** Props of {@link AbcChart}: the shared chart props, events, tier toggles and the layout options. */
export interface AbcChartProps<T> extends ChartProps<T, AbcLayoutOptions<T>>, SeriesToggleProps {
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

const SPEC = { kind: 'abc', options: ABC_OPTIONS, height: ABC_HEIGHT, styles: STYLES };

function AbcChartInner<T>(props: AbcChartProps<T>, ref: Ref<HTMLDivElement>) {
  const { summary = true, ...chartProps } = props;
  const shell = useChartShell(chartProps, ref, SPEC);
  const result = useAbcLayout<T>(shell.options as AbcLayoutOptions<T>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  const { plot } = layout;
  const n = layout.result.rows.length;
  return (
    <ChartFrame
      {...shell.framed(layout)}
      header={
        summary && n > 0 ? <TierSummary items={layout.tierSummary} label={layout.summaryLabel} /> : undefined
      }
      legend={
        n > 0
          ? layout.legend
              .filter((entry) => layout.result.summary[entry.tier].count > 0)
              .map((entry) => ({ id: entry.tier, label: entry.label, color: TIER_COLOR[entry.tier] }))
          : undefined
      }
      points={layout.points}
      explorerMode="x"
      tableSpec={layout.table}
      data-binned={layout.binned ? 'true' : undefined}
      data-method={layout.result.method}
    >
      <GridRows ticks={layout.yTicks} x0={plot.x0} x1={plot.x1} />
      {n === 0 ? (
        <EmptyMessage plot={plot}>{layout.finding}</EmptyMessage>
      ) : (
        <AbcMarks layout={layout} selectedId={shell.selectedId} isHidden={shell.isHidden} />
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
      {shell.children?.(layout)}
    </ChartFrame>
  );
}

/**
 * The tier bands (hidden tiers left out), dividers, thresholds, the curve, the dots and the band labels; the
 * selected account's dot, or a ring at the selected column's point, carries `data-selected`.
 */
function AbcMarks<T>({
  layout,
  selectedId,
  isHidden,
}: {
  layout: AbcLayout<T>;
  selectedId: string | number | null;
  isHidden: (id: string | number) => boolean;
}) {
  const { plot } = layout;
  const bands = layout.bands.filter((band) => !isHidden(band.tier));
  const selected =
    selectedId === null || layout.dots.some((dot) => Object.is(dot.id, selectedId))
      ? undefined
      : layout.points.find((p) => p.item && Object.is(p.item.id, selectedId));
  return (
    <>
      <g className="kamkit-abc__bands">
        {bands.map((band) => (
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
      {layout.dots
        .filter((dot) => !isHidden(dot.tier))
        .map((dot) => (
          <circle
            key={dot.rank}
            className="kamkit-abc__dot"
            data-tier={dot.tier}
            data-selected={selectedId !== null && Object.is(dot.id, selectedId) ? 'true' : undefined}
            cx={round(dot.x)}
            cy={round(dot.y)}
            r={3}
          />
        ))}
      <g className="kamkit-abc__band-labels">
        {bands.map((band) =>
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
      {selected ? (
        <circle
          className="kamkit-abc__selected"
          data-selected="true"
          cx={round(selected.x)}
          cy={round(selected.y)}
          r={5}
        />
      ) : null}
    </>
  );
}

/**
 * ABC chart: the cumulative share of value over the share of accounts (largest first), the area under the
 * curve split into the A, B and C tiers (colours `--kamkit-tier-a`, `-b`, `-c`; every tier mark carries
 * `data-tier`), the thresholds as dashed lines and a per-tier summary above the plot. Its `<desc>` states the
 * finding ("A: 29 accounts (20%) make 80% of revenue; B: …"). All of core's `abc` options pass through —
 * `thresholds`, `basis`, `boundary`, `ties`, `method` (incl. `'computed'`). The curve is downsampled to the
 * plot's pixel width and the explorer visits columns of adjacent accounts when they outnumber pixels, so the
 * DOM stays small for 100,000 accounts (`kind: 'bin'` items); the data table then lists the tiers. The legend
 * toggles the tiers' bands (`hiddenSeries` with ids `'A'`, `'B'`, `'C'`). German with `locale="de-DE"`. Fills
 * its container's width.
 *
 * @example
 * <AbcChart data={accounts} value="revenue" label="name" locale="de-DE" currency="EUR"
 *   onSelect={(item) => item?.kind === 'account' && navigate(`/accounts/${item.id}`)} />
 */
export const AbcChart = /* @__PURE__ */ forwardRef(AbcChartInner) as <T>(
  props: AbcChartProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
