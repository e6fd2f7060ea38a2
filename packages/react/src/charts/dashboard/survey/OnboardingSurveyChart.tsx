'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartProps } from '../../../contract/useChartShell';
import { useChartShell } from '../../../contract/useChartShell';
import { ChartFrame } from '../../../primitives/ChartFrame';
import { round } from '../../../primitives/text';
import { dashboardSheet } from '../../../theme/sheets/dashboard';
import type { SurveyLayoutOptions } from './options';
import { SURVEY_OPTIONS } from './options';
import type { SurveyLayout, SurveyLine } from './types';
import { useSurveyLayout } from './useSurveyLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [dashboardSheet];
const ERROR_HEIGHT = 200;

/** Props of {@link OnboardingSurveyChart}: the shared chart props, events and the layout options. */
export interface OnboardingSurveyChartProps<T> extends ChartProps<T, SurveyLayoutOptions<T>> {
  /** Draw extra SVG on top of the chart, with the computed layout (rows, columns). */
  children?: (layout: SurveyLayout<T>) => ReactNode;
}

const SPEC = { kind: 'onboarding-survey', options: SURVEY_OPTIONS, height: ERROR_HEIGHT, styles: STYLES };

function OnboardingSurveyChartInner<T>(props: OnboardingSurveyChartProps<T>, ref: Ref<HTMLDivElement>) {
  const shell = useChartShell(props, ref, SPEC);
  const result = useSurveyLayout<T>(shell.options as SurveyLayoutOptions<T>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  return (
    <ChartFrame
      {...shell.framed(layout)}
      height={layout.height}
      points={layout.points}
      explorerMode="xy"
      tableSpec={layout.table}
    >
      {layout.lines.length === 0 ? (
        <text
          className="kamkit-empty"
          x={round(layout.width / 2)}
          y={round(layout.height / 2 + 6)}
          textAnchor="middle"
        >
          {layout.finding}
        </text>
      ) : (
        <SurveyRows layout={layout} selected={shell.selectedId} />
      )}
      {shell.children?.(layout)}
    </ChartFrame>
  );
}

function SurveyRows<T>({ layout, selected }: { layout: SurveyLayout<T>; selected: string | number | null }) {
  const { columns, headings, lines } = layout;
  const last = lines[lines.length - 1];
  return (
    <>
      <g className="kamkit-column-titles">
        <text className="kamkit-column-title" x={columns.label} y={columns.headingY}>
          {headings.question}
        </text>
        <text className="kamkit-column-title" x={round(columns.mean)} y={columns.headingY} textAnchor="end">
          {headings.mean}
        </text>
        <text
          className="kamkit-column-title"
          x={round(columns.responses)}
          y={columns.headingY}
          textAnchor="end"
        >
          {headings.responses}
        </text>
      </g>
      <g className="kamkit-stages kamkit-survey">
        {lines.map((line) => (
          <SurveyRow
            key={String(line.item.id)}
            line={line}
            layout={layout}
            selected={selected !== null && Object.is(line.item.id, selected)}
          />
        ))}
      </g>
      {layout.moreLabel && last ? (
        <text className="kamkit-ranking__more" x={columns.label} y={round(last.y + last.height + 18)}>
          {layout.moreLabel}
        </text>
      ) : null}
    </>
  );
}

/** One question in one stage: label, the scale's track with the mean as a bar, the mean and the responses. */
function SurveyRow<T>({
  line,
  layout,
  selected,
}: {
  line: SurveyLine<T>;
  layout: SurveyLayout<T>;
  selected: boolean;
}) {
  const mid = round(line.track.y + line.track.height / 2);
  const above = layout.labels === 'above';
  return (
    <g
      className="kamkit-stage kamkit-survey__row"
      data-question={String(line.row.question)}
      data-stage={String(line.row.stage)}
      data-satisfaction={line.row.satisfaction === null ? undefined : round(line.row.satisfaction * 100)}
      data-selected={selected ? 'true' : undefined}
    >
      <text
        className="kamkit-stage__label"
        x={round(above ? line.track.x : line.track.x - 8)}
        y={round(line.labelY)}
        dy="0.32em"
        textAnchor={above ? 'start' : 'end'}
      >
        {line.text}
      </text>
      <rect
        className="kamkit-stage__beyond"
        x={round(line.track.x)}
        y={round(line.track.y)}
        width={round(line.track.width)}
        height={round(line.track.height)}
      />
      <rect
        className="kamkit-stage__bar"
        x={round(line.bar.x)}
        y={round(line.bar.y)}
        width={round(line.bar.width)}
        height={round(line.bar.height)}
      />
      <text
        className="kamkit-stage__value"
        x={round(layout.columns.mean)}
        y={mid}
        dy="0.32em"
        textAnchor="end"
      >
        {line.meanText}
      </text>
      <text
        className="kamkit-satisfaction__value"
        x={round(layout.columns.responses)}
        y={mid}
        dy="0.32em"
        textAnchor="end"
      >
        {line.responsesText}
      </text>
    </g>
  );
}

/**
 * Onboarding survey by question: the mean satisfaction of each question in each onboarding stage (core's
 * `onboardingSurvey`), lowest first, so the chart opens with where onboarding needs improving — as the KAM
 * template asks customers "to judge where improvements can be made". Each row shows the question and stage,
 * the answer scale as a track with the mean as a bar, the mean and the number of responses; `limit` (default 12)
 * rows are listed, the table holds all. A row is a `'cell'` item whose `accounts` are its answers.
 *
 * @example
 * <OnboardingSurveyChart data={answers} question="question" stage="stage" value="score"
 *   stages={['Kick-off', 'Integration', 'Training', 'Live']} questionLabels={{ 'data-migration': 'Data migration' }} locale="de-DE" />
 */
export const OnboardingSurveyChart = /* @__PURE__ */ forwardRef(OnboardingSurveyChartInner) as <T>(
  props: OnboardingSurveyChartProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
