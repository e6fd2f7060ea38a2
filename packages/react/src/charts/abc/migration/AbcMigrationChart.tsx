'use client';

import type { PeriodKey } from '@kamkit/core';
import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartProps } from '../../../contract/useChartShell';
import { useChartShell } from '../../../contract/useChartShell';
import { ChartFrame } from '../../../primitives/ChartFrame';
import { EmptyMessage } from '../../../primitives/EmptyMessage';
import type { LegendItem } from '../../../primitives/Legend';
import { MatrixCell } from '../../../primitives/MatrixCell';
import { sharePercent } from '../../../primitives/share';
import { round } from '../../../primitives/text';
import { abcSheet } from '../../../theme/sheets/abc';
import type { AbcMigrationLayoutOptions } from './options';
import { ABC_MIGRATION_HEIGHT, ABC_MIGRATION_OPTIONS } from './options';
import { TIER_STATES } from './states';
import type { AbcMigrationLayout } from './types';
import { useAbcMigrationLayout } from './useAbcMigrationLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [abcSheet];

/** Props of {@link AbcMigrationChart}: the shared chart props, events, and the layout options. */
export interface AbcMigrationChartProps<T, P extends PeriodKey>
  extends ChartProps<T, AbcMigrationLayoutOptions<T, P>> {
  /** Draw extra SVG on top of the chart, with the computed layout (cells or nodes and bands). */
  children?: (layout: AbcMigrationLayout<T, P>) => ReactNode;
}

type Selected = string | number | null;
const isSelected = (id: string, selected: Selected) =>
  selected !== null && Object.is(id, selected) ? 'true' : undefined;

const SPEC = {
  kind: 'abc-migration',
  options: ABC_MIGRATION_OPTIONS,
  height: ABC_MIGRATION_HEIGHT,
  styles: STYLES,
};

function AbcMigrationChartInner<T, P extends PeriodKey>(
  props: AbcMigrationChartProps<T, P>,
  ref: Ref<HTMLDivElement>,
) {
  const shell = useChartShell(props, ref, SPEC);
  const result = useAbcMigrationLayout<T, P>(shell.options as AbcMigrationLayoutOptions<T, P>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  const isFlow = layout.view === 'flow';
  const drawn = isFlow ? layout.nodes.length > 0 : layout.cells.length > 0;
  const hasOther = layout.cells.some((c) => c.direction === 'other' && c.count > 0);
  const legend: LegendItem[] | undefined = drawn
    ? [
        { label: layout.legend.kept, color: isFlow ? 'var(--kamkit-neutral-color)' : 'var(--_accent)' },
        { label: layout.legend.up, color: 'var(--kamkit-positive-color)' },
        { label: layout.legend.down, color: 'var(--kamkit-negative-color)' },
        ...(hasOther && !isFlow
          ? [{ label: layout.legend.other, color: 'var(--kamkit-neutral-color)' }]
          : []),
      ]
    : undefined;
  return (
    <ChartFrame
      {...shell.framed(layout)}
      legend={legend}
      points={layout.points}
      explorerMode={isFlow ? 'xy' : 'grid'}
      tableSpec={layout.table}
      data-view={layout.view}
    >
      {!drawn ? (
        <EmptyMessage plot={layout.plot}>{layout.finding}</EmptyMessage>
      ) : isFlow ? (
        <FlowView layout={layout} selected={shell.selectedId} />
      ) : (
        <MatrixView layout={layout} selected={shell.selectedId} />
      )}
      {shell.children?.(layout)}
    </ChartFrame>
  );
}

/** The flow view: period headers, bands (by direction), nodes (by state) and node labels. */
function FlowView<T, P extends PeriodKey>({
  layout,
  selected,
}: {
  layout: AbcMigrationLayout<T, P>;
  selected: Selected;
}) {
  const { plot } = layout;
  return (
    <>
      <g className="kamkit-flow__headers">
        {layout.shownPeriods.map((p, c) => (
          <text
            key={String(p)}
            className="kamkit-matrix__header"
            x={round(layout.columnCenters[c] ?? 0)}
            y={plot.y0 - 12}
            textAnchor="middle"
          >
            {String(p)}
          </text>
        ))}
      </g>
      <g className="kamkit-flow__links">
        {layout.links.map((link) => (
          <path
            key={link.id}
            className="kamkit-flow__link"
            data-direction={link.direction}
            data-from={link.from}
            data-to={link.to}
            data-selected={isSelected(link.id, selected)}
            d={link.path}
          />
        ))}
      </g>
      <g className="kamkit-flow__nodes">
        {layout.nodes.map((node) => (
          <rect
            key={node.id}
            className="kamkit-flow__node"
            data-state={node.state}
            data-tier={TIER_STATES.has(node.state) ? node.state : undefined}
            data-selected={isSelected(node.id, selected)}
            x={round(node.x)}
            y={round(node.y)}
            width={round(node.width)}
            height={round(node.height)}
          />
        ))}
      </g>
      <g className="kamkit-flow__labels">
        {layout.nodeLabels.map((l) => (
          <text
            key={l.key}
            className="kamkit-flow__label"
            x={round(l.x)}
            y={round(l.y)}
            dy="0.32em"
            textAnchor={l.anchor}
          >
            {l.text}
          </text>
        ))}
      </g>
    </>
  );
}

/** The matrix view: the titles (to, from), the state headers and the from × to cells. */
function MatrixView<T, P extends PeriodKey>({
  layout,
  selected,
}: {
  layout: AbcMigrationLayout<T, P>;
  selected: Selected;
}) {
  const { plot, format } = layout;
  return (
    <>
      <text
        className="kamkit-axis__label"
        x={round((plot.x0 + plot.x1) / 2)}
        y={plot.y0 - 36}
        textAnchor="middle"
      >
        {layout.xAxisLabel}
      </text>
      <text
        className="kamkit-axis__label"
        transform={`translate(${plot.x0 - layout.margin.left + 16},${round((plot.y0 + plot.y1) / 2)}) rotate(-90)`}
        textAnchor="middle"
      >
        {layout.yAxisLabel}
      </text>
      <g className="kamkit-matrix__headers">
        {layout.columnHeaders.map((h, j) => (
          <text
            key={`c-${layout.states[j]}`}
            className="kamkit-matrix__header"
            x={round(layout.columnCenters[j] ?? 0)}
            y={plot.y0 - 10}
            textAnchor="middle"
          >
            {h}
          </text>
        ))}
        {layout.rowHeaders.map((h, i) => (
          <text
            key={`r-${layout.states[i]}`}
            className="kamkit-matrix__header"
            x={plot.x0 - 10}
            y={round(layout.rowCenters[i] ?? 0)}
            dy="0.32em"
            textAnchor="end"
          >
            {h}
          </text>
        ))}
      </g>
      <g className="kamkit-matrix__cells">
        {layout.cells.map((cell) => (
          <MatrixCell
            key={cell.id}
            className="kamkit-migration__cell"
            data-from={cell.from}
            data-to={cell.to}
            data-direction={cell.direction}
            data-empty={cell.count === 0 ? 'true' : undefined}
            data-selected={isSelected(cell.id, selected)}
            x={cell.x}
            y={cell.y}
            width={cell.width}
            height={cell.height}
            level={cell.level}
            value={format.integer(cell.count)}
            lines={cell.count > 0 ? [sharePercent(format.percent, cell.rowShare)] : []}
          />
        ))}
      </g>
    </>
  );
}

/**
 * Tier migration: how accounts moved between the ABC tiers from one period to another, as a from × to matrix of
 * counts (default; each cell also gives its share of the row) or, with `view="flow"`, as stacked states per
 * period joined by bands. States include "No revenue" (`none`) and "No record" (`absent`), so new and lost
 * accounts are visible. Moves are coloured by direction (`data-direction`: up, down, same, other), cells carry
 * `data-from`/`data-to`. Pick the periods with `from` and `to` (any two of `periods`). Every cell, node and band
 * is an item (`kind: 'cell'`, `accounts` the accounts it stands for); in the matrix the arrow keys move across
 * the grid. Its `<desc>` states the finding ("From 2023 to 2024, 123 of 135 accounts kept their tier, …";
 * German with `locale="de-DE"`). Fills its container's width.
 *
 * @example
 * <AbcMigrationChart data={accounts} periods={['2022', '2023', '2024']} value="revenue" label="name" from="2023" to="2024"
 *   onSelect={(item) => item && showAccounts(item.accounts)} />
 */
export const AbcMigrationChart = /* @__PURE__ */ forwardRef(AbcMigrationChartInner) as <
  T,
  P extends PeriodKey = PeriodKey,
>(
  props: AbcMigrationChartProps<T, P> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
