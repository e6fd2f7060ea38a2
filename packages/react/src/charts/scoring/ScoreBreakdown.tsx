'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartProps } from '../../contract/useChartShell';
import { useChartShell } from '../../contract/useChartShell';
import { ChartFrame } from '../../primitives/ChartFrame';
import { breakdownSheet } from '../../theme/sheets/breakdown';
import { BreakdownBody } from './BreakdownBody';
import type { ScoreBreakdownLayoutOptions } from './breakdownOptions';
import { BREAKDOWN_OPTIONS } from './breakdownOptions';
import type { ScoreBreakdownLayout } from './breakdownTypes';
import { useScoreBreakdownLayout } from './useScoreBreakdownLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [breakdownSheet];

/** Props of {@link ScoreBreakdown}: the shared chart props, events, and the layout options. */
export interface ScoreBreakdownProps<T> extends ChartProps<T, ScoreBreakdownLayoutOptions<T>> {
  /** Draw extra SVG on top of the chart, with the computed layout (columns, lines, scale). */
  children?: (layout: ScoreBreakdownLayout<T>) => ReactNode;
}

// The chart is as tall as its rows: height 1 stands only until the layout gives the frame its height.
const SPEC = { kind: 'score-breakdown', options: BREAKDOWN_OPTIONS, height: 1, styles: STYLES };

function ScoreBreakdownInner<T>(props: ScoreBreakdownProps<T>, ref: Ref<HTMLDivElement>) {
  const shell = useChartShell(props, ref, SPEC);
  const result = useScoreBreakdownLayout<T>(shell.options as ScoreBreakdownLayoutOptions<T>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  const selected = shell.selectedId;
  const { row, words } = layout;
  const incomplete = layout.lines.some((line) => line.incomplete);
  return (
    <ChartFrame
      {...shell.framed(layout)}
      height={layout.height}
      header={
        row ? (
          <p className="kamkit-headline">
            <span className="kamkit-headline__figure">{layout.headline.score}</span> {layout.headline.of}
            <span className="kamkit-headline__detail">{layout.headline.detail}</span>
          </p>
        ) : undefined
      }
      legend={
        row
          ? [
              { label: words.growth, color: 'var(--kamkit-growth-color)' },
              { label: words.harmony, color: 'var(--kamkit-harmony-color)' },
              ...(incomplete
                ? [{ label: words.missing, color: 'currentColor', shape: 'dash' as const }]
                : []),
            ]
          : undefined
      }
      points={layout.points}
      explorerMode="xy"
      tableSpec={layout.table}
      data-incomplete={row?.incomplete ? 'true' : undefined}
    >
      <BreakdownBody layout={layout} selected={selected} />
      {shell.children?.(layout)}
    </ChartFrame>
  );
}

/**
 * Score breakdown of one account: per axis (growth potential, harmony) its criteria as a waterfall of weighted
 * contributions (weight share × 0–100 score; the bars of an axis end at the axis score), with each criterion's
 * weight, raw value and points, then the total score. Criteria whose value is missing are flagged
 * (`data-incomplete="true"`, "not scored") and the renormalisation is stated; clamped values carry a `*`.
 * Rows carry `data-kind`, `data-axis` and `data-criterion`; each is an item for `onSelect` (the total line is the
 * account itself, an axis or criterion line a `cell` of it). Pass all accounts as `data` (normalisation and rank
 * compare them) and the `account` id (default: the highest total score). Words in German with `locale="de-*"`.
 *
 * @example
 * <ScoreBreakdown data={accounts} criteria={criteria} account="acc-001" label="name" />
 */
export const ScoreBreakdown = /* @__PURE__ */ forwardRef(ScoreBreakdownInner) as <T>(
  props: ScoreBreakdownProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
