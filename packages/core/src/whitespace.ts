import type { FieldOrAccessor, Id, IdField } from './accessor';
import { accessor, toArray } from './accessor';
import { describe } from './errors';
import type { Excluded } from './excluded';
import { compareIds, isId, readIds } from './id';
import { classifyValue, finite } from './numeric';
import { integerOption, invalidOption, listOption, readOptions } from './options';

/** What an account has of a product: bought it, tries it in a pilot, or not (whitespace: a cross-sell chance). */
export type WhitespaceStatus = 'owned' | 'pilot' | 'whitespace';

/** Options of {@link whitespace}. */
export interface WhitespaceOptions<A, P, H> {
  /** The account's id. Default: the field `id`, falling back to the record's index. Ids must be unique. */
  accountId?: IdField<A>;
  /** The product's id. Default: the field `id`, falling back to the record's index. Ids must be unique. */
  productId?: IdField<P>;
  /**
   * The MRR a product would bring the account: the name of a field of the product (default `'potential'`), or
   * `(account, product) => number` for a potential that depends on the account (e.g. its number of beds).
   */
  potential?: string | ((account: A, product: P) => unknown);
  /** Which products are offered to which accounts (e.g. new vs existing accounts). Default: every product to everyone. */
  eligible?: (account: A, product: P) => boolean;
  /** The holding's account id. Default: the field `accountId`. */
  holdingAccount?: FieldOrAccessor<H, unknown>;
  /** The holding's product id. Default: the field `productId`. */
  holdingProduct?: FieldOrAccessor<H, unknown>;
  /** `'owned'` or `'pilot'` (case-insensitive; missing = `'owned'`). Default: the field `status`. */
  holdingStatus?: FieldOrAccessor<H, unknown>;
  /** The MRR the account pays for the product (missing = 0, e.g. a free pilot). Default: the field `mrr`. */
  holdingMrr?: FieldOrAccessor<H, unknown>;
}

/** One account and one product. */
export interface WhitespaceRow<A, P> {
  accountId: Id;
  productId: Id;
  /** `'owned'`, `'pilot'` or `'whitespace'` (offered, not held). */
  status: WhitespaceStatus;
  /** MRR the account pays for the product (sum over its holdings); 0 for whitespace. */
  mrr: number;
  /**
   * MRR still to win: the product's potential for whitespace, `max(0, potential − mrr)` for a pilot, 0 when
   * owned; `null` when the potential is unknown (missing, negative or not a finite number).
   */
  potential: number | null;
  /** The account's record. */
  account: A;
  /** The product's record. */
  product: P;
}

/** Why a holding was not used. */
export type WhitespaceExclusionReason =
  | 'unknown-account'
  | 'unknown-product'
  | 'invalid-status'
  | 'negative'
  | 'non-finite'
  | 'text';

/**
 * A holding that was not used (`id` is `null`: holdings have no id). `field` is the option read:
 * `'holdingAccount'`, `'holdingProduct'`, `'holdingStatus'` or `'holdingMrr'`; `value` the raw value.
 */
export type WhitespaceExcluded<H> = Excluded<H, WhitespaceExclusionReason>;

/** Totals per product, in product order. */
export interface WhitespaceProductSummary {
  productId: Id;
  owned: number;
  pilot: number;
  whitespace: number;
  /** MRR paid for the product over all accounts. */
  mrr: number;
  /** Σ known potential still to win (pilots and whitespace). */
  potential: number;
}

/** Result of {@link whitespace}. */
export interface WhitespaceResult<A, P, H> {
  /** One row per account and offered (or held) product: accounts in input order, products in input order. */
  rows: WhitespaceRow<A, P>[];
  /** Holdings that were not used, in input order. */
  excluded: WhitespaceExcluded<H>[];
  /** Per product, in input order. */
  byProduct: WhitespaceProductSummary[];
  /** Pairs left out because the product is not offered to the account (and the account does not hold it). */
  notOffered: number;
}

const STATUS_RANK: Record<'owned' | 'pilot', number> = { pilot: 1, owned: 2 };

/**
 * Cross-sell whitespace: for every account and product, whether the account owns it, pilots it or not yet
 * has it (whitespace), with the MRR paid and the MRR still to win.
 *
 * Rules:
 * - Rows: every pair of an account and a product the account is offered (`eligible`, default all); a pair the
 *   account holds always has a row, offered or not. Other pairs are counted in `notOffered`. Accounts and
 *   products keep their input order (the matrix's rows and columns).
 * - Holdings `{ accountId, productId, status?, mrr? }`: status `'owned'` or `'pilot'` (case-insensitive,
 *   missing = owned); MRR a finite number ≥ 0 (missing = 0, e.g. a free pilot). A holding naming an unknown
 *   account or product, with another status, or a negative, non-finite or text MRR is not used and goes to
 *   `excluded` with the field and reason. Several holdings of one pair add their MRR and take the stronger
 *   status (owned over pilot).
 * - Potential: the product's `potential` field, or `potential(account, product)`. A finite number ≥ 0 is used;
 *   anything else makes it unknown (`null`). Whitespace keeps the full potential, a pilot `max(0, potential −
 *   mrr)`, owned 0 (nothing more to win from that product).
 * - Ids: the field `id` of accounts and of products by default; when no record has one, the record's position.
 *   Records with and without ids cannot be mixed (`INVALID_ID`).
 * - Throws `KamkitError` `DUPLICATE_ID`/`INVALID_ID` for account or product ids, `INVALID_OPTION` for a bad
 *   option, `OVERFLOW` when a product's MRR or potential sums beyond ±1.8e308.
 *
 * @example
 * const result = whitespace(
 *   [{ id: 'mercy' }, { id: 'harbor' }],
 *   [{ id: 'speech', potential: 4000 }, { id: 'fraud', potential: 2500 }],
 *   [{ accountId: 'mercy', productId: 'speech', mrr: 3800 }, { accountId: 'harbor', productId: 'fraud', status: 'pilot' }],
 * );
 * largestWhitespace(result).map((r) => [r.accountId, r.productId, r.potential]);
 * // [['harbor', 'speech', 4000], ['mercy', 'fraud', 2500]]
 */
export function whitespace<A, P, H>(
  accounts: Iterable<A>,
  products: Iterable<P>,
  holdings: Iterable<H>,
  options: WhitespaceOptions<A, P, H> = {},
): WhitespaceResult<A, P, H> {
  const o = readOptions(options);
  const accountList = toArray(accounts, 'accounts');
  const productList = toArray(products, 'products');
  const holdingList = toArray(holdings, 'holdings');
  const accountIds = readIds(accountList, o.accountId);
  const productIds = readIds(productList, o.productId);
  for (const name of ['eligible', 'potential'] as const) {
    const value = o[name];
    if (value != null && typeof value !== 'function' && (name === 'eligible' || typeof value !== 'string')) {
      invalidOption(
        name,
        name === 'eligible' ? 'must be a function' : 'must be a field name or a function',
        value,
      );
    }
  }
  const accountAt = new Map<Id, number>(accountIds.map((id, i) => [id, i]));
  const productAt = new Map<Id, number>(productIds.map((id, i) => [id, i]));
  const { held, excluded } = readHoldings(holdingList, accountAt, productAt, o);
  const potentialOf =
    typeof o.potential === 'function'
      ? o.potential
      : (() => {
          const read = accessor<P, unknown>(o.potential ?? 'potential', 'potential');
          return (_: A, product: P) => read(product, 0, productList);
        })();
  const eligible = o.eligible ?? (() => true);

  const rows: WhitespaceRow<A, P>[] = [];
  const byProduct: WhitespaceProductSummary[] = productIds.map((productId) => ({
    productId,
    owned: 0,
    pilot: 0,
    whitespace: 0,
    mrr: 0,
    potential: 0,
  }));
  let notOffered = 0;
  for (let a = 0; a < accountList.length; a++) {
    const account = accountList[a] as A;
    for (let p = 0; p < productList.length; p++) {
      const product = productList[p] as P;
      const holding = held.get(a * productList.length + p);
      if (holding === undefined && !eligible(account, product)) {
        notOffered++;
        continue;
      }
      const raw = potentialOf(account, product);
      const full = classifyValue(raw) === 'ok' && (raw as number) >= 0 ? (raw as number) + 0 : null;
      const status: WhitespaceStatus = holding?.status ?? 'whitespace';
      const mrr = holding?.mrr ?? 0;
      const potential =
        status === 'owned' ? 0 : full === null ? null : status === 'pilot' ? Math.max(0, full - mrr) : full;
      rows.push({
        accountId: accountIds[a] as Id,
        productId: productIds[p] as Id,
        status,
        mrr,
        potential,
        account,
        product,
      });
      const summary = byProduct[p] as WhitespaceProductSummary;
      summary[status]++;
      summary.mrr += mrr;
      if (potential !== null) summary.potential += potential;
    }
  }
  for (const summary of byProduct) {
    finite(summary.mrr, `MRR of product ${describe(summary.productId)}`);
    finite(summary.potential, `potential of product ${describe(summary.productId)}`);
  }
  return { rows, excluded, byProduct, notOffered };
}

/** Reads and validates the holdings; merges several holdings of one pair. Keys are `account × nProducts + product`. */
function readHoldings<A, P, H>(
  list: readonly H[],
  accountAt: ReadonlyMap<Id, number>,
  productAt: ReadonlyMap<Id, number>,
  options: Partial<WhitespaceOptions<A, P, H>>,
): { held: Map<number, { status: 'owned' | 'pilot'; mrr: number }>; excluded: WhitespaceExcluded<H>[] } {
  const readAccount = accessor<H, unknown>(
    (options.holdingAccount ?? 'accountId') as string,
    'holdingAccount',
  );
  const readProduct = accessor<H, unknown>(
    (options.holdingProduct ?? 'productId') as string,
    'holdingProduct',
  );
  const readStatus = accessor<H, unknown>((options.holdingStatus ?? 'status') as string, 'holdingStatus');
  const readMrr = accessor<H, unknown>((options.holdingMrr ?? 'mrr') as string, 'holdingMrr');
  const held = new Map<number, { status: 'owned' | 'pilot'; mrr: number }>();
  const excluded: WhitespaceExcluded<H>[] = [];
  const productCount = productAt.size;
  list.forEach((datum, index) => {
    const accountRef = readAccount(datum, index, list);
    const a = isId(accountRef) ? accountAt.get(accountRef) : undefined;
    if (a === undefined) {
      excluded.push({
        id: null,
        datum,
        index,
        field: 'holdingAccount',
        value: accountRef,
        reason: 'unknown-account',
      });
      return;
    }
    const productRef = readProduct(datum, index, list);
    const p = isId(productRef) ? productAt.get(productRef) : undefined;
    if (p === undefined) {
      excluded.push({
        id: null,
        datum,
        index,
        field: 'holdingProduct',
        value: productRef,
        reason: 'unknown-product',
      });
      return;
    }
    const rawStatus = readStatus(datum, index, list);
    const status =
      rawStatus == null ? 'owned' : typeof rawStatus === 'string' ? rawStatus.trim().toLowerCase() : '';
    if (status !== 'owned' && status !== 'pilot') {
      excluded.push({
        id: null,
        datum,
        index,
        field: 'holdingStatus',
        value: rawStatus,
        reason: 'invalid-status',
      });
      return;
    }
    const rawMrr = readMrr(datum, index, list);
    const kind = classifyValue(rawMrr);
    if ((kind !== 'ok' && kind !== 'missing') || (rawMrr as number) < 0) {
      const reason = kind === 'ok' ? 'negative' : kind === 'text' ? 'text' : 'non-finite';
      excluded.push({ id: null, datum, index, field: 'holdingMrr', value: rawMrr, reason });
      return;
    }
    const mrr = kind === 'ok' ? (rawMrr as number) + 0 : 0;
    const key = a * productCount + p;
    const before = held.get(key);
    if (before === undefined) held.set(key, { status, mrr });
    else {
      before.mrr += mrr;
      if (STATUS_RANK[status] > STATUS_RANK[before.status]) before.status = status;
    }
  });
  return { held, excluded };
}

/** Options of {@link largestWhitespace}. */
export interface LargestWhitespaceOptions {
  /** The statuses to rank. Default `['whitespace']`; add `'pilot'` to count pilots still to convert. */
  statuses?: readonly WhitespaceStatus[];
  /** Keep at most this many rows (an integer ≥ 0). Default: all. */
  limit?: number;
}

/**
 * The largest cross-sell chances of a {@link whitespace} result: rows of the chosen statuses (default
 * whitespace only) by potential descending; unknown potential (`null`) last; ties by account id, then product
 * id ({@link compareIds}). Returns a new array; the result is not changed.
 *
 * @example
 * largestWhitespace(result, { statuses: ['whitespace', 'pilot'], limit: 10 });
 */
export function largestWhitespace<A, P>(
  result: { rows: readonly WhitespaceRow<A, P>[] },
  options: LargestWhitespaceOptions = {},
): WhitespaceRow<A, P>[] {
  const o = readOptions(options);
  if (result === null || typeof result !== 'object' || !Array.isArray(result.rows)) {
    invalidOption('result', 'must be the result of whitespace', result);
  }
  const statuses = listOption(o.statuses, ['whitespace'], 'statuses', 3);
  for (let k = 0; k < statuses.length; k++) {
    const s = statuses[k];
    if (s !== 'owned' && s !== 'pilot' && s !== 'whitespace') {
      invalidOption(`statuses[${k}]`, "must be 'owned', 'pilot' or 'whitespace'", s);
    }
  }
  const limit = integerOption(o.limit, Number.MAX_SAFE_INTEGER, 'limit', 0, Number.MAX_SAFE_INTEGER);
  return result.rows
    .filter((row) => statuses.includes(row.status))
    .sort(
      (a, b) =>
        (b.potential ?? Number.NEGATIVE_INFINITY) - (a.potential ?? Number.NEGATIVE_INFINITY) ||
        compareIds(a.accountId, b.accountId) ||
        compareIds(a.productId, b.productId),
    )
    .slice(0, limit);
}
