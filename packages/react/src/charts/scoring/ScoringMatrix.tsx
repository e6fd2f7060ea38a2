import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { QuadrantScatter } from '../../primitives/QuadrantScatter';
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
  return (
    <QuadrantScatter
      {...rest}
      rootRef={ref}
      kind="scoring-matrix"
      width={width}
      height={height}
      title={
        title ?? `Scoring matrix: ${layout.yAxisLabel.toLowerCase()} and ${layout.xAxisLabel.toLowerCase()}`
      }
      description={description}
      explorerLabel={`${title ?? 'Scoring matrix'}: use the arrow keys to move between ${unitLabel ?? 'accounts'}, left to right`}
      layout={layout}
      count={layout.result.rows.length}
      yLabelOffset={40}
    >
      {children?.(layout)}
    </QuadrantScatter>
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
export const ScoringMatrix = /* @__PURE__ */ forwardRef(ScoringMatrixInner) as <T>(
  props: ScoringMatrixProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
