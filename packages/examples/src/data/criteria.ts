import type { Criterion, GrowthScores, HarmonyScores } from './types';

/**
 * Growth criteria of the scoring matrix ("Wachstum") and their weights (sum 1). Revenue potential weighs most,
 * as on the slide template, where growth is based on revenue.
 *
 * @example
 * const growthScore = GROWTH_CRITERIA.reduce((s, c) => s + c.weight * account.growth[c.key], 0); // 1–10
 */
export const GROWTH_CRITERIA: readonly Criterion<keyof GrowthScores>[] = [
  { key: 'revenuePotential', label: 'Revenue potential', labelDe: 'Umsatzpotenzial', weight: 0.5 },
  { key: 'budgetGrowth', label: 'Budget growth', labelDe: 'Budgetwachstum', weight: 0.3 },
  { key: 'marketPosition', label: 'Market position', labelDe: 'Marktposition', weight: 0.2 },
];

/**
 * Harmony criteria of the scoring matrix ("Harmonie") and their weights (sum 1).
 *
 * @example
 * const harmonyScore = HARMONY_CRITERIA.reduce((s, c) => s + c.weight * account.harmony[c.key], 0); // 1–10
 */
export const HARMONY_CRITERIA: readonly Criterion<keyof HarmonyScores>[] = [
  { key: 'strategicFit', label: 'Strategic fit', labelDe: 'Strategische Passung', weight: 0.3 },
  { key: 'culture', label: 'Culture', labelDe: 'Kultur', weight: 0.2 },
  { key: 'vision', label: 'Vision', labelDe: 'Vision', weight: 0.2 },
  { key: 'strategy', label: 'Strategy', labelDe: 'Strategie', weight: 0.3 },
];
