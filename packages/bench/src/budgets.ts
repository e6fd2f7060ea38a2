import { bundleSize } from './bundle';

/**
 * What an app pays for what it imports: each entry is bundled alone (see {@link bundleSize}) and measured
 * min+gzip (1 kB = 1,000 bytes).
 */
export interface Budget {
  what: string;
  entry: string;
  /** The analysis of `@kamkit/core` imported alone, for its entries in {@link ANALYSIS_SIZES}. */
  analysis?: string;
  /** Whether the entry is JSX (bundled with the TSX loader). */
  jsx?: boolean;
  /**
   * Enforced ceiling in bytes: the size check fails above it. Absent: the figure is printed only (an analysis
   * without a ceiling fails the check instead). An analysis's ceiling comes from {@link analysisCeiling}.
   */
  budget?: number;
  /** The goal in bytes, printed beside the figure with its status; not enforced while it is missed. */
  goal?: number;
}

/**
 * The commit at which {@link ANALYSIS_SIZES} were measured (docs/benchmarks.md names it too): HEAD after the
 * structure, contract and reliability issues landed (issue 19 §1).
 */
export const CEILINGS_COMMIT = 'cbaee0a06c';

/**
 * Every analysis `@kamkit/core` exports, imported alone: its min+gzip bytes at {@link CEILINGS_COMMIT}. Its
 * enforced ceiling is that + {@link CEILING_MARGIN} (see {@link analysisCeiling}). To take the figures again,
 * build core and run `pnpm --filter @kamkit/bench size --ceilings`, which prints this table for the HEAD commit.
 */
export const ANALYSIS_SIZES: Readonly<Record<string, number>> = {
  pareto: 2577,
  paretoColumns: 2429,
  abc: 4425,
  abcColumns: 4238,
  abcOverTime: 5519,
  abcXyz: 5956,
  xyz: 3179,
  concentration: 2912,
  whaleCurve: 2325,
  profitMatrix: 2875,
  score: 4416,
  growthRating: 2962,
  churnRisk: 7553,
  mrrByPlan: 2328,
  mrrMovements: 2791,
  onboardingStatus: 2273,
  onboardingSurvey: 2244,
  upsellCandidates: 2729,
  whitespace: 2663,
  stakeholderMap: 3403,
  influencePaths: 1974,
};

/** How much an analysis may grow over its size at {@link CEILINGS_COMMIT} before the size check fails. */
export const CEILING_MARGIN = 0.1;

/** The goals per analysis alone (printed with their status; a met goal also caps the ceiling). */
const ANALYSIS_GOALS: Readonly<Record<string, number>> = { pareto: 2_000 };

/**
 * The enforced ceiling of an analysis imported alone: its size at {@link CEILINGS_COMMIT} plus 10 %, rounded
 * down to a byte, and never above its goal once the measured size meets the goal; `undefined` for an analysis
 * with no measured size (the size check reports it as a failure: every analysis has a ceiling).
 */
export function analysisCeiling(name: string): number | undefined {
  const measured = ANALYSIS_SIZES[name];
  if (measured === undefined) return undefined;
  const ceiling = Math.floor(measured * (1 + CEILING_MARGIN));
  const goal = ANALYSIS_GOALS[name];
  return goal !== undefined && measured <= goal ? Math.min(ceiling, goal) : ceiling;
}

/** The analyses of `@kamkit/core`, each measured imported alone (one entry of {@link BUDGETS} each). */
export const ANALYSES: readonly string[] = [
  'pareto',
  'paretoColumns',
  'abc',
  'abcColumns',
  'abcOverTime',
  'abcXyz',
  'xyz',
  'concentration',
  'whaleCurve',
  'profitMatrix',
  'score',
  'growthRating',
  'churnRisk',
  'mrrByPlan',
  'mrrMovements',
  'onboardingStatus',
  'onboardingSurvey',
  'upsellCandidates',
  'whitespace',
  'stakeholderMap',
  'influencePaths',
];

export const BUDGETS: readonly Budget[] = [
  {
    what: '`ParetoChart` from @kamkit/react (with its d3 and core parts)',
    entry: "export { ParetoChart } from '@kamkit/react';",
    budget: 20_000,
    goal: 12_000,
  },
  {
    what: '`KaDashboard` from @kamkit/react (the whole dashboard)',
    entry: "export { KaDashboard } from '@kamkit/react';",
    goal: 40_000,
  },
  { what: 'all of @kamkit/core', entry: "export * from '@kamkit/core';" },
  // @kamkit/import: figures printed only (papaparse and read/write-excel-file are most of them).
  {
    what: '`ImportSession` from @kamkit/import (CSV, TSV, XLSX reading and checking)',
    entry: "export { ImportSession } from '@kamkit/import';",
  },
  {
    what: '`toXlsx` from @kamkit/import (the Excel export)',
    entry: "export { toXlsx } from '@kamkit/import';",
  },
  {
    what: '`ImportPanel` from @kamkit/import/react (the panel and the import it drives)',
    entry: "export { ImportPanel } from '@kamkit/import/react';",
  },
  { what: '@kamkit/import/worker (the Web Worker module)', entry: "import '@kamkit/import/worker';" },
  ...ANALYSES.map(
    (name): Budget => ({
      what: `\`${name}\` alone from @kamkit/core`,
      analysis: name,
      entry: `export { ${name} } from '@kamkit/core';`,
      budget: analysisCeiling(name),
      goal: ANALYSIS_GOALS[name],
    }),
  ),
];

/** Measures every entry of {@link BUDGETS} (or those `which` keeps); `alias` as in {@link bundleSize}. */
export async function measureBudgets(
  which: (budget: Budget) => boolean = () => true,
  alias?: Record<string, string>,
): Promise<{ budget: Budget; min: number; gzip: number }[]> {
  const results = [];
  for (const budget of BUDGETS.filter(which))
    results.push({ budget, ...(await bundleSize(budget.entry, { jsx: budget.jsx, alias })) });
  return results;
}
