import type { ChurnRiskRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { churn } from '../../messages/en/churn';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { formatDecimal } from '../../primitives/decimal';
import { sharePercent } from '../../primitives/share';

/** How one row is written, in the chart's language (the stages share these). */
export interface RowWords<T> {
  /** "A", "#3" (importance given as a rank) or "–" (unknown). */
  tier: (row: ChurnRiskRow<T>) => string;
  /** "High · 73" and "High". */
  level: (row: ChurnRiskRow<T>) => string;
  shortLevel: (row: ChurnRiskRow<T>) => string;
  /** "28 days" / "unknown", and "28" / "–". */
  days: (days: number | null) => string;
  shortDays: (days: number | null) => string;
  /** The risk score 0–100 without decimals, in the locale. */
  risk: (row: ChurnRiskRow<T>) => string;
  /** A share that never rounds a part to nothing or to everything ("<0.1%", ">99%"); one decimal below 10 %. */
  share: (value: number) => string;
}

/** The row texts of {@link RowWords}. */
export function rowWords<T>(text: MessageShape<typeof churn>, format: Formatters): RowWords<T> {
  const risk = (row: ChurnRiskRow<T>) => formatDecimal(format.locale, row.risk, 0);
  return {
    tier: (row) =>
      row.tier ??
      (row.importance === null
        ? text.importanceUnknown
        : translate(text.importanceRank, { rank: row.importance }, format)),
    level: (row) => translate(text.levelScore, { level: text.levels[row.level], risk: risk(row) }, format),
    shortLevel: (row) => text.levels[row.level],
    days: (days) => (days === null ? text.daysUnknown : translate(text.days, { count: days }, format)),
    shortDays: (days) => (days === null ? '–' : format.integer(days)),
    risk,
    share: (value) => sharePercent(format.percent, value, value > 0 && value < 0.1 ? 1 : 0),
  };
}

/** "usageDropPct" → "usage drop pct": a signal's key in words when no `signalLabels` name it. */
export function signalWords(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}
