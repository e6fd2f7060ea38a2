'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import { splitProps } from '../../contract/options';
import type { ChartEventProps } from '../../contract/types';
import { useChart } from '../../contract/useChart';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { round } from '../../primitives/text';
import { breakdownSheet } from '../../theme/sheets/breakdown';
import type { ScoreBreakdownLayoutOptions } from './breakdownOptions';
import { BREAKDOWN_OPTIONS } from './breakdownOptions';
import type { ScoreBreakdownLayout } from './breakdownTypes';
import { useScoreBreakdownLayout } from './useScoreBreakdownLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [breakdownSheet];

/** Props of {@link ScoreBreakdown}: the shared chart props, events, and the layout options. */
export interface ScoreBreakdownProps<T>
  extends Omit<ChartBaseProps, 'width' | 'height'>,
    ChartEventProps<T>,
    Omit<ScoreBreakdownLayoutOptions<T>, 'width'> {
  /** Width in pixels. Default: the container's width (640 on the server). */
  width?: number;
  /** Draw extra SVG on top of the chart, with the computed layout (columns, lines, scale). */
  children?: (layout: ScoreBreakdownLayout<T>) => ReactNode;
}

function ScoreBreakdownInner<T>(props: ScoreBreakdownProps<T>, ref: Ref<HTMLDivElement>) {
  const [options, rest] = splitProps(props, BREAKDOWN_OPTIONS);
  const { title, description, children, ...others } = rest;
  const chart = useChart<T>(others, {
    kind: 'score-breakdown',
    ref,
    width: options.width,
    // The chart is as tall as its rows; the frame takes the layout's height.
    height: typeof options.height === 'number' ? options.height : 1,
    locale: options.locale,
    messages: options.messages,
  });
  const result = useScoreBreakdownLayout<T>({
    ...options,
    width: chart.width,
  } as ScoreBreakdownLayoutOptions<T>);
  if (!result.ok) {
    return (
      <ChartFrame
        {...chart.frame}
        styles={STYLES}
        title={title ?? ''}
        description={description ?? ''}
        error={result.error}
      />
    );
  }
  const layout = result.value;
  const selected = chart.selectedId;
  const { columns, lines, row, top, x, headingY, words } = layout;
  const bottom =
    lines.length > 0 ? (lines[lines.length - 1]?.y ?? top) + (lines[lines.length - 1]?.height ?? 0) : top;
  const incomplete = lines.some((line) => line.incomplete);
  return (
    <ChartFrame
      {...chart.frame}
      styles={STYLES}
      height={layout.height}
      title={title ?? layout.title}
      description={description ?? layout.description}
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
      {row ? (
        <>
          <g className="kamkit-column-titles">
            <text className="kamkit-column-title" x={columns.label} y={headingY}>
              {words.criterion}
            </text>
            <text className="kamkit-column-title" x={columns.weight} y={headingY} textAnchor="end">
              {words.weight}
            </text>
            <text className="kamkit-column-title" x={columns.rating} y={headingY} textAnchor="end">
              {words.value}
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
              {words.points}
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
                  data-selected={selected !== null && Object.is(line.item.id, selected) ? 'true' : undefined}
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
                        {words.notScored}
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
        <text className="kamkit-empty" x={layout.width / 2} y={layout.height / 2} textAnchor="middle">
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
