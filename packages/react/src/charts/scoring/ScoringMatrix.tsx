'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartProps } from '../../contract/useChartShell';
import { useChartShell } from '../../contract/useChartShell';
import { ChartFrame } from '../../primitives/ChartFrame';
import { QuadrantScatter } from '../../primitives/QuadrantScatter';
import { quadrantSheet } from '../../theme/sheets/quadrant';
import type { ScoringLayoutOptions } from './matrixOptions';
import { SCORING_HEIGHT, SCORING_OPTIONS } from './matrixOptions';
import type { ScoringLayout } from './matrixTypes';
import { useScoringLayout } from './useScoringLayout';

/** Props of {@link ScoringMatrix}: the shared chart props, events, and the layout options. */
export interface ScoringMatrixProps<T> extends ChartProps<T, ScoringLayoutOptions<T>> {
  /** Draw extra SVG on top of the chart, with the computed layout (scales, quadrants, bubbles). */
  children?: (layout: ScoringLayout<T>) => ReactNode;
}

const STYLES = [quadrantSheet];

const SPEC = { kind: 'scoring-matrix', options: SCORING_OPTIONS, height: SCORING_HEIGHT, styles: STYLES };

function ScoringMatrixInner<T>(props: ScoringMatrixProps<T>, ref: Ref<HTMLDivElement>) {
  const shell = useChartShell(props, ref, SPEC);
  const result = useScoringLayout<T>(shell.options as ScoringLayoutOptions<T>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  return (
    <QuadrantScatter
      {...shell.framed(layout)}
      layout={layout}
      count={layout.result.rows.length}
      yLabelOffset={40}
      selectedId={shell.selectedId}
    >
      {shell.children?.(layout)}
    </QuadrantScatter>
  );
}

/**
 * Scoring matrix (growth potential × harmony): each account is a bubble placed by its growth score (up) and
 * harmony score (right), both 0–100 from weighted criteria (core's `score`), with its AREA showing `size`
 * (e.g. revenue). The four quadrants (McDonald & Rogers: Key, Key development, Maintenance, Opportunistic — in
 * German with `locale="de-DE"` — or your labels) are tinted and named; the split lines sit at 50 or the given
 * split. The largest bubbles are labelled without overlap. Each bubble is an `account` item for `onSelect`,
 * `onActiveChange` and `renderTooltip`; the arrow keys move left to right. Beyond `maxTableRows` (500) accounts
 * the data table summarises the quadrants. Pair it with {@link ScoringTable} for the per-criterion ratings.
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
 *   onSelect={(item) => item && openAccount(item.id)}
 * />
 */
export const ScoringMatrix = /* @__PURE__ */ forwardRef(ScoringMatrixInner) as <T>(
  props: ScoringMatrixProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
