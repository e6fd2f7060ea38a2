import type { MrrMovement, MrrMovementRow, MrrMovementsResult } from '@kamkit/core';
import { KamkitError } from '@kamkit/core';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { FormatOptions, Formatters } from '../../../format/createFormat';
import { compactFormat } from '../../../primitives/compact';
import { plotArea, resolveMargin } from '../../../primitives/margin';
import { type Box, placeLabels } from '../../../primitives/placement';
import { axisSpace, measureText } from '../../../primitives/text';
import type { Margin } from '../../../primitives/types';
import { NAME_ROW, stepNames } from './labels';
import type { WaterfallStep, WaterfallStepKey } from './types';

/** The value labels' font: bold 12 px. */
const VALUE_FONT = { size: 12, bold: true } as const;

const KEYS: WaterfallStepKey[] = ['start', 'new', 'expansion', 'contraction', 'churned', 'end'];

interface StepsInput<T> {
  result: MrrMovementsResult<T>;
  /** The snapshots the result was computed from: a total's records are its snapshot's. */
  before: readonly T[];
  after: readonly T[];
  names: Record<WaterfallStepKey, string>;
  /** Shorter names for narrow bands (the compared months as "Dec 24"); see `stepNames`. */
  shortNames: Partial<Record<WaterfallStepKey, string>>;
  isHidden: (kind: WaterfallStep<T>['kind']) => boolean;
  width: number;
  height: number;
  margin: Partial<Margin> | undefined;
  format: Formatters;
  formatOptions: FormatOptions;
  yTitle: boolean;
}

/** The records a step stands for: the accounts of a movement (the record core reports for each). */
function stepRecords<T>(rows: readonly MrrMovementRow<T>[]): T[] {
  return rows.map((row) => row.datum);
}

/** The paying accounts' records of one snapshot (by their index in it). */
function snapshotRecords<T>(
  rows: readonly MrrMovementRow<T>[],
  side: 'before' | 'after',
  records: readonly T[],
): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const index = side === 'before' ? row.beforeIndex : row.afterIndex;
    if (index !== null && index !== undefined && records[index] !== undefined) out.push(records[index] as T);
  }
  return out;
}

/**
 * Stage 1: scales and bars. Start, new, expansion, contraction, churn and end in bands (padding 28 %, bars at
 * most 72 px); each movement starts where the previous one ended, so start + movements = end in the geometry.
 * The value axis gets the room its longest tick label needs; value labels pushed above the plot's top get the
 * room they need, and so do step names alternating on three rows (a second pass with taller margins).
 */
export function waterfallSteps<T>(input: StepsInput<T>) {
  const { result, format, width, height } = input;
  const peak = Math.max(result.startMrr, result.startMrr + result.new + result.expansion, result.endMrr);
  const top = peak > 0 ? peak : 1;
  // MRR near ±1.8e308 leaves no room for the axis's rounded top: the chart says so instead of drawing Infinity.
  if (!Number.isFinite(scaleLinear([0, top]).nice(5).domain()[1] as number)) {
    throw new KamkitError('OVERFLOW', 'The MRR is too large to draw on an axis.', { field: 'value' });
  }
  const vertical = resolveMargin({ top: 24, right: 16, bottom: 40, left: 64 }, input.margin);
  const tickCount = Math.max(2, Math.min(6, Math.floor((height - vertical.bottom - vertical.top) / 40)));
  const provisional = scaleLinear(
    [0, top],
    [vertical.top, Math.max(vertical.top + 1, height - vertical.bottom)],
  ).nice(5);
  const space = axisSpace(provisional.ticks(tickCount).map(format.tick), {
    title: input.yTitle,
    min: { labelOffset: 44 },
  });
  const paying = (side: 'before' | 'after') =>
    result.rows.filter((row) => (side === 'before' ? row.mrrBefore : row.mrrAfter) > 0);
  const geometry = (extraTop: number, extraBottom: number) => {
    const margin = resolveMargin(
      {
        ...vertical,
        left: space.margin,
        top: vertical.top + extraTop,
        bottom: vertical.bottom + extraBottom,
      },
      input.margin,
    );
    const plot = plotArea(width, height, margin);
    const band = scaleBand<WaterfallStepKey>().domain(KEYS).range([plot.x0, plot.x1]).padding(0.28);
    const barWidth = Math.min(band.bandwidth(), 72);
    const y = scaleLinear([0, top], [plot.y1, plot.y0]).nice(5);
    const short = compactFormat(input.formatOptions, { significantDigits: band.step() < 70 ? 2 : 3 });
    const signed = (v: number) => (v > 0 ? `+${short(v)}` : v < 0 ? `−${short(-v)}` : short(0));
    let level = result.startMrr;
    const steps: WaterfallStep<T>[] = KEYS.map((key) => {
      let kind: WaterfallStep<T>['kind'] = 'total';
      let value: number;
      let fromLevel = 0;
      let rows: MrrMovementRow<T>[] = [];
      let accounts: T[];
      let count: number;
      if (key === 'start' || key === 'end') {
        value = key === 'start' ? result.startMrr : result.endMrr;
        const side = key === 'start' ? 'before' : 'after';
        const payers = paying(side);
        count = payers.length;
        accounts = snapshotRecords(payers, side, side === 'before' ? input.before : input.after);
      } else {
        const up = key === 'new' || key === 'expansion';
        const amount = result[key];
        value = up ? amount : amount === 0 ? 0 : -amount;
        kind = up ? 'increase' : 'decrease';
        fromLevel = level;
        level += value;
        rows = result.rows.filter((row) => row.movement === (key as MrrMovement));
        count = result.counts[key as MrrMovement];
        accounts = stepRecords(rows);
      }
      const toLevel = kind === 'total' ? value : level;
      const lo = Math.min(fromLevel, toLevel);
      const hi = Math.max(fromLevel, toLevel);
      const center = (band(key) ?? plot.x0) + band.bandwidth() / 2;
      return {
        key,
        label: input.names[key],
        kind,
        value,
        from: fromLevel,
        to: toLevel,
        count,
        rows,
        x: center - barWidth / 2,
        y: y(hi),
        width: barWidth,
        height: Math.max(0, y(lo) - y(hi)),
        valueText: kind === 'total' ? short(value) : signed(value),
        labelY: y(hi) - 6,
        labelX: center,
        hidden: input.isHidden(kind),
        item: { kind: 'bin', id: `step:${key}`, datum: null, accounts },
      };
    });
    placeValueLabels(steps, plot.x0, width - 2);
    return { margin, plot, band, y, steps };
  };
  let built = geometry(0, 0);
  // The default bottom margin holds two rows of step names; a third row gets its own line.
  const names = stepNames(input.names, input.shortNames, built.band.step());
  const extraBottom = Math.max(0, names.rows - 2) * NAME_ROW;
  // Room above for the highest value label (12 px: its cap height). Adding room shrinks the plot, which can stack
  // labels a line higher again, so the room is re-measured (a stack is at most one line per step, so it settles).
  let room = 0;
  for (let pass = 0; pass < 4; pass++) {
    const highest = Math.min(...built.steps.map((step) => step.labelY));
    if (highest >= 12 && (pass > 0 || extraBottom === 0)) break;
    room += Math.max(0, 12 - highest);
    built = geometry(room, extraBottom);
  }
  return { ...built, names, yLabelOffset: space.labelOffset };
}

/**
 * Places the value labels of the visible steps with the placement primitive: each label's first position is
 * above its bar and above any bar it spans, the next ones a line (13 px) higher each; a label keeps 3 px from
 * the labels placed before it (left to right) plus the width of a figure ("0", bold 12 px, from the text
 * model), so two labels on one line never read as one ("1,4 Mio. €  −13.900 €"), and covers no bar, so labels
 * never overlap, also when they are wider than their bars. Widths from the kit's text model (bold, 12 px); a
 * label is kept inside [left, right].
 */
function placeValueLabels<T>(steps: WaterfallStep<T>[], left: number, right: number): void {
  const visible = steps.filter((step) => !step.hidden);
  const bars: Box[] = visible.map((s) => ({ x: s.x, y: s.y, width: s.width, height: Math.max(1, s.height) }));
  const candidates = visible.map((step) => {
    const width = measureText(step.valueText, VALUE_FONT);
    const cx = Math.max(left + width / 2, Math.min(right - width / 2, step.x + step.width / 2));
    let base = step.y - 6;
    for (const other of visible) {
      if (other.x < cx + width / 2 && other.x + other.width > cx - width / 2)
        base = Math.min(base, other.y - 6);
    }
    // A label's box: 10 px above its baseline to 3 px below (one 13 px line), 1.5 px of air on each side.
    const positions = Array.from({ length: visible.length + 1 }, (_, k) => ({
      box: { x: cx - width / 2 - 1.5, y: base - k * 13 - 10, width: width + 3, height: 13 },
      baseline: base - k * 13,
      cx,
    }));
    return { step, positions };
  });
  const { placed } = placeLabels(candidates, { obstacles: bars, gap: measureText('0', VALUE_FONT) });
  for (const p of placed) {
    p.candidate.step.labelY = p.position.baseline;
    p.candidate.step.labelX = p.position.cx;
  }
}
