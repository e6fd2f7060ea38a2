import type { ChartItem } from '@kamkit/react';
import { openAccount } from '../route';

/**
 * A chart's `onSelect` that opens the selected account's page. Only `kind: 'account'` items open a page: a
 * cleared selection (`null`, Escape or a second click) does nothing, and so does a group of accounts — a Pareto
 * column of many accounts on a narrow screen (`'bin'`) or a matrix cell has no single page to open, and opening
 * its first account would hide that the column stood for many.
 */
export function openSelectedAccount(item: ChartItem<unknown> | null): void {
  if (item?.kind === 'account') openAccount(item.id);
}
