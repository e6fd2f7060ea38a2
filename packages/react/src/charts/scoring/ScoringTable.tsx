'use client';

import type { ReactElement, Ref } from 'react';
import { forwardRef, useId } from 'react';
import type { ChartProps } from '../../contract/useChartShell';
import { useChartShell } from '../../contract/useChartShell';
import { useControllable } from '../../contract/useControllable';
import { ChartFrame } from '../../primitives/ChartFrame';
import { HeatTable } from '../../primitives/heatTable';
import { heatSheet } from '../../theme/sheets/heat';
import type { ScoringTableOptions } from './tableOptions';
import { SCORING_TABLE_OPTIONS } from './tableOptions';
import { useScoringTable } from './useScoringTable';

const STYLES = [heatSheet];

/** Props of {@link ScoringTable}: the shared chart props, events, and the table's options. */
export interface ScoringTableProps<T> extends ChartProps<T, ScoringTableOptions<T>> {
  /** The sort column on the first render when `sortBy` is not given. */
  defaultSortBy?: string;
}

const SPEC = { kind: 'scoring-table', options: SCORING_TABLE_OPTIONS, height: 1, styles: STYLES };

function ScoringTableInner<T>(props: ScoringTableProps<T>, ref: Ref<HTMLDivElement>) {
  const { defaultSortBy, ...chartProps } = props;
  const onSortChange = props.onSortChange;
  const [sortBy, setSortBy] = useControllable<string | undefined>(props.sortBy, defaultSortBy, (key) => {
    if (key !== undefined) onSortChange?.(key);
  });
  const shell = useChartShell(chartProps, ref, SPEC);
  const selectId = useId();
  const result = useScoringTable<T>({ ...shell.options, sortBy } as ScoringTableOptions<T>);
  if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
  const layout = result.value;
  const selectedRow = layout.shown.findIndex(
    (row) => shell.selectedId !== null && Object.is(row.id, shell.selectedId),
  );
  return (
    <ChartFrame
      {...shell.framed(layout)}
      height={Math.max(layout.heat.height, shell.options.height ?? 0)}
      header={
        layout.rows.length > 1 ? (
          <p className="kamkit-chart__controls" data-kamkit-export="skip">
            <label htmlFor={selectId}>{layout.words.sortBy} </label>
            <select id={selectId} value={layout.sortBy} onChange={(event) => setSortBy(event.target.value)}>
              {layout.sortOptions.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
            </select>
          </p>
        ) : undefined
      }
      footer={layout.note ? <p className="kamkit-chart__note">{layout.note}</p> : undefined}
      points={layout.points}
      explorerMode="grid"
      tableSpec={layout.table}
    >
      {layout.rows.length === 0 ? (
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
          rowKeys={layout.shown.map((r) => r.id)}
        />
      )}
    </ChartFrame>
  );
}

/**
 * Scoring table: the template's two tables of all key accounts — growth potential and harmony (strategic fit,
 * culture, vision, overall strategy) — with each criterion's rating per account, the weights in the header row
 * and the weighted score per axis (and the total with `axis="both"`, the default). Cells are shaded by the
 * criterion's 0–100 score; a missing rating is marked. Sortable by any column (`sortBy`, a sort control above
 * the table); the arrow keys move over the cells, Enter or a click selects the row's account (`onSelect` with an
 * `account` item). Shows the first `maxRows` (30) accounts; the data table and CSV list all. Pair it with
 * {@link ScoringMatrix} (same `data` and `criteria`).
 *
 * @example
 * <ScoringTable data={accounts} criteria={criteria} axis="harmony" label="name" locale="de-DE"
 *   onSelect={(item) => item && openAccount(item.id)} />
 */
export const ScoringTable = /* @__PURE__ */ forwardRef(ScoringTableInner) as <T>(
  props: ScoringTableProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
