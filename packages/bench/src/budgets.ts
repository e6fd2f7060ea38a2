import { bundleSize } from './bundle';

/**
 * What an app pays for what it imports: each entry is bundled alone (see {@link bundleSize}) and measured
 * min+gzip (1 kB = 1,000 bytes).
 */
export interface Budget {
  what: string;
  entry: string;
  /** Whether the entry is JSX (bundled with the TSX loader). */
  jsx?: boolean;
  /**
   * Enforced ceiling in bytes: the size check fails above it. Absent: the figure is printed only. A ceiling is
   * the size measured at the commit named in docs/benchmarks.md plus 10 %, never above the goal once it is met.
   */
  budget?: number;
  /** The goal in bytes, printed beside the figure with its status; not enforced while it is missed. */
  goal?: number;
}

/** Every analysis `@kamkit/core` exports, each imported alone. */
const ANALYSES: readonly { name: string; budget?: number }[] = [
  { name: 'pareto' },
  { name: 'paretoColumns' },
  { name: 'abc' },
  { name: 'abcColumns' },
  { name: 'abcOverTime' },
  { name: 'abcXyz' },
  { name: 'xyz' },
  { name: 'concentration' },
  { name: 'whaleCurve' },
  { name: 'profitMatrix' },
  { name: 'score' },
  { name: 'churnRisk' },
  { name: 'mrrByPlan' },
  { name: 'mrrMovements' },
  { name: 'onboardingStatus' },
  { name: 'upsellCandidates' },
  { name: 'stakeholderMap' },
  { name: 'influencePaths' },
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
    ({ name, budget }): Budget => ({
      what: `\`${name}\` alone from @kamkit/core`,
      entry: `export { ${name} } from '@kamkit/core';`,
      budget,
      goal: name === 'pareto' ? 2_000 : undefined,
    }),
  ),
];

export async function measureBudgets(): Promise<{ budget: Budget; min: number; gzip: number }[]> {
  const results = [];
  for (const budget of BUDGETS)
    results.push({ budget, ...(await bundleSize(budget.entry, { jsx: budget.jsx })) });
  return results;
}
