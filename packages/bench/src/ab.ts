/**
 * Side by side: the server render of the bench's Pareto chart by two or more builds of @kamkit/react in one
 * process, the builds alternating render by render. On a noisy machine this tells two versions of the code
 * apart where separate bench runs cannot (they differ by ±30 % from run to run).
 *
 *   pnpm --filter @kamkit/bench ab save <name>     bundle the built dist/ of @kamkit/react and @kamkit/core as <name>
 *   pnpm --filter @kamkit/bench ab compare <a,b,…> [--n=10000] [--rounds=400] [--after=visx]
 *
 * Build the packages (`pnpm --filter @kamkit/react build`) before each `save`. `compare` first checks that every
 * build writes the same HTML, then times `rounds` rounds: in each, every build renders a fresh copy of `n`
 * accounts once with `renderOnce` (ssr.ts: right after two scavenges, as bench.ts times renders); with
 * `--after=visx`, each render comes right after a visx render, as in bench.ts's rounds. It prints each build's median, 25th
 * and 75th percentile (of all but the first 5 rounds, or the first quarter when there are fewer than 20) and its median against the first build's.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { FunctionComponent } from 'react';
import type { ParetoProps } from './charts/types';
import { VisxPareto } from './charts/visx';
import { renderOnce } from './ssr';
import { markdownTable, median, ms, ratio } from './stats';

type Chart = FunctionComponent<ParetoProps>;

const benchDir = process.env.KAMKIT_BENCH_DIR ?? path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const builds = path.join(benchDir, 'node_modules', '.cache', 'kamkit-bench', 'ab');
const file = (name: string) => path.join(builds, `${name}.mjs`);
const option = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

async function save(name: string): Promise<void> {
  if (!/^[\w.-]+$/.test(name))
    throw new Error(`build name "${name}": letters, digits, ".", "_" and "-" only`);
  mkdirSync(builds, { recursive: true });
  await build({
    entryPoints: [path.join(benchDir, 'src', 'abBuild.tsx')],
    outfile: file(name),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    external: ['react', 'react-dom'],
    logLevel: 'warning',
  });
  console.log(`saved the built @kamkit/react and @kamkit/core as "${name}" (${file(name)})`);
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

async function compare(names: string[]): Promise<void> {
  if (names.length < 2) throw new Error('compare needs two or more build names, e.g. compare before,after');
  const n = option('n', 10_000);
  const rounds = option('rounds', 400);
  const afterVisx = process.argv.includes('--after=visx');
  const charts: Chart[] = [];
  for (const name of names) charts.push((await import(pathToFileURL(file(name)).href)).Chart as Chart);
  const html = charts.map((chart) => renderOnce(chart, n).html);
  const differing = names.filter((_, i) => html[i] !== html[0]);
  if (differing.length) console.log(`note: ${differing.join(', ')} write other HTML than ${names[0]}`);
  const times: number[][] = names.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < charts.length; k++) {
      const b = (round + k) % charts.length;
      if (afterVisx) renderOnce(VisxPareto, n);
      (times[b] as number[]).push(renderOnce(charts[b] as Chart, n).ms);
    }
  }
  // The first rounds warm up (5, or a quarter of the rounds when there are fewer than 20).
  const kept = times.map((t) => t.slice(Math.min(5, Math.floor(rounds / 4))));
  const base = median(kept[0] as number[]);
  console.log(
    `\n${n.toLocaleString('en-US')} accounts, ${rounds} rounds${afterVisx ? ', each render right after a visx render' : ''}:\n`,
  );
  console.log(
    markdownTable(
      ['build', 'median', '25th percentile', '75th percentile', 'median ÷ first build'],
      names.map((name, i) => {
        const t = kept[i] as number[];
        return [
          name,
          ms(median(t)),
          ms(percentile(t, 0.25)),
          ms(percentile(t, 0.75)),
          ratio(median(t) / base),
        ];
      }),
    ),
  );
}

const [command, argument] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (command === 'save' && argument) await save(argument);
else if (command === 'compare' && argument) await compare(argument.split(','));
else {
  console.error('usage: ab save <name> | ab compare <a,b,…> [--n=10000] [--rounds=400] [--after=visx]');
  process.exit(2);
}
