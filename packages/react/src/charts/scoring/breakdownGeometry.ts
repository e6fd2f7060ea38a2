import type { ScoreResult, ScoreRow } from '@kamkit/core';
import { scaleLinear } from 'd3-scale';
import type { Formatters } from '../../format/createFormat';
import { formatDecimal } from '../../primitives/decimal';
import { resolveMargin } from '../../primitives/margin';
import { capitalise, measureText, truncateText } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import type { Margin } from '../../primitives/types';
import type { BreakdownColumns, BreakdownLine } from './breakdownTypes';

const ROW = 26;
const AXIS_ROW = 30;
const GAP = 10;
const HEAD = 26;
/** Narrow layout: a line of text over a bar; the tick labels get a row of their own below the headings. */
const NARROW_ROW = 34;
const NARROW_AXIS_ROW = 40;
const NARROW_TICKS = 18;
/** The narrow layout takes over when the side-by-side bar column would be shorter than this. */
const MIN_BAR = 120;
const FONT = { size: 12 };
const BOLD = { size: 12, bold: true };
const BAR_HEIGHT = { criterion: 10, axis: 14, total: 16 } as const;

/** What {@link breakdownGeometry} needs. */
export interface BreakdownGeometryInput<T> {
  result: ScoreResult<T>;
  row: ScoreRow<T> | undefined;
  width: number;
  height: number | undefined;
  margin: Partial<Margin> | undefined;
  format: Formatters;
  formatScore: (value: number) => string;
  /** Column headings (their widths size the narrow layout's columns) and the words of the lines. */
  words: { weight: string; value: string; points: string; missing: string; total: string };
  axisName: { growth: string; harmony: string };
  nameOfCriterion: (key: string) => string;
}

/** A criterion's value as the rating column writes it. */
export function ratingText(value: unknown, locale: string): string {
  return typeof value === 'number' ? formatDecimal(locale, value, 2) : value == null ? '' : String(value);
}

/** The columns: side by side (wide), or in the narrow layout as wide as their widest text. */
function breakdownColumns<T>(input: BreakdownGeometryInput<T>, margin: Margin, labelWidth: number) {
  const { width, row, format, formatScore, words } = input;
  const wide: BreakdownColumns = {
    label: margin.left,
    weight: margin.left + labelWidth + 44,
    rating: margin.left + labelWidth + 104,
    bar0: margin.left + labelWidth + 128,
    bar1: Math.max(margin.left + labelWidth + 168, width - margin.right - 72),
    value: width - margin.right,
  };
  const narrow = row !== undefined && wide.bar1 - wide.bar0 < MIN_BAR;
  if (!narrow) return { columns: wide, narrow };
  const tickHalf = measureText(format.integer(100), FONT) / 2;
  const columnWidth = (title: string, texts: readonly string[]) =>
    Math.max(measureText(title, BOLD), ...texts.map((text) => measureText(text, FONT)));
  const contributions = row?.contributions ?? [];
  const points = columnWidth(words.points, [
    formatScore(100),
    ...contributions.map((c) => `+${formatScore(c.contribution)}`),
  ]);
  const value = columnWidth(
    words.value,
    contributions.map((c) =>
      c.score === null ? words.missing : `${ratingText(c.value, format.locale)}${c.clamped ? '*' : ''}`,
    ),
  );
  const right = width - margin.right;
  const rating = Math.round(right - points - 12);
  const columns: BreakdownColumns = {
    label: margin.left,
    weight: Math.round(rating - value - 12),
    rating,
    bar0: margin.left + 12,
    bar1: Math.max(margin.left + 52, right - Math.ceil(tickHalf)),
    value: right,
  };
  return { columns, narrow };
}

/**
 * Stage 1–2: the columns (wide, or narrow at a phone's width), the 0–100 scale and its ticks, and one line per
 * axis, criterion and the total: a waterfall per axis (each criterion's contribution starts where the previous
 * ended, so the bars of an axis end at the axis score). Row heights shrink (down to 0.6×) or grow (up to 1.4×)
 * to fit a given height.
 */
export function breakdownGeometry<T>(input: BreakdownGeometryInput<T>) {
  const { row, width, format, words } = input;
  const margin = resolveMargin({ top: 4, right: 10, bottom: 10, left: 8 }, input.margin);
  const inner = width - margin.left - margin.right;
  const labelWidth = Math.max(90, Math.min(220, inner * 0.3));
  const { columns, narrow } = breakdownColumns(input, margin, labelWidth);
  const lineCount = row ? row.contributions.length : 0;
  const axisRow = narrow ? NARROW_AXIS_ROW : AXIS_ROW;
  const criterionRow = narrow ? NARROW_ROW : ROW;
  const head = narrow ? HEAD + NARROW_TICKS : HEAD;
  const needed =
    margin.top + head + (row ? 3 * axisRow + lineCount * criterionRow + 2 * GAP : 60) + margin.bottom;
  const height = input.height ?? needed;
  const body = needed - margin.top - head - margin.bottom;
  const scaleRows = row
    ? Math.max(0.6, Math.min(1.4, (height - margin.top - head - margin.bottom) / body))
    : 1;
  const x = scaleLinear([0, 100], [columns.bar0, columns.bar1]);
  const tickHalf = measureText(format.integer(100), FONT) / 2;
  // Tick labels need their width and 8 px between them: 0/25/50/75/100, else 0/50/100, else 0/100.
  const step = [25, 50, 100].find((v) => x(v) - x(0) >= 2 * tickHalf + 8) ?? 100;
  const ticks: Tick[] = [0, 25, 50, 75, 100]
    .filter((v) => v % step === 0)
    .map((v) => ({ position: x(v), label: format.integer(v) }));
  const weightWidth = Math.max(
    measureText(words.weight, BOLD),
    ...(row?.contributions ?? []).map((c) => measureText(format.percent(c.weightShare), FONT)),
  );
  // Wide: a name fits its label column; narrow: it may run up to the weight column (10 px apart).
  const nameRoom = narrow ? Math.max(40, columns.weight - weightWidth - 10 - columns.label) : labelWidth;
  const fitName = (name: string, kind: 'axis' | 'criterion') =>
    truncateText(name, kind === 'criterion' ? nameRoom - 12 : nameRoom, kind === 'axis' ? BOLD : FONT);
  const headingY = margin.top + 14;
  const tickY = narrow ? headingY + NARROW_TICKS : headingY;
  const top = margin.top + head;
  const place = (kind: BreakdownLine['kind'], y: number, h: number) =>
    narrow
      ? {
          textY: y + (kind === 'criterion' ? 9 : 11) * scaleRows,
          barY: y + h - (BAR_HEIGHT[kind] / 2 + (kind === 'criterion' ? 5 : 6)) * scaleRows,
          barHeight: BAR_HEIGHT[kind],
        }
      : { textY: y + h / 2, barY: y + h / 2, barHeight: BAR_HEIGHT[kind] };
  const lines = row
    ? breakdownLines(
        { ...input, row },
        {
          x,
          top,
          axisRow: axisRow * scaleRows,
          criterionRow: criterionRow * scaleRows,
          gap: GAP * scaleRows,
          place,
          fitName,
        },
      )
    : [];
  return { margin, height, columns, narrow, x, ticks, headingY, tickY, top, lines };
}

/** The lines of one scored account: per axis its score line and its criteria's waterfall, then the total. */
function breakdownLines<T>(
  input: BreakdownGeometryInput<T> & { row: ScoreRow<T> },
  g: {
    x: (score: number) => number;
    top: number;
    axisRow: number;
    criterionRow: number;
    gap: number;
    place: (
      kind: BreakdownLine['kind'],
      y: number,
      h: number,
    ) => { textY: number; barY: number; barHeight: number };
    fitName: (name: string, kind: 'axis' | 'criterion') => string;
  },
): BreakdownLine[] {
  const { row, result, format, formatScore, words, axisName } = input;
  const { x, place, fitName } = g;
  const weights = result.axisWeights.growth + result.axisWeights.harmony;
  const accounts = [row.datum];
  const lines: BreakdownLine[] = [];
  let y = g.top;
  for (const axis of ['growth', 'harmony'] as const) {
    const axisScore = row[axis];
    const h = g.axisRow;
    lines.push({
      kind: 'axis',
      key: axis,
      axis,
      name: capitalise(axisName[axis]),
      text: fitName(capitalise(axisName[axis]), 'axis'),
      y,
      height: h,
      ...place('axis', y, h),
      x0: x(0),
      x1: x(axisScore),
      value: axisScore,
      weightText: format.percent(result.axisWeights[axis] / weights),
      ratingText: '',
      valueText: formatScore(axisScore),
      incomplete: false,
      clamped: false,
      item: { kind: 'cell', id: `axis:${axis}`, datum: null, accounts },
    });
    y += h;
    let running = 0;
    for (const c of row.contributions) {
      if (c.axis !== axis) continue;
      const rh = g.criterionRow;
      const dropped = c.score === null;
      const name = input.nameOfCriterion(c.key);
      lines.push({
        kind: 'criterion',
        key: c.key,
        axis,
        name,
        text: fitName(name, 'criterion'),
        y,
        height: rh,
        ...place('criterion', y, rh),
        x0: x(running),
        x1: x(running + c.contribution),
        value: c.contribution,
        contribution: c,
        weightText: dropped ? '–' : format.percent(c.weightShare),
        ratingText: dropped ? words.missing : ratingText(c.value, format.locale),
        valueText: dropped ? '–' : `+${formatScore(c.contribution)}`,
        incomplete: dropped,
        clamped: c.clamped,
        item: { kind: 'cell', id: `criterion:${c.key}`, datum: null, accounts },
      });
      running += c.contribution;
      y += rh;
    }
    y += g.gap;
  }
  lines.push({
    kind: 'total',
    key: 'total',
    name: words.total,
    text: words.total,
    y,
    height: g.axisRow,
    ...place('total', y, g.axisRow),
    x0: x(0),
    x1: x(row.total),
    value: row.total,
    weightText: '',
    ratingText: '',
    valueText: formatScore(row.total),
    incomplete: false,
    clamped: false,
    item: { kind: 'account', id: row.id, datum: row.datum, accounts },
  });
  return lines;
}
