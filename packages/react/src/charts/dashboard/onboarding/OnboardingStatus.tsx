'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartProps } from '../../../contract/useChartShell';
import { useChartShell } from '../../../contract/useChartShell';
import { ChartFrame } from '../../../primitives/ChartFrame';
import { round } from '../../../primitives/text';
import { dashboardSheet } from '../../../theme/sheets/dashboard';
import type { OnboardingLayoutOptions } from './options';
import { ONBOARDING_OPTIONS } from './options';
import type { OnboardingLayout } from './types';
import { useOnboardingLayout } from './useOnboardingLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [dashboardSheet];
const ERROR_HEIGHT = 200;

/** Props of {@link OnboardingStatus}: the shared chart props, events and the layout options. */
export interface OnboardingStatusProps<T> extends ChartProps<T, OnboardingLayoutOptions<T>> {
  /** Draw extra SVG on top of the chart, with the computed layout (rows, scale). */
  children?: (layout: OnboardingLayout<T>) => ReactNode;
}

const SPEC = { kind: 'onboarding', options: ONBOARDING_OPTIONS, height: ERROR_HEIGHT, styles: STYLES };

function OnboardingStatusInner<T>(props: OnboardingStatusProps<T>, ref: Ref<HTMLDivElement>) {
  const shell = useChartShell(props, ref, SPEC);
  const attempted = useOnboardingLayout<T>(shell.options as OnboardingLayoutOptions<T>);
  if (!attempted.ok) return <ChartFrame {...shell.failed(attempted.error)} />;
  const layout = attempted.value;
  const selected = shell.selectedId;
  const { plot, result, satisfactionColumn: sat } = layout;
  const empty = result.total === 0;
  return (
    <ChartFrame
      {...shell.framed(layout)}
      height={layout.height}
      legend={empty ? undefined : layout.legend}
      points={layout.points}
      explorerMode="xy"
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
          <StageRows layout={layout} selected={selected} />
        </>
      )}
      {shell.children?.(layout)}
    </ChartFrame>
  );
}

/** The stage rows: name, the funnel bar behind the count bar, the count, and the satisfaction score and dot. */
function StageRows<T>({
  layout,
  selected,
}: {
  layout: OnboardingLayout<T>;
  selected: string | number | null;
}) {
  const sat = layout.satisfactionColumn;
  return (
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
            data-selected={selected !== null && Object.is(row.item.id, selected) ? 'true' : undefined}
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
              className={inside ? 'kamkit-stage__value kamkit-stage__value--inside' : 'kamkit-stage__value'}
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
  );
}

/**
 * Onboarding status of key accounts: one row per stage in process order with the number and share of accounts
 * in it (a bar), the accounts at that stage or later behind it (a funnel) and, with a `satisfaction` accessor,
 * the mean survey score per stage. Statuses that are not stages get their own row, so none is dropped. Its
 * `<desc>` states the finding ("9 of 15 accounts (60%) have reached Live; 6 are still onboarding, …"), in German
 * with `locale="de-DE"`. A row is a `'bin'` item (id `'stage:Live'`) whose `accounts` are its records.
 *
 * @example
 * <OnboardingStatus data={accounts} status="onboardingStage" stages={['Contract signed', 'Kick-off', 'Integration', 'Training', 'Live']} satisfaction="satisfaction" />
 */
export const OnboardingStatus = /* @__PURE__ */ forwardRef(OnboardingStatusInner) as <T>(
  props: OnboardingStatusProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
