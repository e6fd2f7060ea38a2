import type { Criterion, GrowthScores, HarmonyScores } from './types';

/**
 * Growth criteria of the scoring matrix ("Wachstum") and their weights (sum 1). As on the slide template, growth
 * is based on revenue: both criteria are computed from revenue measures by core's `growthRating` (see
 * `scenario.ts`), not rated by hand.
 *
 * @example
 * const growthScore = GROWTH_CRITERIA.reduce((s, c) => s + c.weight * (account.growth[c.key] ?? 0), 0); // 1–10
 */
export const GROWTH_CRITERIA: readonly Criterion<'revenueGrowth' | 'revenuePotential'>[] = [
  {
    key: 'revenueGrowth',
    label: 'Revenue growth',
    labelDe: 'Umsatzwachstum',
    weight: 0.5,
    source: 'computed',
  },
  {
    key: 'revenuePotential',
    label: 'Revenue potential',
    labelDe: 'Umsatzpotenzial',
    weight: 0.5,
    source: 'computed',
  },
];

/**
 * Harmony criteria of the scoring matrix ("Harmonie"), a qualitative rating by hand, and their weights (sum 1).
 *
 * @example
 * const harmonyScore = HARMONY_CRITERIA.reduce((s, c) => s + c.weight * account.harmony[c.key], 0); // 1–10
 */
export const HARMONY_CRITERIA: readonly Criterion<keyof HarmonyScores>[] = [
  {
    key: 'strategicFit',
    label: 'Strategic fit',
    labelDe: 'Strategische Passung',
    weight: 0.3,
    source: 'rated',
  },
  { key: 'culture', label: 'Culture', labelDe: 'Kultur', weight: 0.2, source: 'rated' },
  { key: 'vision', label: 'Vision', labelDe: 'Vision', weight: 0.2, source: 'rated' },
  { key: 'strategy', label: 'Strategy', labelDe: 'Strategie', weight: 0.3, source: 'rated' },
];

/** The growth criteria's keys (a subset of {@link GrowthScores}). */
export type GrowthCriterionKey = (typeof GROWTH_CRITERIA)[number]['key'] & keyof GrowthScores;
