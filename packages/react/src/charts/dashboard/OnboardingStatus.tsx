import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { round } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import { dashboardSheet } from '../../theme/sheets/dashboard';
import type { OnboardingLayout, OnboardingLayoutOptions } from './useOnboardingLayout';
import { useOnboardingLayout } from './useOnboardingLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [dashboardSheet];

/** Props of {@link OnboardingStatus}. */
export interface OnboardingStatusProps<T>
  extends ChartBaseProps,
    Omit<OnboardingLayoutOptions<T>, 'width' | 'height' | 'margin'> {
  /** Height in pixels. Default: 34 px a row plus the header. */
  height?: number;
  /** Margins around the bars, in pixels (merged over the defaults; the left margin holds the stage names). */
  margin?: Partial<Margin>;
  /** Draw extra SVG on top of the chart, with the computed layout (rows, scale). */
  children?: (layout: OnboardingLayout<T>) => ReactNode;
}

function OnboardingStatusInner<T>(props: OnboardingStatusProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    data,
    id,
    status,
    stages,
    label,
    satisfaction,
    satisfactionScale,
    unitLabel,
    unitLabelSingular,
    locale,
    currency,
    formatValue,
    width = 480,
    height,
    margin,
    title,
    description,
    children,
    ...rest
  } = props;
  const layout = useOnboardingLayout({
    data,
    id,
    status,
    stages,
    label,
    satisfaction,
    satisfactionScale,
    unitLabel,
    unitLabelSingular,
    locale,
    currency,
    formatValue,
    width,
    height,
    margin,
  });
  const { plot, result, satisfactionColumn: sat } = layout;
  const empty = result.total === 0;
  const chartTitle = title ?? 'Onboarding status';
  return (
    <ChartFrame
      styles={STYLES}
      {...rest}
      rootRef={ref}
      kind="onboarding"
      width={width}
      height={layout.height}
      title={chartTitle}
      description={description ?? layout.description}
      legend={empty ? undefined : layout.legend}
      points={layout.points}
      explorerMode="xy"
      explorerLabel={`${chartTitle}: use the arrow keys to move between the stages`}
      tableSpec={layout.table}
    >
      {empty ? (
        <text
          className="kamkit-empty"
          x={(plot.x0 + plot.x1) / 2}
          y={(plot.y0 + plot.y1) / 2}
          dy="0.32em"
          textAnchor="middle"
        >
          {layout.finding}
        </text>
      ) : (
        <>
          <g className="kamkit-column-titles">
            <text className="kamkit-column-title" x={plot.x0} y={plot.y0 - 12}>
              {layout.countTitle}
            </text>
            {sat ? (
              <text className="kamkit-column-title" x={sat.x1} y={plot.y0 - 12} textAnchor="end">
                {sat.title}
              </text>
            ) : null}
          </g>
          <g className="kamkit-stages">
            {layout.rows.map((row, i) => {
              const center = row.center;
              const inside = row.valueInside;
              return (
                <g
                  key={`${row.kind}-${i}`}
                  className="kamkit-stage"
                  data-stage={String(row.stage)}
                  data-kind={row.kind}
                  data-position={row.position}
                  data-count={row.count}
                >
                  <text
                    className="kamkit-stage__label"
                    x={round(row.labelX)}
                    y={round(row.labelY)}
                    dy="0.32em"
                    textAnchor={layout.labels === 'above' ? 'start' : 'end'}
                  >
                    {row.label}
                  </text>
                  {row.kind === 'stage' && row.atOrBeyond > row.count ? (
                    <rect
                      className="kamkit-stage__beyond"
                      x={round(row.beyondBar.x)}
                      y={round(row.beyondBar.y)}
                      width={round(row.beyondBar.width)}
                      height={round(row.beyondBar.height)}
                    />
                  ) : null}
                  <rect
                    className="kamkit-stage__bar"
                    x={round(row.bar.x)}
                    y={round(row.bar.y)}
                    width={round(Math.max(row.count > 0 ? 1 : 0, row.bar.width))}
                    height={round(row.bar.height)}
                  />
                  <text
                    className={
                      inside ? 'kamkit-stage__value kamkit-stage__value--inside' : 'kamkit-stage__value'
                    }
                    x={round(row.valueX)}
                    y={round(center)}
                    dy="0.32em"
                    textAnchor={inside ? 'end' : 'start'}
                  >
                    {row.valueText}
                  </text>
                  {sat ? (
                    <g
                      className="kamkit-satisfaction"
                      data-satisfaction={row.satisfaction === null ? undefined : round(row.satisfaction)}
                    >
                      {sat.x1 > sat.x0 ? (
                        <line
                          className="kamkit-satisfaction__track"
                          x1={sat.x0}
                          x2={sat.x1}
                          y1={round(center)}
                          y2={round(center)}
                        />
                      ) : null}
                      {row.satisfactionX !== null && sat.x1 > sat.x0 ? (
                        <circle
                          className="kamkit-satisfaction__dot"
                          cx={round(row.satisfactionX)}
                          cy={round(center)}
                          r={4.5}
                        />
                      ) : null}
                      <text
                        className="kamkit-satisfaction__value"
                        x={sat.x0 - 8}
                        y={round(center)}
                        dy="0.32em"
                        textAnchor="end"
                      >
                        {row.satisfaction === null ? '–' : layout.formatScore(row.satisfaction)}
                      </text>
                    </g>
                  ) : null}
                </g>
              );
            })}
          </g>
        </>
      )}
      {children?.(layout)}
    </ChartFrame>
  );
}

/**
 * Onboarding status of key accounts: one row per stage in process order with the number and share of accounts
 * in it (a bar), the accounts at that stage or later behind it (a funnel) and, with a `satisfaction` accessor,
 * the mean survey score per stage. Statuses that are not stages get their own row, so none is dropped. Its
 * `<desc>` states the finding ("9 of 15 accounts (60%) have reached Live; 6 are still onboarding, …").
 *
 * @example
 * <OnboardingStatus data={accounts} status="onboardingStage" stages={['Contract signed', 'Kick-off', 'Integration', 'Training', 'Live']} satisfaction="satisfaction" />
 */
export const OnboardingStatus = /* @__PURE__ */ forwardRef(OnboardingStatusInner) as <T>(
  props: OnboardingStatusProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
