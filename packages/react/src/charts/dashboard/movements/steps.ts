import type { MrrMovement, MrrMovementRow, MrrMovementsResult } from '@kamkit/core';
import { KamkitError } from '@kamkit/core';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { FormatOptions, Formatters } from '../../../format/createFormat';
import { compactFormat } from '../../../primitives/compact';
import { plotArea, resolveMargin } from '../../../primitives/margin';
import { axisSpace, measureText } from '../../../primitives/text';
import type { Margin } from '../../../primitives/types';
import type { WaterfallStep, WaterfallStepKey } from './types';

const KEYS: WaterfallStepKey[] = ['start', 'new', 'expansion', 'contraction', 'churned', 'end'];

interface StepsInput<T> {
  result: MrrMovementsResult<T>;
  /** The snapshots the result was computed from: a total's records are its snapshot's. */
  before: readonly T[];
  after: readonly T[];
  names: Record<WaterfallStepKey, string>;
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
 * room they need (a second pass with a taller top margin).
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
  const geometry = (extraTop: number) => {
    const margin = resolveMargin(
      { ...vertical, left: space.margin, top: vertical.top + extraTop },
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
  let built = geometry(0);
  const highest = Math.min(...built.steps.map((step) => step.labelY));
  if (highest < 12) built = geometry(12 - highest);
  return { ...built, yLabelOffset: space.labelOffset };
}

/**
 * Places the value labels of the visible steps: each above its bar and above any bar it spans; a label that
 * would come within 3 px of a label already placed (left to right) moves up above it, so labels never overlap,
 * also when they are wider than their bars. Widths from the kit's text model (bold, 12 px).
 */
function placeValueLabels<T>(steps: WaterfallStep<T>[], left: number, right: number): void {
  const placed: { x0: number; x1: number; y: number }[] = [];
  for (const step of steps) {
    if (step.hidden) continue;
    const half = measureText(step.valueText, { size: 12, bold: true }) / 2;
    const cx = Math.max(left + half, Math.min(right - half, step.x + step.width / 2));
    const x0 = cx - half;
    const x1 = cx + half;
    let baseline = step.y - 6;
    for (const other of steps) {
      if (!other.hidden && other.x < x1 && other.x + other.width > x0)
        baseline = Math.min(baseline, other.y - 6);
    }
    for (let moved = true; moved; ) {
      moved = false;
      for (const p of placed) {
        if (p.x0 < x1 + 3 && x0 < p.x1 + 3 && Math.abs(p.y - baseline) < 13) {
          baseline = p.y - 13;
          moved = true;
        }
      }
    }
    step.labelY = baseline;
    step.labelX = cx;
    placed.push({ x0, x1, y: baseline });
  }
}
