/**
 * Size check of what npm users get (the built ESM dist), min+gzip, bundled as an app would (esbuild, react
 * external): every ceiling of src/budgets.ts is enforced, every goal printed with its status. Exits 1 when a
 * ceiling is exceeded or an analysis has none. Needs no peer library; run after the package build:
 *   pnpm --filter @kamkit/core --filter @kamkit/react build && pnpm --filter @kamkit/bench size
 * `--ceilings` prints the analyses' sizes as the `ANALYSIS_SIZES` table of budgets.ts, with the HEAD commit,
 * for taking the ceilings again (it checks nothing). With `--core-dist=<file>` it measures that build of
 * `@kamkit/core` instead of packages/core/dist (e.g. one built from `git archive HEAD packages/core`, when the
 * working tree holds uncommitted changes to core).
 */

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ANALYSIS_SIZES, CEILING_MARGIN, CEILINGS_COMMIT, measureBudgets } from './budgets';
import { checkDist } from './bundle';
import { kb, markdownTable } from './stats';

async function main() {
  const start = performance.now();
  for (const warning of checkDist()) console.warn(`warning: ${warning}`);
  if (process.argv.includes('--ceilings')) {
    const coreDist = process.argv.find((a) => a.startsWith('--core-dist='))?.slice('--core-dist='.length);
    const results = await measureBudgets(
      (b) => b.analysis !== undefined,
      coreDist ? { '@kamkit/core': path.resolve(coreDist) } : undefined,
    );
    const head = execFileSync('git', ['rev-parse', '--short=10', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', '../core'], {
      encoding: 'utf8',
    }).trim();
    if (dirty && !coreDist) {
      console.warn(`warning: packages/core has uncommitted changes; the sizes are not those of ${head}`);
    }
    console.log(`export const CEILINGS_COMMIT = '${head}';\n`);
    console.log('export const ANALYSIS_SIZES: Readonly<Record<string, number>> = {');
    for (const r of results) if (r.budget.analysis) console.log(`  ${r.budget.analysis}: ${r.gzip},`);
    console.log('};');
    return;
  }
  const results = await measureBudgets();
  const missing = results.filter((r) => r.budget.analysis !== undefined && r.budget.budget === undefined);
  const over = results.filter((r) => r.budget.budget !== undefined && r.gzip > r.budget.budget);
  console.log(
    markdownTable(
      ['import', 'min', 'min+gzip', `at ${CEILINGS_COMMIT}`, 'enforced ceiling', '', 'goal', ''],
      results.map((r) => {
        const measured = r.budget.analysis ? ANALYSIS_SIZES[r.budget.analysis] : undefined;
        return [
          r.budget.what,
          kb(r.min),
          kb(r.gzip),
          measured === undefined ? '' : kb(measured),
          r.budget.budget === undefined
            ? r.budget.analysis
              ? 'NONE (every analysis needs one)'
              : 'printed only'
            : `≤ ${kb(r.budget.budget)}`,
          r.budget.budget === undefined
            ? r.budget.analysis
              ? 'NO CEILING'
              : ''
            : r.gzip > r.budget.budget
              ? 'OVER CEILING'
              : 'ok',
          r.budget.goal === undefined ? '' : `≤ ${kb(r.budget.goal)}`,
          r.budget.goal === undefined ? '' : r.gzip > r.budget.goal ? 'goal missed' : 'goal met',
        ];
      }),
    ),
  );
  console.log(
    `\nsize: ${results.length - over.length - missing.length} within their ceiling or printed only, ${over.length} over, ` +
      `${missing.length} analyses without a ceiling (ceilings: size at ${CEILINGS_COMMIT} + ${CEILING_MARGIN * 100} %; ` +
      `${Math.round(performance.now() - start)} ms)`,
  );
  for (const r of over)
    console.error(`over its ceiling: ${r.budget.what}: ${kb(r.gzip)} > ${kb(r.budget.budget ?? 0)}`);
  for (const r of missing)
    console.error(`no ceiling: ${r.budget.what} (add it to ANALYSIS_SIZES in src/budgets.ts)`);
  if (over.length > 0 || missing.length > 0) process.exit(1);
}

await main();
