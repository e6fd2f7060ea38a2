import type { Id, WhitespaceResult, WhitespaceRow } from '@kamkit/core';
import { accessor, whitespace } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt, checkChartInput, checkData } from '../../contract/errors';
import { leftOutNote } from '../../contract/excluded';
import { optionValues } from '../../contract/options';
import type { ChartItem } from '../../contract/types';
import { createFormat, type Formatters } from '../../format/createFormat';
import { whitespace as deWords } from '../../messages/de/whitespace';
import { whitespace as enWords } from '../../messages/en/whitespace';
import { resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { toArray } from '../../primitives/data';
import { type HeatCell, type HeatTableLayout, layoutHeatTable } from '../../primitives/heatTable';
import { type LabelField, labeller } from '../../primitives/labels';
import { type ColumnTable, columnHelper, tableFromColumns } from '../../primitives/table';
import type { ExplorerPoint } from '../../primitives/types';
import type { WhitespaceLayoutOptions } from './options';
import { WHITESPACE_OPTIONS } from './options';

const CATALOGUES = { en: enWords, de: deWords };
const DEFAULT_ROWS = 20;
const ROW_HEIGHT = 26;
type Words = MessageShape<typeof enWords>;

/** One account's row of the matrix: its cells by product (missing: not offered) and the MRR still to win. */
interface AccountLine<A, P> {
  id: Id;
  account: A;
  name: string;
  byProduct: Map<Id, WhitespaceRow<A, P>>;
  toWin: number;
}

/** Everything {@link WhitespaceMatrix} draws. */
export interface WhitespaceLayout<A, P, H> {
  result: WhitespaceResult<A, P, H>;
  format: Formatters;
  /** Every account with the MRR it has still to win, most first; `shown` are the drawn ones. */
  lines: AccountLine<A, P>[];
  shown: AccountLine<A, P>[];
  heat: HeatTableLayout;
  title: string;
  finding: string;
  note: string;
  description: string;
  legend: { owned: string; pilot: string; whitespace: string };
  points: ExplorerPoint[];
  table: ColumnTable;
}

/** A cell: owned (its MRR), pilot, whitespace shaded by the MRR still to win, or empty when not offered. */
function cellOf<A, P>(
  row: WhitespaceRow<A, P> | undefined,
  largest: number,
  words: Words,
  format: Formatters,
): HeatCell {
  if (!row) return { text: '', level: null, state: 'none' };
  if (row.status === 'owned') return { text: format.tick(row.mrr), level: 0.5, state: 'owned' };
  const win = row.potential === null ? '?' : format.tick(row.potential);
  if (row.status === 'pilot') return { text: `${words.pilot} ${win}`, level: 0.25, state: 'pilot' };
  return {
    text: win,
    level: row.potential === null || largest <= 0 ? 0 : row.potential / largest,
    state: 'whitespace',
  };
}

/** The accounts' lines, most MRR to win first (ties in input order). */
function accountLines<A, P, H>(
  result: WhitespaceResult<A, P, H>,
  nameOf: (a: A, i: number) => string,
): AccountLine<A, P>[] {
  const lines = new Map<Id, AccountLine<A, P>>();
  for (const row of result.rows) {
    let line = lines.get(row.accountId);
    if (!line) {
      line = {
        id: row.accountId,
        account: row.account,
        name: nameOf(row.account, lines.size),
        byProduct: new Map(),
        toWin: 0,
      };
      lines.set(row.accountId, line);
    }
    line.byProduct.set(row.productId, row);
    line.toWin += row.potential ?? 0;
  }
  return [...lines.values()].sort((a, b) => b.toWin - a.toWin);
}

/**
 * Computes the whitespace matrix: core's `whitespace`, the accounts ranked by the MRR they still have to win,
 * a heat table of the first `maxRows` (owned, pilot, and whitespace shaded by its potential; a last column with
 * the account's total to win), one explorer point per cell and a data table of every account and product.
 */
export function computeWhitespaceLayout<A, P, H>(
  result: WhitespaceResult<A, P, H>,
  options: WhitespaceLayoutOptions<A, P, H>,
): WhitespaceLayout<A, P, H> {
  const format = createFormat(options);
  const m = resolveMessages(options.locale, options.messages, 'whitespace', CATALOGUES);
  const words = m.family;
  const data = toArray(options.data);
  const nameOf = labeller(options.label);
  const readId = accessor<A, unknown>(options.id ?? 'id', 'id');
  const lines = accountLines(result, (a, i) =>
    nameOf({ datum: a, index: i, id: readId(a, i, data) as Id }, data),
  );
  const productName = labeller<P>(options.productLabel ?? ('name' as LabelField<P>));
  const productIds = result.byProduct.map((p) => p.productId);
  const group =
    options.productGroup === undefined
      ? undefined
      : accessor<P, unknown>(options.productGroup, 'productGroup');
  // Core's byProduct follows the products in input order, so a column's product is the product at its index —
  // also for a product no shown account is offered (it has no row to read it from).
  const productList = toArray(options.products);
  const columns = productIds.map((pid, i) => {
    const product = productList[i] as P;
    const g = group && product !== undefined ? group(product, i, productList) : undefined;
    return {
      key: `product:${String(pid)}`,
      header: productName({ datum: product, index: i, id: pid }, productList),
      group: typeof g === 'string' ? g : undefined,
    };
  });
  const largest = Math.max(
    0,
    ...result.rows.map((r) => (r.status === 'whitespace' ? (r.potential ?? 0) : 0)),
  );
  const heatOf = (count: number) => {
    const shown = lines.slice(0, count);
    const heat = layoutHeatTable({
      width: options.width,
      margin: options.margin,
      columns: [...columns, { key: 'toWin', header: words.toWin, summary: true }],
      rowLabels: shown.map((l) => l.name),
      rowHeader: words.account,
      cells: shown.map((l) => [
        ...productIds.map((pid) => cellOf(l.byProduct.get(pid), largest, words, format)),
        { text: format.tick(l.toWin), level: null, state: 'total' },
      ]),
    });
    return { shown, heat };
  };
  let { shown, heat } = heatOf(Math.max(0, options.maxRows ?? DEFAULT_ROWS));
  if (options.height !== undefined && heat.height > options.height) {
    ({ shown, heat } = heatOf(
      Math.max(0, Math.floor((options.height - heat.headerBottom - 4) / ROW_HEIGHT)),
    ));
  }
  const open = result.rows.filter((r) => r.status === 'whitespace');
  const best = [...open].sort((a, b) => (b.potential ?? -1) - (a.potential ?? -1))[0];
  const lineOf = new Map(lines.map((l) => [l.id, l]));
  const finding =
    lines.length === 0 || productIds.length === 0
      ? words.empty
      : best
        ? translate(
            words.finding,
            {
              product: columns[productIds.indexOf(best.productId)]?.header ?? String(best.productId),
              account: lineOf.get(best.accountId)?.name ?? String(best.accountId),
              value: best.potential ?? 0,
              count: open.length,
              total: open.reduce((s, r) => s + (r.potential ?? 0), 0),
            },
            format,
          )
        : words.none;
  const note = [
    shown.length < lines.length
      ? translate(words.shown, { shown: shown.length, count: lines.length }, format)
      : '',
    leftOutNote(result.excluded, 'holdings', m.common, format),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    result,
    format,
    lines,
    shown,
    heat,
    title: words.title,
    finding,
    note,
    description: [finding, note].filter(Boolean).join(' '),
    legend: { owned: words.legendOwned, pilot: words.legendPilot, whitespace: words.legendWhitespace },
    points: whitespacePoints(shown, productIds, heat, words, format),
    table: whitespaceTable(result, lines, columns, words, format, finding, options.maxTableRows),
  };
}

/** One explorer point per drawn cell (grid keys); a product cell is a `cell` item of its account, the total the account. */
function whitespacePoints<A, P>(
  shown: readonly AccountLine<A, P>[],
  productIds: readonly Id[],
  heat: HeatTableLayout,
  words: Words,
  format: Formatters,
): ExplorerPoint[] {
  return heat.cells.map((cell) => {
    const line = shown[cell.row] as AccountLine<A, P>;
    const pid = productIds[cell.col];
    const row = pid === undefined ? undefined : line.byProduct.get(pid);
    const win = (v: number | null) => (v === null ? words.unknown : format.value(v));
    const text =
      pid === undefined
        ? `${translate(words.toWin, {}, format)}: ${format.value(line.toWin)}`
        : !row
          ? words.tipNotOffered
          : row.status === 'owned'
            ? translate(words.tipOwned, { value: row.mrr }, format)
            : row.status === 'pilot'
              ? translate(words.tipPilot, { value: row.mrr, win: win(row.potential) }, format)
              : translate(words.tipWhitespace, { win: win(row.potential) }, format);
    const item: ChartItem<unknown> =
      pid === undefined
        ? { kind: 'account', id: line.id, datum: line.account, accounts: [line.account] }
        : { kind: 'cell', id: `${String(line.id)}:${String(pid)}`, datum: null, accounts: [line.account] };
    const header = heat.headers[cell.col]?.lines.join(' ') ?? '';
    return {
      x: cell.x + cell.width / 2,
      y: cell.y + cell.height / 2,
      box: { x: cell.x, y: cell.y, width: cell.width, height: cell.height },
      row: cell.row,
      col: cell.col,
      title: pid === undefined ? line.name : `${line.name} · ${header}`,
      lines: [text],
      item,
    };
  });
}

/** The data table (visible, hidden and CSV): one row per account and offered product, most MRR to win first. */
function whitespaceTable<A, P, H>(
  result: WhitespaceResult<A, P, H>,
  lines: readonly AccountLine<A, P>[],
  columns: readonly { key: string; header: string }[],
  words: Words,
  format: Formatters,
  finding: string,
  max: number | undefined,
): ColumnTable {
  const productName = new Map(
    result.byProduct.map((p, i) => [p.productId, columns[i]?.header ?? String(p.productId)]),
  );
  const nameOf = new Map(lines.map((l) => [l.id, l.name]));
  const order = new Map(lines.map((l, i) => [l.id, i]));
  const rows = [...result.rows].sort((a, b) => (order.get(a.accountId) ?? 0) - (order.get(b.accountId) ?? 0));
  const column = columnHelper<WhitespaceRow<A, P>>();
  const status = { owned: words.owned, pilot: words.pilot, whitespace: words.toWin };
  const defs = [
    column({
      key: 'account',
      header: words.account,
      value: (r) => nameOf.get(r.accountId) ?? String(r.accountId),
    }),
    column({
      key: 'product',
      header: words.product,
      value: (r) => productName.get(r.productId) ?? String(r.productId),
    }),
    column({
      key: 'status',
      header: words.status,
      value: (r) => r.status,
      format: (v) => status[v as keyof typeof status] ?? String(v),
    }),
    column({ key: 'mrr', header: words.mrr, value: (r) => r.mrr, format: (v) => format.value(v) }),
    column({
      key: 'toWin',
      header: words.toWin,
      value: (r) => r.potential,
      format: (v) => (v === null ? words.unknown : format.value(v)),
      numeric: true,
    }),
  ];
  return tableFromColumns(rows, defs, { caption: finding, maxTableRows: max });
}

const CORE_KEYS = /* @__PURE__ */ new Set<string>([
  'products',
  'holdings',
  'id',
  'productId',
  'potential',
  'eligible',
]);
const LAYOUT_KEYS = /* @__PURE__ */ WHITESPACE_OPTIONS.filter((key) => !CORE_KEYS.has(key));

/**
 * The whitespace matrix as a hook: core's `whitespace` (memoised on the data, products, holdings and the options
 * it reads), then {@link computeWhitespaceLayout}. Never throws: bad input gives `{ ok: false, error }`.
 */
export function useWhitespaceLayout<A, P, H>(
  options: WhitespaceLayoutOptions<A, P, H>,
): Attempt<WhitespaceLayout<A, P, H>> {
  const { data, products, holdings, id, productId, potential, eligible } = options;
  const analysis = useMemo(
    () =>
      attempt(() => {
        const invalid =
          checkChartInput({ data, width: options.width, height: options.height, margin: options.margin }) ??
          checkData(products) ??
          checkData(holdings);
        if (invalid) throw invalid;
        return whitespace(toArray(data), products, holdings, {
          accountId: id,
          productId,
          potential,
          eligible,
        });
      }, 'holdings'),
    [
      data,
      products,
      holdings,
      id,
      productId,
      potential,
      eligible,
      options.width,
      options.height,
      options.margin,
    ],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (analysis.ok ? attempt(() => computeWhitespaceLayout(analysis.value, options)) : analysis),
    [analysis, ...optionValues(options, LAYOUT_KEYS)],
  );
}
