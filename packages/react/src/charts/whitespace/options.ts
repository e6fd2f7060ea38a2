import type { FieldOrAccessor, IdField } from '@kamkit/core';
import type {
  CommonChartOptions,
  RecordOptions,
  TableRowsOptions,
  ValueFormatOptions,
} from '../../contract/commonOptions';
import { COMMON_CHART_OPTIONS, RECORD_OPTIONS } from '../../contract/commonOptions';
import { optionKeys } from '../../contract/options';
import type { LabelField } from '../../primitives/labels';
import type { Margin } from '../../primitives/types';

/**
 * The whitespace matrix's options, each declared once: the chart's props extend this interface,
 * {@link WHITESPACE_OPTIONS} lists its keys (checked by the compiler).
 */
export interface WhitespaceLayoutOptions<A, P, H>
  extends CommonChartOptions<A, 'whitespace'>,
    RecordOptions<A>,
    Pick<ValueFormatOptions, 'currency'>,
    TableRowsOptions {
  /** The products (the matrix's columns), in the order to show them. */
  products: readonly P[];
  /** What the accounts hold: `{ accountId, productId, status?: 'owned' | 'pilot', mrr? }` by default. */
  holdings: readonly H[];
  /** The account's id. Default: the field `id`. */
  id?: IdField<A>;
  /** The product's id. Default: the field `id`. */
  productId?: IdField<P>;
  /** The product's name (column header). Default: the field `name`, else the id. */
  productLabel?: LabelField<P>;
  /** The products' groups (group headers over the columns, e.g. products for new and for existing accounts). */
  productGroup?: FieldOrAccessor<P, string | null | undefined>;
  /** The MRR a product would bring: a product field name (default `'potential'`) or `(account, product) => number`. */
  potential?: string | ((account: A, product: P) => unknown);
  /** Which products are offered to which accounts. Default: every product to every account. */
  eligible?: (account: A, product: P) => boolean;
  /** How many accounts the drawn matrix shows (those with the most MRR to win). Default 20. */
  maxRows?: number;
  /** Height in pixels: fewer accounts are drawn when `maxRows` need more. Default: what the rows need. */
  height?: number;
  /** Space around the table, in pixels. Default 0 on every side. */
  margin?: Partial<Margin>;
}

/** The keys of {@link WhitespaceLayoutOptions}, in one list. */
export const WHITESPACE_OPTIONS = /* @__PURE__ */ optionKeys<
  WhitespaceLayoutOptions<unknown, unknown, unknown>
>()(COMMON_CHART_OPTIONS, RECORD_OPTIONS, [
  'products',
  'holdings',
  'productId',
  'productLabel',
  'productGroup',
  'potential',
  'eligible',
  'maxRows',
  'currency',
  'maxTableRows',
] as const);
