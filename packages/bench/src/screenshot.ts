/**
 * Saves a PNG of each benchmarked dashboard (kamkit's `KaDashboard` and the Recharts 3 composition) on 500
 * accounts, mounted exactly as the mount benchmark mounts them, and prints each file with its charts' sizes.
 *
 *   pnpm --filter @kamkit/bench screenshot [--n=500] [--out=DIR]
 *
 * DIR defaults to packages/bench/node_modules/.cache/kamkit-bench/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { screenshotDashboards } from './browser';
import { benchDir, checkDist } from './bundle';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key as string, value] as const;
  }),
);
const n = Number(args.get('n') ?? 500);
const out = path.resolve(args.get('out') ?? path.join(benchDir, 'node_modules', '.cache', 'kamkit-bench'));
for (const warning of checkDist()) console.error(`[screenshot] warning: ${warning}`);
mkdirSync(out, { recursive: true });
for (const shot of await screenshotDashboards(n, out)) {
  console.log(
    `${shot.library}: ${shot.file} (${Math.round(shot.ms)} ms to painted, ${shot.nodes} DOM elements; charts ${shot.charts.join(', ')})`,
  );
}
