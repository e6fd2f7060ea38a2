/**
 * Size budgets of what npm users get (the built ESM dist), min+gzip, bundled as an app would (esbuild, react
 * external). Exits 1 when a budget is exceeded. Needs no peer library; run after the package build:
 *   pnpm --filter @kamkit/core --filter @kamkit/react build && pnpm --filter @kamkit/bench size
 */

import { measureBudgets } from './budgets';
import { checkDist } from './bundle';
import { kb, markdownTable } from './stats';

async function main() {
  const start = performance.now();
  for (const warning of checkDist()) console.warn(`warning: ${warning}`);
  const results = await measureBudgets();
  const over = results.filter((r) => r.budget.budget !== undefined && r.gzip > r.budget.budget);
  console.log(
    markdownTable(
      ['import', 'min', 'min+gzip', 'enforced ceiling', '', 'goal', ''],
      results.map((r) => [
        r.budget.what,
        kb(r.min),
        kb(r.gzip),
        r.budget.budget === undefined ? 'printed only' : `≤ ${kb(r.budget.budget)}`,
        r.budget.budget === undefined ? '' : r.gzip > r.budget.budget ? 'OVER BUDGET' : 'ok',
        r.budget.goal === undefined ? '' : `≤ ${kb(r.budget.goal)}`,
        r.budget.goal === undefined ? '' : r.gzip > r.budget.goal ? 'goal missed' : 'goal met',
      ]),
    ),
  );
  console.log(
    `\nsize: ${results.length - over.length} within budget, ${over.length} over (${Math.round(performance.now() - start)} ms)`,
  );
  if (over.length > 0) process.exit(1);
}

await main();
