'use client';

import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartProps } from '../../contract/useChartShell';
import { useChartShell } from '../../contract/useChartShell';
import { ChartFrame } from '../../primitives/ChartFrame';
import { round } from '../../primitives/text';
import { rankingSheet } from '../../theme/sheets/ranking';
import type { ChurnRankingLayoutOptions } from './options';
import { CHURN_OPTIONS } from './options';
import type { ChurnRankingLayout, ChurnRankingLine } from './types';
import { useChurnRankingLayout } from './useChurnRankingLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [rankingSheet];
/** Height of the error state (the ranking's height follows its rows). */
const ERROR_HEIGHT = 200;

/** Props of {@link ChurnRiskRanking}: the shared chart props, events, and the layout options. */
export interface ChurnRiskRankingProps<T> extends ChartProps<T, ChurnRankingLayoutOptions<T>> {
  /** Draw extra SVG on top of the chart, with the computed layout (columns, rows, bar scale). */
  children?: (layout: ChurnRankingLayout<T>) => ReactNode;
}

const SPEC = { kind: 'churn-ranking', options: CHURN_OPTIONS, height: ERROR_HEIGHT, styles: STYLES };

function ChurnRiskRankingInner<T>(props: ChurnRiskRankingProps<T>, ref: Ref<HTMLDivElement>) {
  const shell = useChartShell(props, ref, SPEC);
  const result = useChurnRankingLayout<T>(shell.options as ChurnRankingLayoutOptions<T>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  const { lines } = layout;
  return (
    <ChartFrame
      {...shell.framed(layout)}
      height={layout.height}
      header={
        layout.result.rows.length > 0 ? (
          <p className="kamkit-headline">
            <span className="kamkit-headline__figure">{layout.headline.value}</span> {layout.headline.text}
            <span className="kamkit-headline__detail">{layout.headline.detail}</span>
          </p>
        ) : undefined
      }
      legend={
        lines.length > 0
          ? layout.legend.map((entry) => ({
              label: entry.label,
              color: `var(--kamkit-risk-${entry.level}-color)`,
            }))
          : undefined
      }
      points={layout.points}
      explorerMode="xy"
      tableSpec={layout.table}
    >
      {lines.length > 0 ? (
        <ChurnRows layout={layout} selected={shell.selectedId} />
      ) : (
        <text
          className="kamkit-empty"
          x={round(layout.width / 2)}
          y={round(layout.height / 2 + 6)}
          textAnchor="middle"
        >
          {layout.finding}
        </text>
      )}
      {shell.children?.(layout)}
    </ChartFrame>
  );
}

/** The column headings, the rows (the selected one with `data-selected`) and the note on the accounts not listed. */
function ChurnRows<T>({
  layout,
  selected,
}: {
  layout: ChurnRankingLayout<T>;
  selected: string | number | null;
}) {
  const { columns, lines, headings } = layout;
  const headingY = layout.margin.top + 15;
  const last = lines[lines.length - 1];
  const bottom = last ? last.y + last.height : layout.top;
  return (
    <>
      <g className="kamkit-column-titles">
        <text className="kamkit-column-title" x={round(columns.rank)} y={headingY} textAnchor="end">
          {headings.rank}
        </text>
        {layout.tierShown ? (
          <text className="kamkit-column-title" x={round(columns.tier)} y={headingY} textAnchor="middle">
            {headings.tier}
          </text>
        ) : null}
        <text className="kamkit-column-title" x={round(columns.name)} y={headingY}>
          {headings.name}
        </text>
        <text
          className="kamkit-column-title"
          x={round(columns.value)}
          y={headingY}
          textAnchor={layout.narrow ? 'end' : undefined}
        >
          {headings.value}
        </text>
        <text className="kamkit-column-title" x={round(columns.risk)} y={headingY}>
          {headings.risk}
        </text>
        {layout.daysShown ? (
          <text className="kamkit-column-title" x={round(columns.days)} y={headingY} textAnchor="end">
            {headings.days}
          </text>
        ) : null}
      </g>
      <g className="kamkit-ranking__rows">
        {lines.map((line) => (
          <ChurnRow
            key={String(line.row.id)}
            layout={layout}
            line={line}
            selected={selected !== null && Object.is(line.item.id, selected)}
          />
        ))}
      </g>
      {layout.moreLabel ? (
        <text className="kamkit-ranking__more" x={round(columns.name)} y={round(bottom + 18)}>
          {layout.moreLabel}
        </text>
      ) : null}
    </>
  );
}

/** One row: rule, rank, importance, name, MRR bar and value, risk badge and level, days in the queue. */
function ChurnRow<T>({
  layout,
  line,
  selected,
}: {
  layout: ChurnRankingLayout<T>;
  line: ChurnRankingLine<T>;
  selected: boolean;
}) {
  const { columns } = layout;
  const mid = round(line.y + line.height / 2);
  const barHeight = Math.min(14, Math.max(6, line.height * 0.5));
  const ruleY = round(line.y + line.height) + 0.5;
  return (
    <g
      className="kamkit-ranking__row"
      data-level={line.row.level}
      data-rank={line.position}
      data-id={line.row.id}
      data-tier={line.row.tier ?? undefined}
      data-flagged={line.row.flagged ? 'true' : undefined}
      data-incomplete={line.row.incomplete ? 'true' : undefined}
      data-selected={selected ? 'true' : undefined}
    >
      <line
        className="kamkit-ranking__rule"
        x1={layout.margin.left}
        x2={round(columns.days)}
        y1={ruleY}
        y2={ruleY}
      />
      <text className="kamkit-ranking__rank" x={round(columns.rank)} y={mid} dy="0.32em" textAnchor="end">
        {line.position}
      </text>
      {layout.tierShown ? (
        <text
          className="kamkit-ranking__tier"
          x={round(columns.tier)}
          y={mid}
          dy="0.32em"
          textAnchor="middle"
        >
          {line.tierText}
        </text>
      ) : null}
      <text className="kamkit-ranking__name" x={round(columns.name)} y={mid} dy="0.32em">
        {line.text}
      </text>
      {layout.narrow ? null : (
        <rect
          className="kamkit-ranking__bar"
          data-level={line.row.level}
          x={round(columns.bar)}
          y={round(mid - barHeight / 2)}
          width={round(Math.max(line.row.mrr > 0 ? 1 : 0, line.barWidth))}
          height={round(barHeight)}
        />
      )}
      <text
        className="kamkit-ranking__value"
        x={round(line.valueX)}
        y={mid}
        dy="0.32em"
        textAnchor={layout.narrow ? 'end' : undefined}
      >
        {line.mrrText}
      </text>
      <circle
        className="kamkit-ranking__badge"
        data-level={line.row.level}
        cx={round(columns.risk + 5)}
        cy={mid}
        r={5}
      />
      <text className="kamkit-ranking__level" x={round(columns.risk + 15)} y={mid} dy="0.32em">
        {line.levelText}
      </text>
      {layout.daysShown ? (
        <text className="kamkit-ranking__days" x={round(columns.days)} y={mid} dy="0.32em" textAnchor="end">
          {line.daysText}
        </text>
      ) : null}
    </g>
  );
}

/**
 * Churn-risk ranking — the at-risk queue as the KAM template lists it: by importance (the account's ABC tier of
 * MRR), then by days waiting, longest first (core's `churnRisk`; `rankBy` keeps the manager's choice of KPI).
 * Rows show the rank, the importance (tier), the name, an MRR bar, the risk level in colour AND words ("High ·
 * 73") and the days in the queue; flagged accounts are always queued. The header states the MRR at risk and
 * its share of all MRR. `limit` (default 10) lists the top N and notes "and N more". Below about 400 px it
 * draws no bars (see `layout.narrow`). A row is an `'account'` item: `onSelect` opens the account.
 *
 * @example
 * <ChurnRiskRanking
 *   data={accounts}
 *   signals={[{ key: 'usageDrop', value: 'usageDropPct', weight: 2 }, { key: 'tickets', value: 'tickets', weight: 1, scale: [0, 30] }]}
 *   value="mrr" label="name" locale="de-DE" currency="EUR"
 *   onSelect={(item) => item && navigate(`/accounts/${item.id}`)}
 * />
 */
export const ChurnRiskRanking = /* @__PURE__ */ forwardRef(ChurnRiskRankingInner) as <T>(
  props: ChurnRiskRankingProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
