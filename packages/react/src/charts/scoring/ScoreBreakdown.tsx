import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { round } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import { breakdownSheet } from '../../theme/sheets/breakdown';
import type { ScoreBreakdownLayout, ScoreBreakdownLayoutOptions } from './useScoreBreakdownLayout';
import { useScoreBreakdownLayout } from './useScoreBreakdownLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [breakdownSheet];

/** Props of {@link ScoreBreakdown}. */
export interface ScoreBreakdownProps<T>
  extends ChartBaseProps,
    Omit<ScoreBreakdownLayoutOptions<T>, 'width' | 'height' | 'margin'> {
  /** Height in pixels. Default: what the rows need. */
  height?: number;
  /** Margins around the rows, in pixels (merged over the defaults). */
  margin?: Partial<Margin>;
  /** Draw extra SVG on top of the chart, with the computed layout (columns, lines, scale). */
  children?: (layout: ScoreBreakdownLayout<T>) => ReactNode;
}

function ScoreBreakdownInner<T>(props: ScoreBreakdownProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    data,
    criteria,
    axisWeights,
    normalize,
    quadrants,
    id,
    label,
    account,
    growthLabel,
    harmonyLabel,
    locale,
    currency,
    formatValue,
    width = 640,
    height,
    margin,
    title,
    description,
    children,
    ...rest
  } = props;
  const layout = useScoreBreakdownLayout({
    data,
    criteria,
    axisWeights,
    normalize,
    quadrants,
    id,
    label,
    account,
    growthLabel,
    harmonyLabel,
    locale,
    currency,
    formatValue,
    width,
    height,
    margin,
  });
  const { columns, lines, row, top, x, headingY } = layout;
  const bottom =
    lines.length > 0 ? (lines[lines.length - 1]?.y ?? top) + (lines[lines.length - 1]?.height ?? 0) : top;
  const incomplete = lines.some((line) => line.incomplete);
  return (
    <ChartFrame
      styles={STYLES}
      {...rest}
      rootRef={ref}
      kind="score-breakdown"
      width={width}
      height={layout.height}
      title={title ?? (row ? `Score breakdown of ${layout.name}` : 'Score breakdown')}
      description={description ?? layout.description}
      header={
        row ? (
          <p className="kamkit-headline">
            <span className="kamkit-headline__figure">{layout.headline.score}</span> of 100 · {layout.name}
            <span className="kamkit-headline__detail">{layout.headline.detail}</span>
          </p>
        ) : undefined
      }
      legend={
        row
          ? [
              { label: growthLabel ?? 'Growth potential', color: 'var(--kamkit-growth-color)' },
              { label: harmonyLabel ?? 'Harmony', color: 'var(--kamkit-harmony-color)' },
              ...(incomplete
                ? [{ label: 'Missing: not scored', color: 'currentColor', shape: 'dash' as const }]
                : []),
            ]
          : undefined
      }
      points={layout.points}
      explorerMode="xy"
      explorerLabel={`${title ?? 'Score breakdown'}: use the arrow keys to move between the criteria`}
      tableSpec={layout.table}
      data-incomplete={row?.incomplete ? 'true' : undefined}
    >
      {row ? (
        <>
          <g className="kamkit-column-titles">
            <text className="kamkit-column-title" x={columns.label} y={headingY}>
              Criterion
            </text>
            <text className="kamkit-column-title" x={columns.weight} y={headingY} textAnchor="end">
              Weight
            </text>
            <text className="kamkit-column-title" x={columns.rating} y={headingY} textAnchor="end">
              Value
            </text>
            {layout.ticks.map((tick) => (
              <text
                // Narrow: the scale has a row of its own below the headings, set as plain figures, not headings.
                className={layout.narrow ? 'kamkit-breakdown__cell' : 'kamkit-column-title'}
                key={tick.label}
                x={round(tick.position)}
                y={layout.tickY}
                textAnchor="middle"
              >
                {tick.label}
              </text>
            ))}
            <text className="kamkit-column-title" x={columns.value} y={headingY} textAnchor="end">
              Points
            </text>
          </g>
          <g className="kamkit-grid">
            {layout.narrow
              ? // Narrow: the grid runs through the bars only, never through the names and figures above them.
                lines.flatMap((line) =>
                  layout.ticks.map((tick) => (
                    <line
                      key={`${line.key}-${tick.label}`}
                      x1={Math.round(tick.position) + 0.5}
                      x2={Math.round(tick.position) + 0.5}
                      y1={round(line.barY - line.barHeight / 2 - 3)}
                      y2={round(line.barY + line.barHeight / 2 + 3)}
                    />
                  )),
                )
              : layout.ticks.map((tick) => (
                  <line
                    key={tick.label}
                    x1={Math.round(tick.position) + 0.5}
                    x2={Math.round(tick.position) + 0.5}
                    y1={top - 4}
                    y2={round(bottom)}
                  />
                ))}
          </g>
          <g className="kamkit-breakdown__rows">
            {lines.map((line) => {
              const mid = line.textY;
              const { barY, barHeight } = line;
              return (
                <g
                  key={line.key}
                  className={`kamkit-breakdown__row kamkit-breakdown__row--${line.kind}`}
                  data-kind={line.kind}
                  data-axis={line.axis}
                  data-criterion={line.kind === 'criterion' ? line.key : undefined}
                  data-incomplete={line.incomplete ? 'true' : undefined}
                  data-clamped={line.clamped ? 'true' : undefined}
                >
                  {line.kind !== 'criterion' ? (
                    <line
                      className="kamkit-breakdown__rule"
                      x1={columns.label}
                      x2={columns.value}
                      y1={round(line.y) + 0.5}
                      y2={round(line.y) + 0.5}
                    />
                  ) : null}
                  <text
                    className="kamkit-breakdown__name"
                    x={line.kind === 'criterion' ? columns.label + 12 : columns.label}
                    y={round(mid)}
                    dy="0.32em"
                  >
                    {line.text}
                  </text>
                  <text
                    className="kamkit-breakdown__cell"
                    x={columns.weight}
                    y={round(mid)}
                    dy="0.32em"
                    textAnchor="end"
                  >
                    {line.weightText}
                  </text>
                  <text
                    className="kamkit-breakdown__cell"
                    x={columns.rating}
                    y={round(mid)}
                    dy="0.32em"
                    textAnchor="end"
                  >
                    {line.clamped ? `${line.ratingText}*` : line.ratingText}
                  </text>
                  {line.incomplete ? (
                    <>
                      <rect
                        className="kamkit-breakdown__missing"
                        x={round(line.x0)}
                        y={round(barY - barHeight / 2)}
                        width={round(Math.max(24, (x(100) - x(0)) * 0.12))}
                        height={barHeight}
                      />
                      <text
                        className="kamkit-breakdown__cell kamkit-breakdown__note"
                        x={round(line.x0 + Math.max(24, (x(100) - x(0)) * 0.12) + 6)}
                        y={round(barY)}
                        dy="0.32em"
                      >
                        not scored
                      </text>
                    </>
                  ) : (
                    <rect
                      className="kamkit-breakdown__bar"
                      data-axis={line.axis}
                      x={round(line.x0)}
                      y={round(barY - barHeight / 2)}
                      width={round(Math.max(line.value > 0 ? 1 : 0, line.x1 - line.x0))}
                      height={barHeight}
                    />
                  )}
                  <text
                    className="kamkit-breakdown__value"
                    x={columns.value}
                    y={round(mid)}
                    dy="0.32em"
                    textAnchor="end"
                  >
                    {line.valueText}
                  </text>
                </g>
              );
            })}
          </g>
        </>
      ) : (
        <text className="kamkit-empty" x={width / 2} y={layout.height / 2} textAnchor="middle">
          {layout.finding}
        </text>
      )}
      {children?.(layout)}
    </ChartFrame>
  );
}

/**
 * Score breakdown of one account: per axis (growth potential, harmony) its criteria as a waterfall of weighted
 * contributions (weight share × 0–100 score; the bars of an axis end at the axis score), with each criterion's
 * weight, raw value and points, then the total score. Criteria whose value is missing are flagged
 * (`data-incomplete="true"`, "not scored") and the renormalisation is stated; clamped values carry a `*`.
 * Rows carry `data-kind`, `data-axis` and `data-criterion`. Pass all accounts as `data` (normalisation and
 * rank compare them) and the `account` id (default: the highest total score).
 *
 * @example
 * <ScoreBreakdown data={accounts} criteria={criteria} account="acc-001" label="name" />
 */
export const ScoreBreakdown = /* @__PURE__ */ forwardRef(ScoreBreakdownInner) as <T>(
  props: ScoreBreakdownProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
