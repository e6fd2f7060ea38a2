import { periodDate } from '../../../primitives/periods';
import { measureText, truncateText } from '../../../primitives/text';
import type { WaterfallStep, WaterfallStepKey } from './types';

/** Air between neighbouring step names, in pixels. */
const AIR = 6;
/** Line step of the rows of step names, in pixels. */
export const NAME_ROW = 14;
/** Most rows the step names alternate on (every second, or every third, name a line lower). */
export const MAX_NAME_ROWS = 3;

/** The names under the bars and the rows they take: what {@link stepNames} chooses. */
export interface StepNames {
  names: Record<WaterfallStepKey, string>;
  rows: 1 | 2 | 3;
}

/**
 * Chooses the step names and their rows for bands `step` pixels apart (12 px text, 6 px of air): the full names
 * on one line when each fits its band; else the short names (`short`: the compared months as "Dec 24"); then
 * those alternating on two rows, then three, each name getting as many bands as there are rows. Names still too
 * long for three bands are shortened with "…" by {@link stepLabels}.
 */
export function stepNames(
  full: Record<WaterfallStepKey, string>,
  short: Partial<Record<WaterfallStepKey, string>>,
  step: number,
): StepNames {
  const widest = (names: Record<WaterfallStepKey, string>) => {
    let w = 0;
    for (const name of Object.values(names)) w = Math.max(w, measureText(name, 12));
    return w;
  };
  if (widest(full) + AIR <= step) return { names: full, rows: 1 };
  const names = { ...full, ...short };
  const needed = Math.ceil((widest(names) + AIR) / Math.max(1, step));
  return { names, rows: Math.min(MAX_NAME_ROWS, Math.max(1, needed)) as 1 | 2 | 3 };
}

/**
 * A month in the short form the step names use when the full "Dec 2024" does not fit its band: the month and
 * the year's two digits in the locale's order ("Dec 24", "Dez. 24"). `undefined` for a period that is not a
 * month (a year or a day is already short, or is not a calendar period), so the full name stays.
 */
export function shortMonth(locale: string, period: unknown): string | undefined {
  const parsed = periodDate(period);
  if (parsed === null || parsed.grain !== 'month') return undefined;
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    parsed.date,
  );
}

/**
 * Stage 2: the step names under the bars, as {@link stepNames} chose them: name i on row i mod rows, each shortened
 * with "…" to its room (rows × step − 6 px) only when even that is too narrow.
 */
export function stepLabels<T>(
  steps: readonly WaterfallStep<T>[],
  step: number,
  plotBottom: number,
  chosen: StepNames,
) {
  const room = chosen.rows * step - AIR;
  return steps.map((s, i) => {
    const row = (i % chosen.rows) as 0 | 1 | 2;
    return {
      x: s.x + s.width / 2,
      y: plotBottom + 16 + row * NAME_ROW,
      text: truncateText(chosen.names[s.key], room, 12),
      row,
    };
  });
}
