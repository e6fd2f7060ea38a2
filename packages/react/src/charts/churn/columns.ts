import { measureText } from '../../primitives/text';
import type { Margin } from '../../primitives/types';
import type { ChurnColumns } from './types';

/** The shortest MRR bar worth drawing beside its value; below it, the narrow layout. */
const MIN_BAR = 40;
/** The narrowest room for an account's name (px) before the narrow layout drops a column. */
export const MIN_NAME = 40;
/** Gap between columns in the narrow layout. */
const GAP = 10;
/** Room of the risk badge before the level's text. */
const BADGE = 15;
/**
 * Air between the risk level's longest text and the days' longest text in the wide layout (a little more than
 * an em at 12 px), so "Medium · 62" and "127 days" read as two columns, never as "62127 days".
 */
export const RISK_DAYS_GAP = 16;
/** Air between the MRR bar's end and the risk badge in the wide layout. */
const BAR_GAP = 8;

/** The texts of the listed rows each column must hold, with the headings. */
export interface ColumnTexts {
  count: number;
  tiers: readonly string[];
  mrr: readonly string[];
  levels: readonly string[];
  shortLevels: readonly string[];
  days: readonly string[];
  shortDays: readonly string[];
  headings: { tier: string; value: string; risk: string; days: string; shortDays: string };
}

/** The columns as {@link churnColumns} places them. */
export interface ColumnPlan {
  columns: ChurnColumns;
  narrow: boolean;
  daysShown: boolean;
  tierShown: boolean;
  /** Room of a name (px) and of the MRR bar (0 in the narrow layout). */
  nameRoom: number;
  barRoom: number;
}

/** The widest of `texts` at 12 px (a loop, so 100,000 rows do not overflow the call stack). */
function widest(texts: readonly string[], bold = false, min = 0): number {
  let w = min;
  for (const text of texts) w = Math.max(w, measureText(text, { size: 12, bold }));
  return Math.ceil(w);
}

/**
 * Stage 1: the columns, left to right — rank, importance (tier), name, MRR bar with its value, risk badge and
 * level, days in the queue — each as wide as its longest text (the kit's text model), with {@link RISK_DAYS_GAP}
 * between the risk level and the days. When the bar would be
 * shorter than {@link MIN_BAR} beside its value, the narrow layout: no bars, the MRR right-aligned, short level
 * and days texts, placed right to left, the name taking what is left; then the days column, and after it the
 * importance column, are left out while a name would get less than {@link MIN_NAME} px.
 */
export function churnColumns(texts: ColumnTexts, width: number, margin: Margin): ColumnPlan {
  const inner = width - margin.left - margin.right;
  const rankWidth = widest([String(texts.count)], false, 8) + 14;
  const tierWidth = widest([...texts.tiers, texts.headings.tier], true) + 8;
  const rank = margin.left + rankWidth - 6;
  const tier = margin.left + rankWidth + tierWidth / 2 - 6;
  const nameWide = Math.max(90, Math.min(240, inner * 0.26));
  // Both widths measured in bold (the level is drawn semi-bold, the days in regular weight): the text model errs
  // wide, so the gap between them is at least RISK_DAYS_GAP.
  const daysWidth = widest([...texts.days, texts.headings.days], true);
  const riskWidth = BAR_GAP + BADGE + widest(texts.levels, true, 30) + RISK_DAYS_GAP;
  const valueWidth = widest(texts.mrr, false, 30) + 10;
  const name = margin.left + rankWidth + tierWidth;
  const right = width - margin.right;
  const full = {
    rank,
    tier,
    name,
    bar: name + nameWide + 8,
    barEnd: right - daysWidth - riskWidth,
    risk: right - daysWidth - riskWidth + BAR_GAP,
    days: right,
  };
  const narrow = texts.count > 0 && full.barEnd - full.bar - valueWidth < MIN_BAR;
  if (!narrow) {
    return {
      columns: { ...full, value: full.bar },
      narrow,
      daysShown: true,
      tierShown: true,
      nameRoom: nameWide,
      barRoom: Math.max(10, full.barEnd - full.bar - valueWidth),
    };
  }
  // Right to left: days, risk (badge and level), MRR (right-aligned); the name gets what is left.
  const shortDaysWidth = widest([...texts.shortDays, texts.headings.shortDays]) + GAP;
  const levelWidth = BADGE + widest([...texts.shortLevels, texts.headings.risk], true);
  const mrrWidth = widest([...texts.mrr, texts.headings.value]);
  const nameAt = (withTier: boolean) => margin.left + rankWidth + (withTier ? tierWidth : 0);
  const room = (withDays: boolean, withTier: boolean) =>
    right - (withDays ? shortDaysWidth : 0) - levelWidth - GAP - mrrWidth - GAP - nameAt(withTier);
  const daysShown = room(true, true) >= MIN_NAME;
  const tierShown = daysShown || room(false, true) >= MIN_NAME;
  const risk = right - (daysShown ? shortDaysWidth : 0) - levelWidth;
  const value = risk - GAP;
  const bar = value - mrrWidth;
  const nameX = nameAt(tierShown);
  return {
    columns: { rank, tier, name: nameX, bar, barEnd: bar, value, risk, days: right },
    narrow,
    daysShown,
    tierShown,
    nameRoom: Math.max(24, bar - GAP - nameX),
    barRoom: 0,
  };
}
