import { dict } from './dict';
import { invalidOption } from './options';

/**
 * Where a quadrant sits: `'high-low'` means high on the first measure and low on the second. For {@link score}
 * the first measure is growth and the second harmony; for {@link profitMatrix} the first is `x`, the second `y`.
 */
export type QuadrantPosition = 'high-high' | 'high-low' | 'low-high' | 'low-low';

/** A quadrant's stable key (for code, CSS classes, colours) and its human label. */
export interface QuadrantLabel {
  /** Stable key, e.g. `'key-development'`. */
  key: string;
  /** Label shown to people, e.g. `'Key development'`. */
  label: string;
}

/** The quadrant an account falls in: key and label, plus its position in the matrix. */
export interface Quadrant extends QuadrantLabel {
  /** Whether the account is high or low on each measure (first, second). */
  position: QuadrantPosition;
}

/** Labels of the four quadrants of a 2 × 2 matrix, by position. The four keys must be distinct. */
export type QuadrantLabels = Readonly<Record<QuadrantPosition, QuadrantLabel>>;

/** The four positions in display order: high-high, high-low, low-high, low-low. */
export const quadrantPositions: readonly QuadrantPosition[] = [
  'high-high',
  'high-low',
  'low-high',
  'low-low',
];

/**
 * McDonald & Rogers' key account portfolio matrix (McDonald, Millman & Rogers 1997; McDonald & Rogers 1998):
 * first measure = account attractiveness (kamkit's growth axis), second = relative strength of the supplier's
 * position with the account (kamkit's harmony axis).
 *
 * | growth \ harmony | high | low |
 * |---|---|---|
 * | high | Key (`key`) | Key development (`key-development`) |
 * | low | Maintenance (`maintenance`) | Opportunistic (`opportunistic`) |
 *
 * @example
 * score(accounts, { criteria, quadrants: { labels: kamMatrix } }); // the default
 */
export const kamMatrix: QuadrantLabels = {
  'high-high': { key: 'key', label: 'Key' },
  'high-low': { key: 'key-development', label: 'Key development' },
  'low-high': { key: 'maintenance', label: 'Maintenance' },
  'low-low': { key: 'opportunistic', label: 'Opportunistic' },
};

/**
 * The customer classification matrix of Shapiro, Rangan, Moriarty & Ross, "Manage Customers for Profits (Not
 * Just Sales)", Harvard Business Review, Sept.–Oct. 1987: first measure (`x`) = cost to serve, second (`y`) =
 * net price realised.
 *
 * | cost to serve \ net price | high | low |
 * |---|---|---|
 * | high | Carriage trade (`carriage-trade`) | Aggressive (`aggressive`) |
 * | low | Passive (`passive`) | Bargain basement (`bargain-basement`) |
 *
 * @example
 * profitMatrix(accounts, { x: 'costToServe', y: 'netPrice', preset: 'shapiro' });
 */
export const shapiroMatrix: QuadrantLabels = {
  'high-high': { key: 'carriage-trade', label: 'Carriage trade' },
  'high-low': { key: 'aggressive', label: 'Aggressive' },
  'low-high': { key: 'passive', label: 'Passive' },
  'low-low': { key: 'bargain-basement', label: 'Bargain basement' },
};

/**
 * The revenue × contribution-margin customer portfolio common in German sales controlling
 * (Umsatz-Deckungsbeitrags-Portfolio): first measure (`x`) = revenue, second (`y`) = contribution margin
 * (Deckungsbeitrag, absolute or as a rate). Textbooks name the quadrants differently, so kamkit uses
 * descriptive labels; pass your own {@link QuadrantLabels} to use your house terms.
 *
 * | revenue \ margin | high | low |
 * |---|---|---|
 * | high | Stars (`stars`) | Revenue drivers (`revenue-drivers`) |
 * | low | Margin pearls (`margin-pearls`) | Low value (`low-value`) |
 *
 * @example
 * profitMatrix(accounts, { x: 'revenue', y: 'contributionMargin', preset: 'revenue-margin' });
 */
export const revenueMarginMatrix: QuadrantLabels = {
  'high-high': { key: 'stars', label: 'Stars' },
  'high-low': { key: 'revenue-drivers', label: 'Revenue drivers' },
  'low-high': { key: 'margin-pearls', label: 'Margin pearls' },
  'low-low': { key: 'low-value', label: 'Low value' },
};

/**
 * Neutral labels naming only the position (`'high-high'` → "High x, high y"), the default of
 * {@link profitMatrix} when no preset is given.
 */
export const positionMatrix: QuadrantLabels = {
  'high-high': { key: 'high-high', label: 'High x, high y' },
  'high-low': { key: 'high-low', label: 'High x, low y' },
  'low-high': { key: 'low-high', label: 'Low x, high y' },
  'low-low': { key: 'low-low', label: 'Low x, low y' },
};

/** The position of an account that is (or is not) high on the first and on the second measure. */
export function quadrantPosition(highFirst: boolean, highSecond: boolean): QuadrantPosition {
  return `${highFirst ? 'high' : 'low'}-${highSecond ? 'high' : 'low'}` as QuadrantPosition;
}

/**
 * Checks a labels object (four positions, string keys and labels, distinct keys) and returns the four
 * quadrants as frozen objects shared by all rows. Throws `KamkitError` `INVALID_OPTION` naming `field`.
 */
export function resolveQuadrants(
  labels: unknown,
  field: string,
): Readonly<Record<QuadrantPosition, Quadrant>> {
  if (labels === null || typeof labels !== 'object')
    invalidOption(field, 'must be an object with the four quadrant positions', labels);
  const result = {} as Record<QuadrantPosition, Quadrant>;
  const keys = new Set<string>();
  for (const position of quadrantPositions) {
    const entry = (labels as Record<string, unknown>)[position] as Partial<QuadrantLabel> | undefined;
    if (
      entry === null ||
      typeof entry !== 'object' ||
      typeof entry.key !== 'string' ||
      typeof entry.label !== 'string'
    )
      invalidOption(`${field}.${position}`, 'must be { key: string, label: string }', entry);
    if (keys.has(entry.key))
      invalidOption(
        `${field}.${position}`,
        'repeats a quadrant key; quadrant keys must be distinct',
        entry.key,
      );
    keys.add(entry.key);
    result[position] = /* @__PURE__ */ Object.freeze({ key: entry.key, label: entry.label, position });
  }
  return result;
}

/**
 * Zero-filled counts by quadrant key, in {@link quadrantPositions} order: a record without a prototype, so a key
 * such as `'__proto__'` is counted like any other.
 */
export function emptyQuadrantCounts(
  quadrants: Readonly<Record<QuadrantPosition, Quadrant>>,
): Record<string, number> {
  const counts = dict<number>();
  for (const position of quadrantPositions) counts[quadrants[position].key] = 0;
  return counts;
}
