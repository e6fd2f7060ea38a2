'use client';

import type { ReactElement, Ref } from 'react';
import { forwardRef, useId } from 'react';
import { splitProps } from '../../contract/options';
import type { ChartEventProps } from '../../contract/types';
import { useChart } from '../../contract/useChart';
import { useControllable } from '../../contract/useControllable';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { HeatTable } from '../../primitives/heatTable';
import { heatSheet } from '../../theme/sheets/heat';
import type { ScoringTableOptions } from './tableOptions';
import { SCORING_TABLE_OPTIONS } from './tableOptions';
import { useScoringTable } from './useScoringTable';

const STYLES = [heatSheet];

/** Props of {@link ScoringTable}: the shared chart props, events, and the table's options. */
export interface ScoringTableProps<T>
  extends Omit<ChartBaseProps, 'width' | 'height'>,
    ChartEventProps<T>,
    Omit<ScoringTableOptions<T>, 'width'> {
  /** Width in pixels. Default: the container's width (640 on the server). */
  width?: number;
  /** The sort column on the first render when `sortBy` is not given. */
  defaultSortBy?: string;
}

function ScoringTableInner<T>(props: ScoringTableProps<T>, ref: Ref<HTMLDivElement>) {
  const [options, rest] = splitProps(props, SCORING_TABLE_OPTIONS);
  const { title, description, defaultSortBy, ...others } = rest;
  const onSortChange = options.onSortChange;
  const [sortBy, setSortBy] = useControllable<string | undefined>(options.sortBy, defaultSortBy, (key) => {
    if (key !== undefined) onSortChange?.(key);
  });
  const chart = useChart<T>(others, {
    kind: 'scoring-table',
    ref,
    width: options.width,
    height: 1,
    locale: options.locale,
    messages: options.messages,
  });
  const selectId = useId();
  const result = useScoringTable<T>({ ...options, sortBy, width: chart.width } as ScoringTableOptions<T>);
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
  const selectedRow = layout.shown.findIndex(
    (row) => chart.selectedId !== null && Object.is(row.id, chart.selectedId),
  );
  return (
    <ChartFrame
      {...chart.frame}
      styles={STYLES}
      height={Math.max(layout.heat.height, options.height ?? 0)}
      title={title ?? layout.title}
      description={description ?? layout.description}
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
