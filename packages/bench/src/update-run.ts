/**
 * Update cost alone (issue 19 §6), printed as a table: the year switch on the examples app's Portfolio page with
 * the large demo, input to the frame after every chart has updated.
 *   pnpm --filter @kamkit/bench update-cost [--accounts=10000] [--pages=3] [--switches=12] [--warmup=2] [--no-build]
 *     [--reduced-motion] [--profile[=<file stem>]]
 * `--reduced-motion` emulates `prefers-reduced-motion: reduce` (no chart moves its marks), to tell motion's cost.
 * `--profile` records three switches of an unminified build instead (a Chromium trace and a CPU profile, cut to
 * the inputs) and prints where their time goes; with a file stem it also saves both for DevTools. `pnpm bench
 * --only=update` measures the same inside the main table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../../scripts/chromium';
import { BENCH_CHROMIUM_ARGS } from './browser';
import type { UpdateSample } from './browser/update';
import { percentile } from './latency';
import { record, report } from './profile';
import { markdownTable, ms } from './stats';
import { traceStamps } from './trace';
import {
  benchUpdate,
  buildExamples,
  nextYear,
  openPortfolio,
  probeScript,
  serveStatic,
  switchYear,
  UPDATE_PAGE,
} from './update';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key as string, value] as const;
  }),
);
const n = Number(args.get('accounts') ?? 10_000);
const log = (m: string) => console.error(`[update] ${m}`);

/** Three switches of an unminified build, recorded after two uncounted ones. */
async function profile(save: string | undefined) {
  const dir = args.has('no-build') ? undefined : buildExamples(false, log);
  const root =
    dir ??
    path.join(process.env.KAMKIT_BENCH_DIR ?? '.', 'node_modules/.cache/kamkit-bench/examples-unminified');
  const assets = readdirSync(path.join(root, 'assets')).filter((f) => f.endsWith('.js'));
  const main = assets.find((f) => f.startsWith('index')) ?? (assets[0] as string);
  const bundle = { url: `/assets/${main}`, source: readFileSync(path.join(root, 'assets', main), 'utf8') };
  const server = await serveStatic(root);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: BENCH_CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: UPDATE_PAGE.width, height: 900 },
      reducedMotion: args.has('reduced-motion') ? 'reduce' : 'no-preference',
    });
    const page = await context.newPage();
    const { years } = await openPortfolio(page, server.url, n, await probeScript());
    let year = years[years.length - 1] as string;
    const next = () => {
      year = nextYear(years, year);
      return switchYear(page, year);
    };
    for (let i = 0; i < 2; i++) await next();
    const samples: UpdateSample[] = [];
    const recording = await record(browser, page, async () => {
      for (let i = 0; i < 3; i++) samples.push(await next());
    });
    const stamps = traceStamps(recording.trace, 'kamkit:input');
    const windows = stamps.map((t, i): [number, number] => [t, t + (samples[i]?.ms ?? 0) * 1000]);
    console.log(
      `Switches recorded: ${samples.map((s) => ms(s.ms)).join(', ')} (unminified build, while profiling); ` +
        `DOM mutation records by chart: ${JSON.stringify(samples[0]?.mutationsByChart)}\n`,
    );
    console.log(
      report(
        `Year switch on the Portfolio page, ${n.toLocaleString('en-US')} accounts`,
        [{ recording, windows: windows.length === samples.length ? windows : undefined }],
        samples.length,
        { bundle, save },
      ),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

if (args.has('profile')) {
  const save = args.get('profile');
  await profile(save === 'true' ? undefined : save);
} else {
  const result = await benchUpdate({
    n,
    pages: Math.max(3, Number(args.get('pages') ?? 3)),
    switches: Number(args.get('switches') ?? 12),
    warmup: Number(args.get('warmup') ?? 2),
    build: !args.has('no-build'),
    reducedMotion: args.has('reduced-motion'),
    log,
  });
  const timed = result.samples.filter((s) => s.responded);
  const all = timed.map((s) => s.ms);
  const p95 = percentile(all, 95);
  console.log(
    `Chromium ${result.chromium}, ${n.toLocaleString('en-US')} accounts, charts: ${result.charts.join(', ')}\n`,
  );
  console.log(
    markdownTable(
      ['measure', 'p50', 'p95', 'switches'],
      [
        [
          'input → frame after the last chart updated',
          ms(percentile(all, 50)),
          ms(p95),
          String(timed.length),
        ],
        [
          'input → frame after the first change',
          ms(
            percentile(
              timed.map((s) => s.firstMs),
              50,
            ),
          ),
          ms(
            percentile(
              timed.map((s) => s.firstMs),
              95,
            ),
          ),
          String(timed.length),
        ],
      ],
    ),
  );
  const unchanged = new Set(timed.flatMap((s) => s.unchanged));
  console.log(
    `\nframes with changes per switch: ${[...new Set(timed.map((s) => s.framesWithChanges))].join(', ')}; ` +
      `charts that changed: ${[...new Set(timed.flatMap((s) => s.changed))].join(', ')}; unchanged in some switch: ` +
      `${[...unchanged].join(', ') || 'none'}; unanswered: ${result.samples.length - timed.length}`,
  );
  console.log(`goal p95 ≤ 100 ms: ${p95 <= 100 ? 'met' : 'missed'}`);
}
