/**
 * Profiles of the browser figures that miss their goals (for docs/benchmarks.md, not part of the bench's
 * table): where the main thread's time goes (script, style, layout, paint, GC) and which code runs, from a
 * Chromium trace and a CPU profile of the bench's own pages, built unminified.
 *   pnpm --filter @kamkit/bench profile-browser [--only=mount,pointer] [--runs=3] [--inputs=30] [--save=<dir>]
 * `mount`: the dashboard mount (`KaDashboard`, the Recharts composition and the empty floor, 500 accounts), each
 * run in a fresh page after one uncounted page. `pointer`: pointer moves over the 10,000-account `ParetoChart`
 * (and keyboard steps for comparison), with each input's wait before the page saw it. The year switch of the
 * examples app is profiled by `pnpm --filter @kamkit/bench update-cost --profile`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../../../scripts/chromium';
import { BENCH_CHROMIUM_ARGS, DASHBOARD_VIEWPORT, pageScript } from './browser';
import type { LatencySample } from './browser/latency';
import { benchDir } from './bundle';
import { percentile } from './latency';
import { type Recorded, record, report } from './profile';
import { markdownTable, ms } from './stats';
import { traceStamps } from './trace';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key as string, value] as const;
  }),
);
const only = new Set((args.get('only') ?? 'mount,pointer').split(','));
const runs = Number(args.get('runs') ?? 3);
const inputs = Number(args.get('inputs') ?? 30);
const saveDir = args.get('save');

process.env.KAMKIT_BENCH_MINIFY = '0';
await pageScript();
const scriptPath = path.join(benchDir, 'node_modules', '.cache', 'kamkit-bench', 'browser-entry.js');
const bundle = { url: scriptPath, source: readFileSync(scriptPath, 'utf8') };

type Bench = {
  kamkitBench: {
    mountDashboard: (l: string, n: number) => Promise<{ ms: number; nodes: number }>;
    prepareInteraction: (
      kind: string,
      name: string,
      n: number,
      steps: number,
    ) => Promise<{ path: { x: number; y: number }[]; focused: boolean }>;
    idle: () => Promise<void>;
    latencySamples: () => LatencySample[];
  };
};

async function freshPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  // By path, so the script has a URL (Playwright adds a sourceURL) that the profile's samples point to.
  await page.addScriptTag({ path: scriptPath });
  return page;
}

async function mount(browser: Browser) {
  for (const library of ['kamkit', 'recharts 3', 'empty']) {
    const recorded: Recorded[] = [];
    const times: number[] = [];
    for (let run = -1; run < runs; run++) {
      const page = await freshPage(browser, DASHBOARD_VIEWPORT);
      const mountOnce = () =>
        page.evaluate((l) => (window as unknown as Bench).kamkitBench.mountDashboard(l, 500), library);
      if (run < 0) await mountOnce();
      else {
        let elapsed = 0;
        const recording = await record(browser, page, async () => {
          elapsed = (await mountOnce()).ms;
        });
        recorded.push({ recording });
        times.push(elapsed);
      }
      await page.context().close();
    }
    console.log(
      `${report(
        `Dashboard mount, ${library}, 500 accounts (mounts while profiling: ${times.map(ms).join(', ')})`,
        recorded,
        runs,
        {
          bundle,
          save: saveDir && library === 'kamkit' ? path.join(saveDir, 'mount-kamkit') : undefined,
        },
      )}\n`,
    );
  }
}

async function pointer(browser: Browser) {
  const rows: string[][] = [];
  for (const mode of ['pointer', 'keyboard'] as const) {
    const page = await freshPage(browser, { width: 800, height: 600 });
    const { path: points } = await page.evaluate(
      (steps) =>
        (window as unknown as Bench).kamkitBench.prepareInteraction('pareto', 'kamkit', 10_000, steps),
      10 + inputs,
    );
    const step = async (i: number) => {
      if (mode === 'pointer') {
        const p = points[i] as { x: number; y: number };
        await page.mouse.move(p.x, p.y);
      } else await page.keyboard.press(Math.floor(i / 6) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.evaluate(() => (window as unknown as Bench).kamkitBench.idle());
    };
    for (let i = 0; i < 10; i++) await step(i);
    const recording = await record(browser, page, async () => {
      for (let i = 10; i < 10 + inputs; i++) await step(i);
    });
    const samples = (await page.evaluate(() => (window as unknown as Bench).kamkitBench.latencySamples()))
      .slice(10)
      .filter((s) => s.responded);
    const stamps = traceStamps(recording.trace, 'kamkit:input');
    const windows = stamps.map((t, i): [number, number] => {
      const s = samples[i];
      return [t, t + (s ? s.ms - s.dispatchMs : 0) * 1000];
    });
    const all = samples.map((s) => s.ms);
    const wait = samples.map((s) => s.dispatchMs);
    const own = samples.map((s) => s.ms - s.dispatchMs);
    rows.push([
      mode,
      `${ms(percentile(all, 50))} / ${ms(percentile(all, 95))}`,
      `${ms(percentile(wait, 50))} / ${ms(percentile(wait, 95))}`,
      `${ms(percentile(own, 50))} / ${ms(percentile(own, 95))}`,
      String(samples.length),
    ]);
    console.log(
      `${report(`ParetoChart, 10,000 accounts, ${mode}: from the page's first listener to the next frame`, [{ recording, windows: windows.length === samples.length ? windows : undefined }], samples.length, { bundle, save: saveDir ? path.join(saveDir, `pareto-${mode}`) : undefined })}\n`,
    );
    await page.context().close();
  }
  console.log(
    markdownTable(
      [
        'ParetoChart 10,000, kamkit',
        'input → next frame p50 / p95',
        'timeStamp → first listener p50 / p95',
        'first listener → next frame p50 / p95',
        'inputs',
      ],
      rows,
    ),
  );
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: BENCH_CHROMIUM_ARGS });
try {
  console.log(`Chromium ${browser.version()}, unminified bundles, ${runs} runs / ${inputs} inputs\n`);
  if (only.has('mount')) await mount(browser);
  if (only.has('pointer')) await pointer(browser);
} finally {
  await browser.close();
}
