import type { ScoreResult, ScoreRow } from '@kamkit/core';
import { score } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt, checkChartInput } from '../../contract/errors';
import { leftOutNote } from '../../contract/excluded';
import { optionValues } from '../../contract/options';
import type { ChartItem } from '../../contract/types';
import { createFormat, type Formatters } from '../../format/createFormat';
import { scoring as deScoring } from '../../messages/de/scoring';
import { scoring as enScoring } from '../../messages/en/scoring';
import { resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { toArray } from '../../primitives/data';
import { formatDecimal } from '../../primitives/decimal';
import { type HeatCell, type HeatTableLayout, layoutHeatTable } from '../../primitives/heatTable';
import { labeller } from '../../primitives/labels';
import { type ColumnTable, columnHelper, tableFromColumns } from '../../primitives/table';
import type { ExplorerPoint } from '../../primitives/types';
import { ratingText } from './breakdownGeometry';
import { sortColumn as findSortColumn, type ScoringColumn, scoringColumns, sortRows } from './tableColumns';
import type { ScoringTableOptions } from './tableOptions';
import { SCORING_TABLE_OPTIONS } from './tableOptions';

/** The catalogues of the scoring family in the built-in languages. */
const CATALOGUES = { en: enScoring, de: deScoring };
const DEFAULT_ROWS = 30;
/** The heat table's row height (see `layoutHeatTable`). */
const ROW_HEIGHT = 26;

/** Everything {@link ScoringTable} draws. */
export interface ScoringTableLayout<T> {
  result: ScoreResult<T>;
  format: Formatters;
  columns: ScoringColumn[];
  /** All scored accounts in the reader's order; `shown` are the first `maxRows` of them (the drawn rows). */
  rows: ScoreRow<T>[];
  shown: ScoreRow<T>[];
  sortBy: string;
  /** The columns the reader can sort by (key and name), for the sort control. */
  sortOptions: { key: string; label: string }[];
  heat: HeatTableLayout;
  title: string;
  finding: string;
  /** What the drawn table leaves out ("Showing the first 30 of 144 accounts; …") and what core left out. */
  note: string;
  description: string;
  points: ExplorerPoint[];
  table: ColumnTable;
  words: MessageShape<typeof enScoring>['table'];
}

/** One drawn cell: the rating (or score) as text, shaded by its 0–100 score; a missing rating is marked. */
function heatCell(
  column: ScoringColumn,
  row: ScoreRow<unknown>,
  locale: string,
  formatScore: (v: number) => string,
): HeatCell {
  const s = column.score(row);
  if (s === null) return { text: '–', level: null, state: 'missing' };
  const text = column.kind === 'criterion' ? ratingText(column.raw(row), locale) : formatScore(s);
  return { text, level: s / 100 };
}

/**
 * Computes the scoring table: core's `score`, the columns of the listed axis (criteria with their weights, the
 * weighted axis score, the total), the rows sorted by the reader's column, the drawn heat table of the first
 * `maxRows`, one explorer point per cell (grid keys; each cell's item is its account) and the data table of all.
 */
export function computeScoringTable<T>(
  result: ScoreResult<T>,
  options: ScoringTableOptions<T>,
): ScoringTableLayout<T> {
  const format = createFormat(options);
  const formatScore = (value: number) => formatDecimal(format.locale, value, 1);
  const text = resolveMessages(options.locale, options.messages, 'scoring', CATALOGUES);
  const words = text.family.table;
  const axis = options.axis ?? 'both';
  const axisName = {
    growth: options.yLabel ?? text.family.growth,
    harmony: options.xLabel ?? text.family.harmony,
  };
  const columns = scoringColumns(result, axis, axisName, text.family, format);
  const data = toArray(options.data);
  const nameOf = labeller(options.label);
  const names = new Map(result.rows.map((row) => [row, nameOf(row, data)]));
  const name = (row: ScoreRow<T>) => names.get(row) as string;
  const sortBy = options.sortBy ?? (axis === 'both' ? 'total' : axis);
  const rows = sortRows(result.rows, columns, sortBy, name, format.locale);
  const heatOf = (count: number) => {
    const shown = rows.slice(0, count);
    const heat = layoutHeatTable({
      width: options.width,
      margin: options.margin,
      columns,
      rowLabels: shown.map(name),
      rowHeader: words.account,
      cells: shown.map((row) =>
        columns.map((c) => heatCell(c, row as ScoreRow<unknown>, format.locale, formatScore)),
      ),
    });
    return { shown, heat };
  };
  let { shown, heat } = heatOf(Math.max(0, options.maxRows ?? DEFAULT_ROWS));
  // A given height draws the rows that fit under the headers.
  if (options.height !== undefined && heat.height > options.height) {
    ({ shown, heat } = heatOf(
      Math.max(0, Math.floor((options.height - heat.headerBottom - 4) / ROW_HEIGHT)),
    ));
  }
  const sortColumn = findSortColumn(columns, sortBy);
  const first = rows[0];
  const firstScore = first ? sortColumn.score(first as ScoreRow<unknown>) : null;
  const finding = first
    ? translate(
        words.finding,
        {
          count: rows.length,
          criteria: result.criteria.length,
          column: sortColumn.header,
          name: name(first),
          score: firstScore === null ? '–' : formatScore(firstScore),
        },
        format,
      )
    : words.empty;
  const notes = [
    shown.length < rows.length
      ? translate(words.shown, { shown: shown.length, count: rows.length }, format)
      : '',
    leftOutNote(result.excluded, 'criteria', text.common, format),
  ].filter(Boolean);
  const axes = axis === 'both' ? translate(words.both, axisName, format) : axisName[axis];
  return {
    result,
    format,
    columns,
    rows,
    shown,
    sortBy: sortBy === 'name' ? 'name' : sortColumn.key,
    sortOptions: [
      ...columns.map((c) => ({ key: c.key, label: c.header })),
      { key: 'name', label: words.account },
    ],
    heat,
    title: translate(words.title, { axes }, format),
    finding,
    note: notes.join(' '),
    description: [finding, ...notes].join(' '),
    points: tablePoints(shown, columns, heat, { name, words, format, formatScore, count: rows.length }),
    table: dataTable(rows, columns, {
      name,
      words,
      format,
      formatScore,
      finding,
      note: notes.join(' '),
      max: options.maxTableRows,
    }),
    words,
  };
}

interface PointWords<T> {
  name: (row: ScoreRow<T>) => string;
  words: MessageShape<typeof enScoring>['table'];
  format: Formatters;
  formatScore: (value: number) => string;
  count: number;
}

/** One explorer point per drawn cell, row by row (grid keys), each carrying its account. */
function tablePoints<T>(
  shown: readonly ScoreRow<T>[],
  columns: readonly ScoringColumn[],
  heat: HeatTableLayout,
  w: PointWords<T>,
): ExplorerPoint[] {
  const items = shown.map(
    (row): ChartItem<T> => ({ kind: 'account', id: row.id, datum: row.datum, accounts: [row.datum] }),
  );
  return heat.cells.map((cell) => {
    const row = shown[cell.row] as ScoreRow<T>;
    const column = columns[cell.col] as ScoringColumn;
    const s = column.score(row as ScoreRow<unknown>);
    const first =
      column.kind !== 'criterion'
        ? translate(
            w.words.tipAxis,
            { name: column.header, score: s === null ? '–' : w.formatScore(s) },
            w.format,
          )
        : s === null
          ? translate(w.words.tipMissing, { criterion: column.header }, w.format)
          : translate(
              w.words.tipRating,
              { criterion: column.header, value: cell.cell.text, score: w.formatScore(s) },
              w.format,
            );
    return {
      x: cell.x + cell.width / 2,
      y: cell.y + cell.height / 2,
      box: { x: cell.x, y: cell.y, width: cell.width, height: cell.height },
      row: cell.row,
      col: cell.col,
      title: w.name(row),
      lines: [first, translate(w.words.tipRank, { rank: row.rank, count: w.count }, w.format)],
      item: items[cell.row] as ChartItem<unknown>,
    };
  });
}

/** The data table (visible, hidden and CSV) of every scored account, in the reader's order. */
function dataTable<T>(
  rows: readonly ScoreRow<T>[],
  columns: readonly ScoringColumn[],
  w: Omit<PointWords<T>, 'count'> & { finding: string; note: string; max: number | undefined },
): ColumnTable {
  const column = columnHelper<ScoreRow<T>>();
  const defs = [
    column({
      key: 'rank',
      header: w.words.rank,
      value: (row) => row.rank,
      format: (v) => w.format.integer(v),
    }),
    column({ key: 'name', header: w.words.account, value: (row) => w.name(row) }),
    ...columns.map((c) =>
      column({
        key: c.key,
        header: c.header,
        value: (row) => {
          const v =
            c.kind === 'criterion' ? c.raw(row as ScoreRow<unknown>) : c.score(row as ScoreRow<unknown>);
          return typeof v === 'number' || typeof v === 'string' ? v : null;
        },
        format: (v) =>
          v === null
            ? '–'
            : typeof v === 'number'
              ? c.kind === 'criterion'
                ? ratingText(v, w.format.locale)
                : w.formatScore(v)
              : v,
        numeric: true,
      }),
    ),
  ];
  return tableFromColumns(rows, defs, { caption: w.finding, note: w.note || undefined, maxTableRows: w.max });
}

/** The options only core reads, and the sort callback: the layout memo leaves them out. */
const NOT_LAYOUT = /* @__PURE__ */ new Set<string>([
  'criteria',
  'axisWeights',
  'normalize',
  'quadrants',
  'id',
  'onSortChange',
]);
const LAYOUT_KEYS = /* @__PURE__ */ SCORING_TABLE_OPTIONS.filter((key) => !NOT_LAYOUT.has(key));

/**
 * The scoring table as a hook: core's `score` (memoised on data, criteria, weights, normalisation, quadrants and
 * id), then {@link computeScoringTable}. Never throws: invalid data or criteria give `{ ok: false, error }`.
 */
export function useScoringTable<T>(options: ScoringTableOptions<T>): Attempt<ScoringTableLayout<T>> {
  const { data, criteria, axisWeights, normalize, quadrants, id } = options;
  const analysis = useMemo(
    () =>
      attempt(() => {
        const invalid = checkChartInput({
          data,
          width: options.width,
          height: options.height,
          margin: options.margin,
        });
        if (invalid) throw invalid;
        return score(toArray(data), { criteria, axisWeights, normalize, quadrants, id });
      }, 'criteria'),
    [data, criteria, axisWeights, normalize, quadrants, id, options.width, options.height, options.margin],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (analysis.ok ? attempt(() => computeScoringTable(analysis.value, options)) : analysis),
    [analysis, ...optionValues(options, LAYOUT_KEYS)],
  );
}
