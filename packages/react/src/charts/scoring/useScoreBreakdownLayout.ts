import type {
  Contribution,
  Criterion,
  Id,
  IdField,
  ResolvedCriterion,
  ScoreAxis,
  ScoreExcluded,
  ScoreNormalize,
  ScoreOptions,
  ScoreResult,
  ScoreRow,
} from '@kamkit/core';
import { score } from '@kamkit/core';
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { createFormat } from '../../format/createFormat';
import { toArray, useDataArray } from '../../primitives/data';
import { formatDecimal } from '../../primitives/decimal';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { resolveMargin } from '../../primitives/margin';
import { fitToWidth, textWidth } from '../../primitives/measureText';
import { capitalise } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import { truncate } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';
import { criterionName } from './matrixText';

/** Options of {@link useScoreBreakdownLayout}: core's `score` options, the account to show, geometry, formatting. */
export interface ScoreBreakdownLayoutOptions<T> extends FormatOptions {
  /** All accounts (`'minmax'` and `'rank'` normalisation compare an account with the others). */
  data: Iterable<T>;
  /** The criteria of both axes, with weights (core's `score`). Required. */
  criteria: readonly Criterion<T>[];
  /** Weights of growth and harmony in the total score. Default `{ growth: 1, harmony: 1 }`. */
  axisWeights?: { growth: number; harmony: number };
  /** How criterion values become 0–100 scores. Default `'scale'`. */
  normalize?: ScoreNormalize;
  /** Quadrant split and labels, to name the account's quadrant. Default: split at 50, McDonald & Rogers. */
  quadrants?: ScoreOptions<T>['quadrants'];
  /** The id of each account. Default: the field `id`, else the record's index. */
  id?: IdField<T>;
  /** The account's name. Default: the id. */
  label?: LabelField<T>;
  /** The id of the account to break down. Default: the account with the highest total score. */
  account?: Id;
  /** Name of the growth axis. Default `'Growth potential'`. */
  growthLabel?: string;
  /** Name of the harmony axis. Default `'Harmony'`. */
  harmonyLabel?: string;
  width: number;
  /** Height in pixels. Default: what the rows need (28 px a row). */
  height?: number;
  margin?: Partial<Margin>;
}

/** One line of the breakdown: an axis (its score), a criterion (its contribution) or the total. */
export interface BreakdownLine {
  kind: 'axis' | 'criterion' | 'total';
  /** The criterion's key, the axis (`'growth'`, `'harmony'`) or `'total'`. */
  key: string;
  /** The axis the line belongs to (none for the total). */
  axis?: ScoreAxis;
  /** The name shown (shortened to the label column) and in full. */
  text: string;
  name: string;
  /** The row band in SVG pixels. */
  y: number;
  height: number;
  /**
   * Where the line's texts and its bar are centred (y). Side by side they share the band's middle; in the
   * narrow layout the texts take the band's first line and the bar the second.
   */
  textY: number;
  barY: number;
  /** The bar's thickness: 10 (criterion), 14 (axis) or 16 px (total). */
  barHeight: number;
  /** The bar: from `x0` to `x1` (a criterion's bar starts where the previous one ended: a waterfall). */
  x0: number;
  x1: number;
  /** The value of the bar: a criterion's contribution to its axis score, an axis score or the total. */
  value: number;
  /** The criterion's contribution (criterion lines only). */
  contribution?: Contribution;
  /** Weight column text, e.g. "30 %"; rating column text, e.g. "8"; points text, e.g. "+24.0". */
  weightText: string;
  ratingText: string;
  valueText: string;
  /** The criterion's value was missing or not a number: it was dropped and the other weights renormalised. */
  incomplete: boolean;
  /** The criterion's value lay outside its scale and was clamped. */
  clamped: boolean;
}

/** Everything {@link ScoreBreakdown} draws, for custom rendering through its `children` render prop. */
export interface ScoreBreakdownLayout<T> {
  result: ScoreResult<T>;
  /** The account shown, or `undefined` (empty state). */
  row: ScoreRow<T> | undefined;
  /** The account when it was left out of the scoring (no usable criterion on an axis). */
  excluded: ScoreExcluded<T> | undefined;
  format: Formatters;
  width: number;
  height: number;
  margin: Margin;
  /** Column positions: label start, weight and rating right edges, bar range, points right edge. */
  columns: { label: number; weight: number; rating: number; bar0: number; bar1: number; value: number };
  /** Score 0–100 → x in the bar column. */
  x: (score: number) => number;
  /** Ticks of the bar column (0, 25, 50, 75, 100). */
  ticks: Tick[];
  /**
   * The narrow layout (a phone's width): each line's name, weight, value and points on one line and its bar
   * below them across the chart, so names need not be cut to a sliver and the bars keep a readable length.
   */
  narrow: boolean;
  /** Baseline of the column headings and of the tick labels (below the headings in the narrow layout). */
  headingY: number;
  tickY: number;
  /** Top of the first line (below the column headings). */
  top: number;
  lines: BreakdownLine[];
  /** The headline above the chart: the total score ("78.3") and the rank and quadrant ("rank 1 of 150 · Key"). */
  headline: { score: string; detail: string };
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: TableSpec;
  /** The account's name. */
  name: string;
  formatScore: (value: number) => string;
}

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
const FONT = 12;
const BAR_HEIGHT = { criterion: 10, axis: 14, total: 16 } as const;

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeScoreBreakdownLayout>[1]> = {
  account: true,
  currency: true,
  data: true,
  formatValue: true,
  growthLabel: true,
  harmonyLabel: true,
  height: true,
  label: true,
  locale: true,
  margin: true,
  width: true,
};

/**
 * Computes the score breakdown's layout: runs core's `score` over all accounts, picks one, and lays out its
 * criteria as a waterfall per axis (each criterion's contribution, weight share × 0–100 score, starts where the
 * previous ended, so the bars of an axis end at the axis score), then the total. Memoised on its inputs.
 *
 * @example
 * const layout = useScoreBreakdownLayout({ data, criteria, account: 'acc-001', label: 'name', width: 640 });
 * layout.finding; // "Acme scores 78.3 of 100 (rank 1 of 150, Key): …"
 */
export function useScoreBreakdownLayout<T>(options: ScoreBreakdownLayoutOptions<T>): ScoreBreakdownLayout<T> {
  const { criteria, axisWeights, normalize, quadrants, id } = options;
  const data = useDataArray(options.data);
  const result = useMemo(
    () => score(data, { criteria, axisWeights, normalize, quadrants, id }),
    [data, criteria, axisWeights, normalize, quadrants, id],
  );
  return useLayoutMemo(computeScoreBreakdownLayout, result, { ...options, data }, LAYOUT_KEYS);
}

/** The pure part of {@link useScoreBreakdownLayout}: layout of one account of an already computed score result. */
export function computeScoreBreakdownLayout<T>(
  result: ScoreResult<T>,
  options: Omit<
    ScoreBreakdownLayoutOptions<T>,
    'criteria' | 'axisWeights' | 'normalize' | 'quadrants' | 'id'
  >,
): ScoreBreakdownLayout<T> {
  const format = createFormat(options);
  const formatScore = (value: number) => formatDecimal(format.locale, value, 1);
  const axisName = {
    growth: options.growthLabel ?? 'Growth potential',
    harmony: options.harmonyLabel ?? 'Harmony',
  };
  const dataArray = toArray(options.data);
  const nameOf = labeller(options.label);
  const wanted = options.account;
  const same = (a: Id) => wanted !== undefined && String(a) === String(wanted);
  const row = wanted === undefined ? result.rows[0] : result.rows.find((r) => same(r.id));
  const excluded = row || wanted === undefined ? undefined : result.excluded.find((e) => same(e.id));
  const name = row ? nameOf(row, dataArray) : excluded ? nameOf(excluded, dataArray) : '';
  const criteriaByKey = new Map<string, ResolvedCriterion>(result.criteria.map((c) => [c.key, c]));
  const nameOfCriterion = (key: string) => criterionName(criteriaByKey.get(key), key);
  const n = result.rows.length;

  const width = options.width;
  const lineCount = row ? row.contributions.length : 0;
  const margin = resolveMargin({ top: 4, right: 10, bottom: 10, left: 8 }, options.margin);
  const inner = width - margin.left - margin.right;
  const labelWidth = Math.max(90, Math.min(220, inner * 0.3));
  const wide = {
    label: margin.left,
    weight: margin.left + labelWidth + 44,
    rating: margin.left + labelWidth + 104,
    bar0: margin.left + labelWidth + 128,
    bar1: Math.max(margin.left + labelWidth + 168, width - margin.right - 72),
    value: width - margin.right,
  };
  const narrow = row !== undefined && wide.bar1 - wide.bar0 < MIN_BAR;
  const axisRow = narrow ? NARROW_AXIS_ROW : AXIS_ROW;
  const criterionRow = narrow ? NARROW_ROW : ROW;
  const head = narrow ? HEAD + NARROW_TICKS : HEAD;
  const needed =
    margin.top + head + (row ? 3 * axisRow + lineCount * criterionRow + 2 * GAP : 60) + margin.bottom;
  const height = options.height ?? needed;
  // Row heights shrink (or grow, up to 1.4×) to fit a given height.
  const scaleRows = row
    ? Math.max(
        0.6,
        Math.min(
          1.4,
          (height - margin.top - head - margin.bottom) / (needed - margin.top - head - margin.bottom),
        ),
      )
    : 1;

  // The narrow layout's columns are as wide as their widest text (estimated): points at the right edge, then
  // value and weight; the name takes the rest of the line, the bar the chart's width below it.
  const tickValues = [0, 25, 50, 75, 100];
  const tickHalf = textWidth(format.integer(100), FONT) / 2;
  const columnWidth = (title: string, texts: readonly string[], bold = false) =>
    Math.max(textWidth(title, FONT, true), ...texts.map((text) => textWidth(text, FONT, bold)));
  const columns = narrow
    ? (() => {
        const contributions = row?.contributions ?? [];
        const points = columnWidth('Points', [
          formatScore(100),
          ...contributions.map((c) => `+${formatScore(c.contribution)}`),
        ]);
        const value = columnWidth(
          'Value',
          contributions.map((c) =>
            c.score === null
              ? 'missing'
              : `${typeof c.value === 'number' ? formatDecimal(format.locale, c.value, 2) : String(c.value)}${c.clamped ? '*' : ''}`,
          ),
        );
        const right = width - margin.right;
        const rating = Math.round(right - points - 12);
        return {
          label: margin.left,
          weight: Math.round(rating - value - 12),
          rating,
          bar0: margin.left + 12,
          bar1: Math.max(margin.left + 52, right - Math.ceil(tickHalf)),
          value: right,
        };
      })()
    : wide;
  const x = scaleLinear([0, 100], [columns.bar0, columns.bar1]);
  // Tick labels need their width and 8 px between them: 0/25/50/75/100, else 0/50/100, else 0/100.
  const step = [25, 50, 100].find((v) => x(v) - x(0) >= 2 * tickHalf + 8) ?? 100;
  const ticks: Tick[] = tickValues
    .filter((v) => v % step === 0)
    .map((v) => ({ position: x(v), label: format.integer(v) }));
  const maxChars = Math.max(6, Math.floor(labelWidth / 6.6));
  // Narrow: a name may run up to the weight column (its widest text right-aligned there, 10 px apart).
  const nameRoom = Math.max(
    40,
    columns.weight -
      columnWidth(
        'Weight',
        (row?.contributions ?? []).map((c) => format.percent(c.weightShare)),
      ) -
      10 -
      columns.label,
  );
  const fitName = (name: string, kind: 'axis' | 'criterion') =>
    narrow
      ? fitToWidth(name, kind === 'criterion' ? nameRoom - 12 : nameRoom, FONT, kind === 'axis')
      : truncate(name, kind === 'criterion' ? maxChars - 1 : maxChars);
  const headingY = margin.top + 14;
  const tickY = narrow ? headingY + NARROW_TICKS : headingY;
  const top = margin.top + head;
  // Where a line's texts and bar sit in its band.
  const place = (kind: BreakdownLine['kind'], y: number, h: number) =>
    narrow
      ? {
          textY: y + (kind === 'criterion' ? 9 : 11) * scaleRows,
          barY: y + h - (BAR_HEIGHT[kind] / 2 + (kind === 'criterion' ? 5 : 6)) * scaleRows,
          barHeight: BAR_HEIGHT[kind],
        }
      : { textY: y + h / 2, barY: y + h / 2, barHeight: BAR_HEIGHT[kind] };

  const lines: BreakdownLine[] = [];
  if (row) {
    const axisShare = {
      growth: result.axisWeights.growth / (result.axisWeights.growth + result.axisWeights.harmony),
      harmony: result.axisWeights.harmony / (result.axisWeights.growth + result.axisWeights.harmony),
    };
    let y = top;
    for (const axis of ['growth', 'harmony'] as const) {
      const axisScore = row[axis];
      const h = axisRow * scaleRows;
      lines.push({
        kind: 'axis',
        key: axis,
        axis,
        name: axisName[axis],
        text: fitName(axisName[axis], 'axis'),
        y,
        height: h,
        ...place('axis', y, h),
        x0: x(0),
        x1: x(axisScore),
        value: axisScore,
        weightText: format.percent(axisShare[axis]),
        ratingText: '',
        valueText: formatScore(axisScore),
        incomplete: false,
        clamped: false,
      });
      y += h;
      let running = 0;
      for (const c of row.contributions) {
        if (c.axis !== axis) continue;
        const rh = criterionRow * scaleRows;
        const dropped = c.score === null;
        const criterionLabel = nameOfCriterion(c.key);
        lines.push({
          kind: 'criterion',
          key: c.key,
          axis,
          name: criterionLabel,
          text: fitName(criterionLabel, 'criterion'),
          y,
          height: rh,
          ...place('criterion', y, rh),
          x0: x(running),
          x1: x(running + c.contribution),
          value: c.contribution,
          contribution: c,
          weightText: dropped ? '–' : format.percent(c.weightShare),
          ratingText: dropped
            ? 'missing'
            : typeof c.value === 'number'
              ? formatDecimal(format.locale, c.value, 2)
              : String(c.value),
          valueText: dropped ? '–' : `+${formatScore(c.contribution)}`,
          incomplete: dropped,
          clamped: c.clamped,
        });
        running += c.contribution;
        y += rh;
      }
      y += GAP * scaleRows;
    }
    lines.push({
      kind: 'total',
      key: 'total',
      name: 'Total score',
      text: 'Total score',
      y,
      height: axisRow * scaleRows,
      ...place('total', y, axisRow * scaleRows),
      x0: x(0),
      x1: x(row.total),
      value: row.total,
      weightText: '',
      ratingText: '',
      valueText: formatScore(row.total),
      incomplete: false,
      clamped: false,
    });
  }

  let finding: string;
  let headline = { score: '', detail: '' };
  let extra = '';
  if (row) {
    headline = {
      score: formatScore(row.total),
      detail: `Rank ${format.integer(row.rank)} of ${format.integer(n)} · ${row.quadrant.label} quadrant · ${axisName.growth} ${formatScore(row.growth)} · ${axisName.harmony} ${formatScore(row.harmony)}`,
    };
    let best: Contribution | undefined;
    for (const c of row.contributions)
      if (c.score !== null && (!best || c.totalContribution > best.totalContribution)) best = c;
    finding = `${name} scores ${formatScore(row.total)} of 100 (rank ${format.integer(row.rank)} of ${format.integer(n)}, ${row.quadrant.label}): ${axisName.growth.toLowerCase()} ${formatScore(row.growth)}, ${axisName.harmony.toLowerCase()} ${formatScore(row.harmony)}.`;
    if (best) {
      extra += ` ${nameOfCriterion(best.key)} contributes most (+${formatScore(best.contribution)} to ${axisName[best.axis].toLowerCase()}).`;
    }
    const dropped = row.contributions.filter((c) => c.score === null);
    for (const axis of ['growth', 'harmony'] as const) {
      const names = dropped.filter((c) => c.axis === axis).map((c) => nameOfCriterion(c.key));
      if (names.length > 0) {
        extra += ` ${names.join(' and ')} ${names.length === 1 ? 'is' : 'are'} missing; the other ${axisName[axis].toLowerCase()} weights were renormalised.`;
      }
    }
    const clamped = row.contributions.filter((c) => c.clamped).map((c) => nameOfCriterion(c.key));
    if (clamped.length > 0) extra += ` Clamped to the scale: ${clamped.join(', ')}.`;
  } else if (excluded) {
    finding = `${name} has no score: no usable ${excluded.axes.map((a) => axisName[a].toLowerCase()).join(' or ')} criterion.`;
  } else if (wanted !== undefined && (n > 0 || result.excluded.length > 0)) {
    finding = `No account with the id ${String(wanted)}.`;
  } else {
    finding = 'No accounts to break down.';
  }
  const description = `${finding}${extra}`;

  const points: ExplorerPoint[] = lines.map((line) => {
    const c = line.contribution;
    let info: string[];
    if (line.kind === 'total') {
      info = [
        `${formatScore(line.value)} of 100 · rank ${format.integer((row as ScoreRow<T>).rank)} of ${format.integer(n)}`,
        `${(row as ScoreRow<T>).quadrant.label} quadrant`,
      ];
    } else if (line.kind === 'axis') {
      info = [`${formatScore(line.value)} of 100`, `Weight in the total: ${line.weightText}`];
    } else if (c && c.score === null) {
      info = [
        `Value: ${c.value === undefined || c.value === null ? 'missing' : String(c.value)}`,
        `Not scored: the other ${axisName[c.axis].toLowerCase()} weights were renormalised`,
      ];
    } else if (c) {
      info = [
        `Value: ${line.ratingText}${c.clamped ? ' (outside its scale, clamped)' : ''} → score ${formatScore(c.score as number)} of 100`,
        `Weight: ${formatDecimal(format.locale, c.weight, 3)} (${format.percent(c.weightShare, 1)} of ${axisName[c.axis].toLowerCase()})`,
        `Contribution: +${formatScore(c.contribution)} to ${axisName[c.axis].toLowerCase()}, +${formatScore(c.totalContribution)} to the total`,
      ];
    } else info = [];
    return {
      x: (columns.bar0 + columns.bar1) / 2,
      y: line.y + line.height / 2,
      box: {
        x: margin.left - 4,
        y: line.y,
        width: width - margin.left - margin.right + 8,
        height: line.height,
      },
      title:
        line.kind === 'criterion'
          ? `${line.name} (${axisName[line.axis as ScoreAxis].toLowerCase()})`
          : line.name,
      lines: info,
    };
  });

  const contributions = row?.contributions ?? [];
  const table: TableSpec = {
    caption: finding,
    columns: [
      { key: 'axis', label: 'Axis' },
      { key: 'criterion', label: 'Criterion' },
      { key: 'weight', label: 'Weight', numeric: true },
      { key: 'share', label: 'Weight share', numeric: true },
      { key: 'value', label: 'Value', numeric: true },
      { key: 'score', label: 'Score (0–100)', numeric: true },
      { key: 'contribution', label: 'Contribution to axis', numeric: true },
      { key: 'total', label: 'Contribution to total', numeric: true },
      { key: 'note', label: 'Note' },
    ],
    rows: contributions.map((c) => [
      capitalise(axisName[c.axis]),
      nameOfCriterion(c.key),
      formatDecimal(format.locale, c.weight, 3),
      format.percent(c.weightShare, 1),
      typeof c.value === 'number'
        ? formatDecimal(format.locale, c.value, 2)
        : c.value == null
          ? ''
          : String(c.value),
      c.score === null ? '–' : formatScore(c.score),
      formatScore(c.contribution),
      formatScore(c.totalContribution),
      c.score === null ? 'missing: not scored' : c.clamped ? 'outside its scale: clamped' : '',
    ]),
    raw: contributions.map((c) => [
      c.axis,
      nameOfCriterion(c.key),
      c.weight,
      c.weightShare,
      typeof c.value === 'number' ? c.value : null,
      c.score,
      c.contribution,
      c.totalContribution,
      c.score === null ? 'missing' : c.clamped ? 'clamped' : '',
    ]),
  };

  return {
    result,
    row,
    excluded,
    format,
    width,
    height,
    margin,
    columns,
    x,
    ticks,
    narrow,
    headingY,
    tickY,
    top,
    lines,
    headline,
    finding,
    description,
    points,
    table,
    name,
    formatScore,
  };
}
