import type { KamkitError } from '@kamkit/core';
import type { ReactNode } from 'react';

/** What a chart item stands for: one account or person, or a group of accounts (a bin, a cell, a series). */
export type ChartItemKind = 'account' | 'bin' | 'cell' | 'person' | 'series';

/**
 * The thing an event or a tooltip is about. For one account or person, `id` is its id and `datum` the caller's
 * record (`accounts` is `[datum]`); for a bin, a cell or a series, `id` is a stable key (e.g. `'bin:1-40'`,
 * `'cell:A-X'`, `'series:growth'`), `datum` is `null` and `accounts` holds the records it stands for.
 */
export interface ChartItem<T = unknown> {
  kind: ChartItemKind;
  id: string | number;
  datum: T | null;
  accounts: readonly T[];
}

/**
 * Events, selection and tooltips: the same props on every chart. Ids are compared with `Object.is`, so `1` and
 * `'1'` are different items.
 */
export interface ChartEventProps<T> {
  /**
   * Called when the user selects an item (click, Enter or Space) with the item, and with `null` when the
   * selection is cleared (Escape, or a click on the selected item).
   */
  onSelect?: (item: ChartItem<T> | null) => void;
  /** Called when the active item (under the pointer or reached by the arrow keys) changes; `null` when none. */
  onActiveChange?: (item: ChartItem<T> | null) => void;
  /** The selected item's id (controlled). `null` selects nothing. Leave it out to let the chart keep its own state. */
  selectedId?: string | number | null;
  /** The selected item's id on the first render when `selectedId` is not given (uncontrolled). Default `null`. */
  defaultSelectedId?: string | number | null;
  /** The active item's id (controlled), e.g. to highlight the item a list next to the chart hovers. */
  activeId?: string | number | null;
  /**
   * Content of the tooltip for an item, rendered in the kit's positioned container (kept in the viewport,
   * above `overflow: hidden` ancestors). Default: the chart's own lines (title and figures). Return `null` for
   * no tooltip on that item.
   */
  renderTooltip?: (item: ChartItem<T>) => ReactNode;
  /** `false` turns tooltips off (keyboard, pointer and selection still work). Default `true`. */
  tooltip?: boolean;
  /**
   * Called once per distinct error when the chart cannot be drawn (invalid data, accessor or size); the chart
   * shows its error state instead of throwing.
   */
  onError?: (error: KamkitError) => void;
}

/** Series toggling for charts with a legend of series (MRR by plan, ABC tiers, matrix groups). */
export interface SeriesToggleProps {
  /** Ids of the hidden series (controlled). Leave it out to let the chart keep its own state. */
  hiddenSeries?: readonly (string | number)[];
  /** Hidden series on the first render when `hiddenSeries` is not given. Default none. */
  defaultHiddenSeries?: readonly (string | number)[];
  /** Called with the new list when the user toggles a series in the legend. */
  onHiddenSeriesChange?: (hidden: (string | number)[]) => void;
}
