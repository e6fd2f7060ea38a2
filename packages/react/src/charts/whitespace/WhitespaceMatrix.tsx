'use client';

import type { ReactElement, Ref } from 'react';
import { forwardRef } from 'react';
import type { ChartProps } from '../../contract/useChartShell';
import { useChartShell } from '../../contract/useChartShell';
import { ChartFrame } from '../../primitives/ChartFrame';
import { HeatTable } from '../../primitives/heatTable';
import { heatSheet } from '../../theme/sheets/heat';
import type { WhitespaceLayoutOptions } from './options';
import { WHITESPACE_OPTIONS } from './options';
import { useWhitespaceLayout } from './useWhitespaceLayout';

const STYLES = [heatSheet];

/** Props of {@link WhitespaceMatrix}: the shared chart props, events, and the layout options. */
export interface WhitespaceMatrixProps<A, P = unknown, H = unknown>
  extends ChartProps<A, WhitespaceLayoutOptions<A, P, H>> {}

const SPEC = { kind: 'whitespace', options: WHITESPACE_OPTIONS, height: 1, styles: STYLES };

function WhitespaceMatrixInner<A, P, H>(props: WhitespaceMatrixProps<A, P, H>, ref: Ref<HTMLDivElement>) {
  const shell = useChartShell(props, ref, SPEC);
  const result = useWhitespaceLayout<A, P, H>(shell.options as WhitespaceLayoutOptions<A, P, H>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  // The selection is an account (its row) or one of its product cells.
  const selectedRow = layout.shown.findIndex(
    (line) => shell.selectedId !== null && Object.is(line.id, shell.selectedId),
  );
  const cellPoint = layout.points.find(
    (p) => p.item?.kind === 'cell' && shell.selectedId !== null && Object.is(p.item.id, shell.selectedId),
  );
  const selectedCell = cellPoint ? ([cellPoint.row ?? 0, cellPoint.col ?? 0] as const) : null;
  return (
    <ChartFrame
      {...shell.framed(layout)}
      height={Math.max(layout.heat.height, shell.options.height ?? 0)}
      legend={
        layout.shown.length > 0
          ? [
              { label: layout.legend.owned, color: 'var(--kamkit-positive-color)' },
              { label: layout.legend.pilot, color: 'var(--kamkit-tier-b-color)', shape: 'dash' as const },
              { label: layout.legend.whitespace, color: 'var(--_accent)' },
            ]
          : undefined
      }
      footer={layout.note ? <p className="kamkit-chart__note">{layout.note}</p> : undefined}
      points={layout.points}
      explorerMode="grid"
      tableSpec={layout.table}
    >
      {layout.shown.length === 0 ? (
        <text
          className="kamkit-empty"
          x={layout.heat.width / 2}
          y={layout.heat.height / 2}
          textAnchor="middle"
        >
          {layout.finding}
        </text>
      ) : (
        <HeatTable
          layout={layout.heat}
          selectedRow={selectedRow < 0 ? null : selectedRow}
          selectedCell={selectedCell}
          rowKeys={layout.shown.map((l) => l.id)}
        />
      )}
    </ChartFrame>
  );
}

/**
 * Whitespace (cross-sell) matrix: accounts × products, each cell owned (its MRR), in a pilot, or whitespace —
 * offered but not held — shaded by the MRR still to win (core's `whitespace`); cells of products not offered to
 * the account stay empty. Accounts are ranked by the MRR they have still to win (last column), so the largest
 * whitespace is at the top; `productGroup` groups the columns (e.g. products for new and for existing accounts,
 * as in the template's scenario). Grid keys move over the cells; a product cell is a `cell` item of its account,
 * the total cell the account itself.
 *
 * @example
 * <WhitespaceMatrix data={accounts} products={products} holdings={holdings} label="name" productGroup="audience"
 *   eligible={(a, p) => p.audience === (a.origin === 'acquired' ? 'new' : 'existing')} currency="EUR" />
 */
export const WhitespaceMatrix = /* @__PURE__ */ forwardRef(WhitespaceMatrixInner) as <
  A,
  P = unknown,
  H = unknown,
>(
  props: WhitespaceMatrixProps<A, P, H> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
