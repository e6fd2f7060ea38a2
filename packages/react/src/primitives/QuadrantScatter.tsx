import type { ReactNode } from 'react';
import type { Formatters } from '../format/createFormat';
import { quadrantSheet } from '../theme/sheets/quadrant';
import { Axis } from './Axis';
import type { BubbleMark } from './Bubbles';
import { Bubbles } from './Bubbles';
import type { ChartFrameProps } from './ChartFrame';
import { ChartFrame } from './ChartFrame';
import { EmptyMessage } from './EmptyMessage';
import { QuadrantGrid, QuadrantLabels } from './QuadrantGrid';
import type { QuadrantCell } from './quadrants';
import type { PlacedLabel } from './scatter';
import { round } from './text';
import type { Tick } from './ticks';
import type { ExplorerPoint, TableSpec } from './types';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [quadrantSheet];

/** What {@link QuadrantScatter} draws: the parts of a quadrant chart's layout it needs. */
export interface QuadrantScatterLayout {
  format: Formatters;
  plot: { x0: number; x1: number; y0: number; y1: number };
  splitX: number;
  splitY: number;
  cells: readonly QuadrantCell[];
  marks: readonly BubbleMark[];
  drawOrder: readonly number[];
  labels: readonly PlacedLabel[];
  sized: boolean;
  xTicks: readonly Tick[];
  yTicks: readonly Tick[];
  xAxisLabel: string;
  yAxisLabel: string;
  finding: string;
  description: string;
  sizeNote: string;
  /** The legend: each quadrant with its count ("Key (12)"), by position. */
  legend: readonly { label: string; position: string }[];
  points: readonly ExplorerPoint[];
  table: TableSpec;
}

/** Props of {@link QuadrantScatter}. */
export interface QuadrantScatterProps
  extends Omit<
    ChartFrameProps,
    'description' | 'children' | 'legend' | 'footer' | 'points' | 'explorerMode' | 'tableSpec'
  > {
  layout: QuadrantScatterLayout;
  /** Accounts placed on the matrix; with none, the finding is drawn instead of bubbles and quadrant labels. */
  count: number;
  /** Replaces the layout's description. */
  description?: string;
  /** Distance of the y axis title from the axis. */
  yLabelOffset: number;
  /** Texts drawn along the split lines (e.g. "median 23,350"), when the chart names its splits. */
  splitLabels?: { x: string; y: string };
  /** The selected account's id (its bubble is drawn as selected). */
  selectedId?: string | number | null;
  /** Extra SVG drawn on top (a chart's `children` render prop, already called). */
  children?: ReactNode;
}

/**
 * The body of a 2 × 2 bubble matrix, shared by the scoring matrix and the profit matrix: the frame (legend of
 * quadrant counts, size note, explorer in reading order, data table), the quadrant grid, the bubbles and their
 * labels (or the finding when nothing is placed), the quadrant labels, optional split labels and both axes.
 */
export function QuadrantScatter(props: QuadrantScatterProps) {
  const { layout, count, description, yLabelOffset, splitLabels, selectedId, children, ...frame } = props;
  const { plot } = layout;
  return (
    <ChartFrame
      styles={STYLES}
      {...frame}
      description={description ?? layout.description}
      legend={
        count > 0
          ? layout.legend.map((entry) => ({
              label: entry.label,
              color: `var(--kamkit-quadrant-${entry.position}-color)`,
            }))
          : undefined
      }
      footer={layout.sizeNote ? <p className="kamkit-chart__note">{layout.sizeNote}</p> : undefined}
      points={layout.points}
      explorerMode="xy"
      tableSpec={layout.table}
      data-sized={layout.sized ? 'true' : undefined}
      data-dense={count > 1000 ? 'true' : undefined}
    >
      <QuadrantGrid cells={layout.cells} splitX={layout.splitX} splitY={layout.splitY} plot={plot} />
      {count === 0 ? (
        <EmptyMessage plot={plot} dy={-18}>
          {layout.finding}
        </EmptyMessage>
      ) : (
        <>
          <Bubbles
            marks={layout.marks}
            drawOrder={layout.drawOrder}
            labels={layout.labels}
            selectedId={selectedId}
          />
          <QuadrantLabels cells={layout.cells} />
          {splitLabels ? (
            <>
              <text className="kamkit-split__label" x={round(layout.splitX + 6)} y={plot.y0 + 13}>
                {splitLabels.x}
              </text>
              <text
                className="kamkit-split__label"
                x={plot.x1 - 6}
                y={round(layout.splitY - 5)}
                textAnchor="end"
              >
                {splitLabels.y}
              </text>
            </>
          ) : null}
        </>
      )}
      <Axis
        orientation="left"
        ticks={layout.yTicks}
        offset={plot.x0}
        range={[plot.y0, plot.y1]}
        label={layout.yAxisLabel}
        labelOffset={yLabelOffset}
      />
      <Axis
        orientation="bottom"
        ticks={layout.xTicks}
        offset={plot.y1}
        range={[plot.x0, plot.x1]}
        label={layout.xAxisLabel}
        labelOffset={36}
      />
      {children}
    </ChartFrame>
  );
}
