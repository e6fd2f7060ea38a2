import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { round } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import { rankingSheet } from '../../theme/sheets/ranking';
import type { ChurnRankingLayout, ChurnRankingLayoutOptions } from './useChurnRankingLayout';
import { useChurnRankingLayout } from './useChurnRankingLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [rankingSheet];

/** Props of {@link ChurnRiskRanking}. */
export interface ChurnRiskRankingProps<T>
  extends ChartBaseProps,
    Omit<ChurnRankingLayoutOptions<T>, 'width' | 'height' | 'margin'> {
  /** Height in pixels. Default: what the rows need. */
  height?: number;
  /** Margins around the rows, in pixels (merged over the defaults). */
  margin?: Partial<Margin>;
  /** Draw extra SVG on top of the chart, with the computed layout (columns, rows, bar scale). */
  children?: (layout: ChurnRankingLayout<T>) => ReactNode;
}

function ChurnRiskRankingInner<T>(props: ChurnRiskRankingProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    data,
    signals,
    mrr,
    daysInQueue,
    levels,
    atRisk,
    probability,
    rankBy,
    id,
    label,
    signalLabels,
    limit,
    maxTableRows,
    unitLabel,
    unitLabelSingular,
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
  const layout = useChurnRankingLayout({
    data,
    signals,
    mrr,
    daysInQueue,
    levels,
    atRisk,
    probability,
    rankBy,
    id,
    label,
    signalLabels,
    limit,
    maxTableRows,
    unitLabel,
    unitLabelSingular,
    locale,
    currency,
    formatValue,
    width,
    height,
    margin,
  });
  const { columns, lines, result, top } = layout;
  const headingY = layout.margin.top + 15;
  const last = lines[lines.length - 1];
  const bottom = last ? last.y + last.height : top;
  const levelsShown = new Set(lines.map((line) => line.row.level));
  return (
    <ChartFrame
      styles={STYLES}
      {...rest}
      rootRef={ref}
      kind="churn-ranking"
      width={width}
      height={layout.height}
      title={title ?? 'Accounts at risk'}
      description={description ?? layout.description}
      header={
        result.rows.length > 0 ? (
          <p className="kamkit-headline">
            <span className="kamkit-headline__figure">{layout.headline.value}</span> MRR at risk
            <span className="kamkit-headline__detail">
              {layout.headline.share} of all MRR · {layout.headline.accounts} at risk
            </span>
          </p>
        ) : undefined
      }
      legend={
        lines.length > 0
          ? (['high', 'medium', 'low'] as const)
              .filter((level) => levelsShown.has(level))
              .map((level) => ({
                label: `${level.charAt(0).toUpperCase()}${level.slice(1)} risk`,
                color: `var(--kamkit-risk-${level}-color)`,
              }))
          : undefined
      }
      points={layout.points}
      explorerMode="xy"
      explorerLabel={`${title ?? 'Accounts at risk'}: use the arrow keys to move between ${unitLabel ?? 'accounts'}`}
      tableSpec={layout.table}
    >
      {lines.length > 0 ? (
        <>
          <g className="kamkit-column-titles">
            <text className="kamkit-column-title" x={columns.rank} y={headingY} textAnchor="end">
              #
            </text>
            <text className="kamkit-column-title" x={columns.name} y={headingY}>
              {unitLabelSingular
                ? `${unitLabelSingular.charAt(0).toUpperCase()}${unitLabelSingular.slice(1)}`
                : 'Account'}
            </text>
            <text
              className="kamkit-column-title"
              x={columns.value}
              y={headingY}
              textAnchor={layout.narrow ? 'end' : undefined}
            >
              MRR
            </text>
            <text className="kamkit-column-title" x={columns.risk} y={headingY}>
              Risk
            </text>
            {layout.daysShown ? (
              <text className="kamkit-column-title" x={columns.days} y={headingY} textAnchor="end">
                {layout.daysTitle}
              </text>
            ) : null}
          </g>
          <g className="kamkit-ranking__rows">
            {lines.map((line) => {
              const mid = round(line.y + line.height / 2);
              const barHeight = Math.min(14, Math.max(6, line.height * 0.5));
              return (
                <g
                  key={String(line.row.id)}
                  className="kamkit-ranking__row"
                  data-level={line.row.level}
                  data-rank={line.position}
                  data-id={line.row.id}
                  data-incomplete={line.row.incomplete ? 'true' : undefined}
                >
                  <line
                    className="kamkit-ranking__rule"
                    x1={layout.margin.left}
                    x2={columns.days}
                    y1={round(line.y + line.height) + 0.5}
                    y2={round(line.y + line.height) + 0.5}
                  />
                  <text
                    className="kamkit-ranking__rank"
                    x={columns.rank}
                    y={mid}
                    dy="0.32em"
                    textAnchor="end"
                  >
                    {line.position}
                  </text>
                  <text className="kamkit-ranking__name" x={columns.name} y={mid} dy="0.32em">
                    {line.text}
                  </text>
                  {layout.narrow ? null : (
                    <rect
                      className="kamkit-ranking__bar"
                      data-level={line.row.level}
                      x={columns.bar}
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
                    cx={columns.risk + 5}
                    cy={mid}
                    r={5}
                  />
                  <text className="kamkit-ranking__level" x={columns.risk + 15} y={mid} dy="0.32em">
                    {line.levelText}
                  </text>
                  {layout.daysShown ? (
                    <text
                      className="kamkit-ranking__days"
                      x={columns.days}
                      y={mid}
                      dy="0.32em"
                      textAnchor="end"
                    >
                      {line.daysText}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
          {layout.moreLabel ? (
            <text className="kamkit-ranking__more" x={columns.name} y={round(bottom + 18)}>
              {layout.moreLabel}
            </text>
          ) : null}
        </>
      ) : (
        <text className="kamkit-empty" x={width / 2} y={round(layout.height / 2 + 6)} textAnchor="middle">
          {layout.finding}
        </text>
      )}
      {children?.(layout)}
    </ChartFrame>
  );
}

/**
 * Churn-risk ranking: the endangered accounts (core's `churnRisk` ranking: MRR descending, then days in the
 * queue descending, then id) as rows with the name, an MRR bar, the risk level in colour AND words ("High ·
 * 73") and the days in the queue. The header states the MRR at risk and its share of all MRR ("12 accounts at
 * risk hold €310,000 MRR (14%)" is also the `<desc>`). `limit` (default 10) lists the top N and notes "and N
 * more". Below about 400 px wide it draws no bars: the MRR right-aligned, the risk level without its score, the
 * days as a number (see `layout.narrow`). Rows carry `data-level`, `data-rank` and `data-id`.
 *
 * @example
 * <ChurnRiskRanking
 *   data={accounts}
 *   signals={[{ key: 'usageDrop', value: 'usageDropPct', weight: 2 }, { key: 'tickets', value: 'tickets', weight: 1, scale: [0, 30] }]}
 *   label="name"
 *   limit={10}
 *   locale="de-DE"
 *   currency="EUR"
 * />
 */
export const ChurnRiskRanking = /* @__PURE__ */ forwardRef(ChurnRiskRankingInner) as <T>(
  props: ChurnRiskRankingProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
