import type {
  AbcOptions,
  AbcTier,
  AbcXyzCell,
  AbcXyzCellSummary,
  AbcXyzResult,
  AbcXyzRow,
  FieldOrAccessor,
  IdField,
  NumberField,
  XyzClass,
  XyzOptions,
  XyzSeries,
} from '@kamkit/core';
import { abcXyz } from '@kamkit/core';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import { toArray, useDataArray } from '../../primitives/data';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { resolveMargin } from '../../primitives/margin';
import type { MatrixCellBox } from '../../primitives/matrix';
import { cellIntensity, matrixGrid } from '../../primitives/matrix';
import { wrapText } from '../../primitives/measureText';
import { sharePercent } from '../../primitives/share';
import { capitalise, counter, namesList } from '../../primitives/text';
import { truncate } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';

/** Options of {@link useAbcXyzLayout}: the options of core's `abcXyz` plus labels, geometry and formatting. */
export interface AbcXyzLayoutOptions<T> extends FormatOptions {
  data: Iterable<T>;
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** Each account's values per period, in time order (e.g. monthly revenue), for XYZ. Default: the field `series`. */
  series?: FieldOrAccessor<T, XyzSeries | null | undefined>;
  /** The value for ABC. Default: the total of the account's series. */
  value?: NumberField<T>;
  /** Options of the ABC step (thresholds, basis, boundary, ties, method). */
  abc?: Omit<AbcOptions<T>, 'value' | 'id'>;
  /** Options of the XYZ step (thresholds of the coefficient of variation, deviation, periods). */
  xyz?: Omit<XyzOptions<T>, 'series' | 'id'>;
  /** The account's name, for tooltips. Default: the id. */
  label?: LabelField<T>;
  /** Words for the tiers (rows). Default: high, medium and low value. */
  tierLabels?: Partial<Record<AbcTier, string>>;
  /** Words for the XYZ classes (columns). Default: steady, variable and erratic. */
  classLabels?: Partial<Record<XyzClass, string>>;
  /** What the value is, in words. Default `'revenue'`. */
  valueLabel?: string;
  /** What the records are, in words (plural). Default `'accounts'`. */
  unitLabel?: string;
  /** The singular of `unitLabel`. Default: `unitLabel` without a final "s". */
  unitLabelSingular?: string;
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** One cell of the ABC/XYZ grid as drawn. */
export interface AbcXyzCellLayout extends MatrixCellBox {
  cell: AbcXyzCell;
  tier: AbcTier;
  xyz: XyzClass;
  /** Count, value and shares from core. */
  summary: AbcXyzCellSummary;
  /** Colour intensity 0…1 by value (square root of value / the largest cell's value). */
  level: number;
}

/** Everything {@link AbcXyzMatrix} draws, for custom rendering through its `children` render prop. */
export interface AbcXyzLayout<T> {
  result: AbcXyzResult<T>;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** The nine cells in reading order: AX, AY, AZ, BX, …, CZ. */
  cells: AbcXyzCellLayout[];
  /** Centres of the columns (X, Y, Z) and rows (A, B, C), for headers. */
  columnCenters: number[];
  rowCenters: number[];
  /**
   * Column headers: `{ title: 'X', lines: ['steady · CV ≤ 0.5'] }`, or `'X · steady'` over `'CV ≤ 0.5'` when the
   * columns are narrow (shortened to the column's width).
   */
  columnHeaders: { title: string; lines: string[] }[];
  /** Row headers: `{ title: 'A', lines: ['high value'] }`, the words wrapped onto two lines to fit the margin. */
  rowHeaders: { title: string; lines: string[] }[];
  /** The finding in words, e.g. "AX (high value, steady) holds 33 accounts (23%) and 77% of revenue." */
  finding: string;
  description: string;
  units: (count: number) => string;
  points: ExplorerPoint[];
  table: TableSpec;
  labelOf: (row: AbcXyzRow<T>) => string;
}

const TIER_WORDS: Record<AbcTier, string> = { A: 'high value', B: 'medium value', C: 'low value' };
const CLASS_WORDS: Record<XyzClass, string> = { X: 'steady', Y: 'variable', Z: 'erratic' };
const TIERS: AbcTier[] = ['A', 'B', 'C'];
const CLASSES: XyzClass[] = ['X', 'Y', 'Z'];

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeAbcXyzLayout>[1]> = {
  classLabels: true,
  currency: true,
  data: true,
  formatValue: true,
  height: true,
  label: true,
  locale: true,
  margin: true,
  tierLabels: true,
  unitLabel: true,
  unitLabelSingular: true,
  valueLabel: true,
  width: true,
};

/**
 * Computes the ABC/XYZ matrix's layout: runs core's `abcXyz`, then the 3×3 grid (rows A, B, C; columns X, Y,
 * Z), each cell's colour intensity by value, the headers with the XYZ thresholds, the finding in words, the
 * explorer points (the nine cells in reading order) and the data table. The DOM has nine cells for any number
 * of accounts. Memoised on its inputs.
 *
 * @example
 * const layout = useAbcXyzLayout({ data, series: 'monthly', width: 640, height: 420 });
 * layout.cells[0]; // AX: { count, value, share, accountShare, level, x, y, … }
 */
export function useAbcXyzLayout<T>(options: AbcXyzLayoutOptions<T>): AbcXyzLayout<T> {
  const { id, series, value } = options;
  const abcKey = JSON.stringify(options.abc ?? null);
  const xyzKey = JSON.stringify(options.xyz ?? null);
  const data = useDataArray(options.data);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the abc/xyz option objects are compared by value, so inline objects do not recompute.
  const result = useMemo(
    () => abcXyz(data, { id, series, value, abc: options.abc, xyz: options.xyz }),
    [data, id, series, value, abcKey, xyzKey],
  );
  return useLayoutMemo(computeAbcXyzLayout, result, { ...options, data }, LAYOUT_KEYS);
}

/**
 * The pure part of {@link useAbcXyzLayout}: layout of an already computed `abcXyz` result.
 *
 * @example
 * const layout = computeAbcXyzLayout(abcXyz(accounts, { series: 'monthly' }), { data: accounts, width: 640, height: 420 });
 */
export function computeAbcXyzLayout<T>(
  result: AbcXyzResult<T>,
  options: Omit<AbcXyzLayoutOptions<T>, 'id' | 'series' | 'value' | 'abc' | 'xyz'>,
): AbcXyzLayout<T> {
  const format = createFormat(options);
  const valueLabel = options.valueLabel ?? 'revenue';
  const unitLabel = options.unitLabel ?? 'accounts';
  const singular = options.unitLabelSingular ?? unitLabel.replace(/s$/, '');
  const units = counter(format.integer, unitLabel, singular);
  const tierWords = { ...TIER_WORDS, ...options.tierLabels };
  const classWords = { ...CLASS_WORDS, ...options.classLabels };
  const { width, height } = options;
  const rows = result.rows;
  const n = rows.length;
  const dataArray = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (row: AbcXyzRow<T>) => nameOf(row, dataArray);
  const decimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 });

  const margin = resolveMargin({ top: 64, right: 12, bottom: 8, left: 128 }, options.margin);
  const plot = {
    x0: margin.left,
    x1: Math.max(margin.left + 1, width - margin.right),
    y0: margin.top,
    y1: Math.max(margin.top + 1, height - margin.bottom),
  };
  const grid = matrixGrid(3, 3, plot, 4);

  // Up to four example names per cell (rows are in ABC order, so the largest come first).
  const names = new Map<AbcXyzCell, string[]>();
  for (const row of rows) {
    const list = names.get(row.cell) ?? [];
    if (list.length < 4) list.push(labelOf(row));
    names.set(row.cell, list);
  }
  let maxValue = 0;
  for (const t of TIERS)
    for (const c of CLASSES) maxValue = Math.max(maxValue, result.cells[`${t}${c}`].value);
  const cells: AbcXyzCellLayout[] = grid.cells.map((box) => {
    const tier = TIERS[box.row] as AbcTier;
    const xyz = CLASSES[box.column] as XyzClass;
    const cell: AbcXyzCell = `${tier}${xyz}`;
    const summary = result.cells[cell];
    return { ...box, cell, tier, xyz, summary, level: cellIntensity(summary.value, maxValue) };
  });

  const [xLimit, yLimit] = result.xyz.thresholds;
  // Headers: "X" over "steady · CV ≤ 0.5", or "X · steady" over "CV ≤ 0.5" when the columns are narrow.
  const columnChars = Math.max(3, Math.floor((grid.cellWidth - 8) / 6.4));
  const fits = (text: string) => Array.from(text).length <= columnChars;
  const rules = CLASSES.map(
    (_, j) =>
      `CV ${j === 0 ? `≤ ${decimal.format(xLimit)}` : j === 1 ? `≤ ${decimal.format(yLimit)}` : `> ${decimal.format(yLimit)}`}`,
  );
  // Narrow columns: "X · steady" or just "X"; the rules whole ("CV ≤ 0.5", else "≤ 0.5" in every column, the
  // "CV" left to the table), never a cut number.
  const bare = !rules.every(fits);
  const columnHeaders = CLASSES.map((c, j) => {
    const rule = rules[j] as string;
    const wide = `${classWords[c]} · ${rule}`;
    if (fits(wide)) return { title: c, lines: [wide] };
    const named = `${c} · ${classWords[c]}`;
    const shown = bare ? rule.replace(/^CV /, '') : rule;
    return { title: fits(named) ? named : c, lines: [fits(shown) ? shown : truncate(shown, columnChars)] };
  });
  // Row headers: the words wrapped onto at most two lines left of the grid (beside the rotated axis title).
  const rowChars = Math.max(3, Math.floor((margin.left - 40) / 6.4));
  const rowHeaders = TIERS.map((t) => ({ title: t, lines: wrapText(tierWords[t], rowChars, 2) }));

  const capital = capitalise(valueLabel);
  const points: ExplorerPoint[] = cells.map((c) => {
    const list = names.get(c.cell) ?? [];
    const more = c.summary.count - list.length;
    return {
      x: c.x + c.width / 2,
      y: c.y + c.height / 2,
      box: { x: c.x, y: c.y, width: c.width, height: c.height },
      title: `${c.cell}: ${tierWords[c.tier]}, ${classWords[c.xyz]}`,
      lines: [
        `${units(c.summary.count)} (${sharePercent(format.percent, c.summary.accountShare)})`,
        `${capital}: ${format.value(c.summary.value)} (${sharePercent(format.percent, c.summary.share)})`,
        ...(list.length > 0
          ? [more > 0 ? `${namesList(list, 4)} and ${format.integer(more)} more` : namesList(list, 4)]
          : []),
      ],
    };
  });

  // The finding: the cell with the most value, then the steady and erratic counts.
  const biggest = cells.reduce<AbcXyzCellLayout | undefined>(
    (best, c) => (best === undefined || c.summary.value > best.summary.value ? c : best),
    undefined,
  );
  const excludedCount = result.excluded.length;
  const excludedNote =
    excludedCount > 0
      ? ` ${format.integer(excludedCount)} ${excludedCount === 1 ? 'record' : 'records'} left out (no positive ${valueLabel} or no usable series).`
      : '';
  let finding: string;
  let description: string;
  if (n === 0 || !biggest) {
    finding = `No ${unitLabel} with both a positive ${valueLabel} and a usable series.`;
    description = `${finding}${excludedNote}`;
  } else {
    const s = biggest.summary;
    finding = `${biggest.cell} (${tierWords[biggest.tier]}, ${classWords[biggest.xyz]}) holds ${units(s.count)} (${sharePercent(format.percent, s.accountShare)}) and ${sharePercent(format.percent, s.share)} of ${valueLabel}.`;
    const byClass = (c: XyzClass) => TIERS.reduce((sum, t) => sum + result.cells[`${t}${c}`].count, 0);
    const byCell = cells.map((c) => `${c.cell} ${format.integer(c.summary.count)}`).join(', ');
    description =
      `${finding} ${capitalise(classWords.X)} (X): ${units(byClass('X'))}; ${classWords.Y} (Y): ${format.integer(byClass('Y'))}; ${classWords.Z} (Z): ${format.integer(byClass('Z'))}.` +
      ` By cell: ${byCell}. XYZ by the coefficient of variation over ${format.integer(result.xyz.periods)} periods.${excludedNote}`;
  }

  const table: TableSpec = {
    caption: finding,
    columns: [
      { key: 'cell', label: 'Cell' },
      { key: 'tier', label: 'ABC' },
      { key: 'xyz', label: 'XYZ' },
      { key: 'count', label: capitalise(unitLabel), numeric: true },
      { key: 'accountShare', label: `Share of ${unitLabel}`, numeric: true },
      { key: 'value', label: capital, numeric: true },
      { key: 'share', label: `Share of ${valueLabel}`, numeric: true },
    ],
    rows: cells.map((c) => [
      c.cell,
      `${c.tier} (${tierWords[c.tier]})`,
      `${c.xyz} (${classWords[c.xyz]})`,
      format.integer(c.summary.count),
      format.percent(c.summary.accountShare, 1),
      format.value(c.summary.value),
      format.percent(c.summary.share, 1),
    ]),
    raw: cells.map((c) => [
      c.cell,
      c.tier,
      c.xyz,
      c.summary.count,
      c.summary.accountShare,
      c.summary.value,
      c.summary.share,
    ]),
    note: excludedNote.trim() || undefined,
  };

  return {
    result,
    format,
    width,
    height,
    margin,
    plot,
    cells,
    columnCenters: grid.columnCenters,
    rowCenters: grid.rowCenters,
    columnHeaders,
    rowHeaders,
    finding,
    description,
    units,
    points,
    table,
    labelOf,
  };
}
