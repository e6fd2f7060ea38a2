import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import { Axis } from '../../primitives/Axis';
import { Bubbles } from '../../primitives/Bubbles';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { QuadrantGrid, QuadrantLabels } from '../../primitives/QuadrantGrid';
import type { Margin } from '../../primitives/types';
import type { ScoringLayout, ScoringLayoutOptions } from './useScoringLayout';
import { useScoringLayout } from './useScoringLayout';

/** Props of {@link ScoringMatrix}. */
export interface ScoringMatrixProps<T>
  extends ChartBaseProps,
    Omit<ScoringLayoutOptions<T>, 'width' | 'height' | 'margin'> {
  /** Margins around the plot, in pixels (merged over the defaults). */
  margin?: Partial<Margin>;
  /** Draw extra SVG on top of the chart, with the computed layout (scales, quadrants, bubbles). */
  children?: (layout: ScoringLayout<T>) => ReactNode;
}

function ScoringMatrixInner<T>(props: ScoringMatrixProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    data,
    criteria,
    axisWeights,
    normalize,
    quadrants,
    id,
    label,
    size,
    sizeLabel,
    labelCount,
    maxRadius,
    growthLabel,
    harmonyLabel,
    unitLabel,
    unitLabelSingular,
    maxTableRows,
    locale,
    currency,
    formatValue,
    width = 640,
    height = 480,
    margin,
    title,
    description,
    children,
    ...rest
  } = props;
  const layout = useScoringLayout({
    data,
    criteria,
    axisWeights,
    normalize,
    quadrants,
    id,
    label,
    size,
    sizeLabel,
    labelCount,
    maxRadius,
    growthLabel,
    harmonyLabel,
    unitLabel,
    unitLabelSingular,
    maxTableRows,
    locale,
    currency,
    formatValue,
    width,
    height,
    margin,
  });
  const { plot, format, result } = layout;
  const n = result.rows.length;
  return (
    <ChartFrame
      {...rest}
      rootRef={ref}
      kind="scoring-matrix"
      width={width}
      height={height}
      title={
        title ?? `Scoring matrix: ${layout.yAxisLabel.toLowerCase()} and ${layout.xAxisLabel.toLowerCase()}`
      }
      description={description ?? layout.description}
      legend={
        n > 0
          ? layout.cells.map((cell) => ({
              label: `${cell.label} (${format.integer(cell.count)})`,
              color: `var(--kamkit-quadrant-${cell.position}-color)`,
            }))
          : undefined
      }
      footer={layout.sizeNote ? <p className="kamkit-chart__note">{layout.sizeNote}</p> : undefined}
      points={layout.points}
      explorerMode="xy"
      explorerLabel={`${title ?? 'Scoring matrix'}: use the arrow keys to move between ${unitLabel ?? 'accounts'}, left to right`}
      tableSpec={layout.table}
      data-sized={layout.sized ? 'true' : undefined}
      data-dense={n > 1000 ? 'true' : undefined}
    >
      <QuadrantGrid cells={layout.cells} splitX={layout.splitX} splitY={layout.splitY} plot={plot} />
      {n === 0 ? (
        <text
          className="kamkit-empty"
          x={(plot.x0 + plot.x1) / 2}
          y={(plot.y0 + plot.y1) / 2 - 18}
          textAnchor="middle"
        >
          {layout.finding}
        </text>
      ) : (
        <Bubbles marks={layout.marks} drawOrder={layout.drawOrder} labels={layout.labels} />
      )}
      {n > 0 ? <QuadrantLabels cells={layout.cells} /> : null}
      <Axis
        orientation="left"
        ticks={layout.yTicks}
        offset={plot.x0}
        range={[plot.y0, plot.y1]}
        label={layout.yAxisLabel}
        labelOffset={40}
      />
      <Axis
        orientation="bottom"
        ticks={layout.xTicks}
        offset={plot.y1}
        range={[plot.x0, plot.x1]}
        label={layout.xAxisLabel}
        labelOffset={36}
      />
      {children?.(layout)}
    </ChartFrame>
  );
}

/**
 * Scoring matrix (growth potential × harmony): each account is a bubble placed by its growth score (up) and
 * harmony score (right), both 0–100 from weighted criteria (core's `score`), with its AREA showing `size`
 * (e.g. revenue). The four quadrants (McDonald & Rogers: Key, Key development, Maintenance, Opportunistic, or
 * your labels) are tinted and named; the split lines sit at 50 or the given split. The largest bubbles are
 * labelled without overlap; every account is reachable by keyboard and pointer. Marks carry `data-quadrant`.
 * Its `<desc>` states the finding ("47 of 150 accounts are in the Key quadrant; …"). Beyond 500 accounts the
 * data table summarises the quadrants.
 *
 * @example
 * <ScoringMatrix
 *   data={accounts}
 *   criteria={[
 *     { key: 'revenuePotential', axis: 'growth', weight: 3, value: 'revenuePotential' },
 *     { key: 'strategicFit', axis: 'harmony', weight: 2, value: 'strategicFit' },
 *   ]}
 *   size="revenue"
 *   label="name"
 *   locale="de-DE"
 *   currency="EUR"
 * />
 */
export const ScoringMatrix = forwardRef(ScoringMatrixInner) as <T>(
  props: ScoringMatrixProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
