import type { AbcState, PeriodKey } from '@kamkit/core';
import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { EmptyMessage } from '../../primitives/EmptyMessage';
import type { LegendItem } from '../../primitives/Legend';
import { MatrixCell } from '../../primitives/MatrixCell';
import { sharePercent } from '../../primitives/share';
import { round } from '../../primitives/text';
import { truncate } from '../../primitives/ticks';
import type { Margin } from '../../primitives/types';
import { abcSheet } from '../../theme/sheets/abc';
import type { AbcMigrationLayout, AbcMigrationLayoutOptions } from './useAbcMigrationLayout';
import { useAbcMigrationLayout } from './useAbcMigrationLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [abcSheet];

/** Props of {@link AbcMigrationChart}. */
export interface AbcMigrationChartProps<T, P extends PeriodKey>
  extends ChartBaseProps,
    Omit<AbcMigrationLayoutOptions<T, P>, 'width' | 'height' | 'margin'> {
  /** Margins around the plot, in pixels (merged over the defaults). */
  margin?: Partial<Margin>;
  /** Draw extra SVG on top of the chart, with the computed layout (cells or nodes and bands). */
  children?: (layout: AbcMigrationLayout<T, P>) => ReactNode;
}

const TIER_STATES = /* @__PURE__ */ new Set<AbcState>(['A', 'B', 'C']);

function AbcMigrationChartInner<T, P extends PeriodKey>(
  props: AbcMigrationChartProps<T, P>,
  ref: Ref<HTMLDivElement>,
) {
  const {
    data,
    periods,
    value,
    id,
    label,
    thresholds,
    basis,
    boundary,
    ties,
    method,
    from,
    to,
    view,
    stateLabels,
    valueLabel,
    unitLabel,
    unitLabelSingular,
    locale,
    currency,
    formatValue,
    width = 640,
    height = 420,
    margin,
    title,
    description,
    children,
    ...rest
  } = props;
  const layout = useAbcMigrationLayout({
    data,
    periods,
    value,
    id,
    label,
    thresholds,
    basis,
    boundary,
    ties,
    method,
    from,
    to,
    view,
    stateLabels,
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
  const { plot, format, cells, nodes, links, stateLabel } = layout;
  const isFlow = layout.view === 'flow';
  const drawn = isFlow ? nodes.length > 0 : cells.length > 0;
  const hasOther = isFlow
    ? links.some((l) => l.direction === 'other')
    : cells.some((c) => c.direction === 'other' && c.count > 0);
  const legend: LegendItem[] | undefined = drawn
    ? [
        { label: 'Kept the tier', color: isFlow ? 'var(--kamkit-neutral-color)' : 'var(--_accent)' },
        { label: 'Moved up or gained a tier', color: 'var(--kamkit-positive-color)' },
        { label: 'Moved down or lost the tier', color: 'var(--kamkit-negative-color)' },
        ...(hasOther && !isFlow
          ? [{ label: 'No tier in either period', color: 'var(--kamkit-neutral-color)' }]
          : []),
      ]
    : undefined;
  const cellWidth = cells[0]?.width ?? 0;

  // Flow: node labels left of the first column, right of the others; labels closer than 12 px are left out.
  const nodeLabels: {
    key: string;
    x: number;
    y: number;
    anchor: 'start' | 'end';
    text: string;
    state: AbcState;
  }[] = [];
  if (isFlow) {
    const lastY = new Map<number, number>();
    for (const node of nodes) {
      const y = node.y + node.height / 2;
      const previous = lastY.get(node.column);
      if (previous !== undefined && y - previous < 12) continue;
      lastY.set(node.column, y);
      const first = node.column === 0;
      nodeLabels.push({
        key: `${node.column}|${node.state}`,
        x: first ? node.x - 6 : node.x + node.width + 6,
        y,
        anchor: first ? 'end' : 'start',
        text: `${truncate(stateLabel(node.state), 12)} · ${format.integer(node.count)}`,
        state: node.state,
      });
    }
  }

  return (
    <ChartFrame
      styles={STYLES}
      {...rest}
      rootRef={ref}
      kind="abc-migration"
      width={width}
      height={height}
      title={title ?? `Tier migration of ${unitLabel ?? 'accounts'}`}
      description={description ?? layout.description}
      legend={legend}
      points={layout.points}
      explorerMode="xy"
      tableSpec={layout.table}
      data-view={layout.view}
    >
      {!drawn ? (
        <EmptyMessage plot={plot}>{layout.finding}</EmptyMessage>
      ) : isFlow ? (
        <>
          <g className="kamkit-flow__headers">
            {layout.shownPeriods.map((p, c) => (
              <text
                key={String(p)}
                className="kamkit-matrix__header"
                x={round(layout.columnCenters[c] ?? 0)}
                y={plot.y0 - 12}
                textAnchor="middle"
              >
                {String(p)}
              </text>
            ))}
          </g>
          <g className="kamkit-flow__links">
            {links.map((link) => (
              <path
                key={`${String(link.fromPeriod)}|${link.from}|${link.to}`}
                className="kamkit-flow__link"
                data-direction={link.direction}
                data-from={link.from}
                data-to={link.to}
                d={link.path}
              />
            ))}
          </g>
          <g className="kamkit-flow__nodes">
            {nodes.map((node) => (
              <rect
                key={`${node.column}|${node.state}`}
                className="kamkit-flow__node"
                data-state={node.state}
                data-tier={TIER_STATES.has(node.state) ? node.state : undefined}
                x={round(node.x)}
                y={round(node.y)}
                width={round(node.width)}
                height={round(node.height)}
              />
            ))}
          </g>
          <g className="kamkit-flow__labels">
            {nodeLabels.map((l) => (
              <text
                key={l.key}
                className="kamkit-flow__label"
                x={round(l.x)}
                y={round(l.y)}
                dy="0.32em"
                textAnchor={l.anchor}
              >
                {l.text}
              </text>
            ))}
          </g>
        </>
      ) : (
        <>
          <text
            className="kamkit-axis__label"
            x={round((plot.x0 + plot.x1) / 2)}
            y={plot.y0 - 36}
            textAnchor="middle"
          >
            {`To ${String(layout.to)}`}
          </text>
          <text
            className="kamkit-axis__label"
            transform={`translate(${plot.x0 - layout.margin.left + 16},${round((plot.y0 + plot.y1) / 2)}) rotate(-90)`}
            textAnchor="middle"
          >
            {`From ${String(layout.from)}`}
          </text>
          <g className="kamkit-matrix__headers">
            {layout.states.map((s, j) => (
              <text
                key={`c-${s}`}
                className="kamkit-matrix__header"
                x={round(layout.columnCenters[j] ?? 0)}
                y={plot.y0 - 10}
                textAnchor="middle"
              >
                {truncate(stateLabel(s), Math.max(3, Math.floor(cellWidth / 7)))}
              </text>
            ))}
            {layout.states.map((s, i) => (
              <text
                key={`r-${s}`}
                className="kamkit-matrix__header"
                x={plot.x0 - 10}
                y={round(layout.rowCenters[i] ?? 0)}
                dy="0.32em"
                textAnchor="end"
              >
                {truncate(stateLabel(s), 14)}
              </text>
            ))}
          </g>
          <g className="kamkit-matrix__cells">
            {cells.map((cell) => (
              <MatrixCell
                key={`${cell.from}|${cell.to}`}
                className="kamkit-migration__cell"
                data-from={cell.from}
                data-to={cell.to}
                data-direction={cell.direction}
                data-empty={cell.count === 0 ? 'true' : undefined}
                x={cell.x}
                y={cell.y}
                width={cell.width}
                height={cell.height}
                level={cell.level}
                value={format.integer(cell.count)}
                lines={cell.count > 0 ? [sharePercent(format.percent, cell.rowShare)] : []}
              />
            ))}
          </g>
        </>
      )}
      {children?.(layout)}
    </ChartFrame>
  );
}

/**
 * Tier migration: how accounts moved between the ABC tiers from one period to another, as a from × to matrix of
 * counts (default; each cell also gives its share of the row) or, with `view="flow"`, as stacked states per
 * period joined by bands. States include "No revenue" (`none`) and "No record" (`absent`), so new and lost
 * accounts are visible. Moves are coloured by direction (`data-direction`: up, down, same, other), cells carry
 * `data-from`/`data-to`. Pick the periods with `from` and `to` (any two of `periods`; a period selector just
 * sets them). Its `<desc>` states the finding ("From 2023 to 2024, 123 of 135 accounts kept their tier, …").
 *
 * @example
 * <AbcMigrationChart data={accounts} periods={['2022', '2023', '2024']} value="revenue" label="name" from="2023" to="2024" />
 */
export const AbcMigrationChart = /* @__PURE__ */ forwardRef(AbcMigrationChartInner) as <
  T,
  P extends PeriodKey = PeriodKey,
>(
  props: AbcMigrationChartProps<T, P> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
