import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium';
import { benchDir } from './bundle';
import { median, roundOrder } from './stats';

/** Frames are produced as soon as they are ready, not at 60 Hz, so a mount is not rounded up to a vsync. */
export const BENCH_CHROMIUM_ARGS = [...chromiumArgs, '--disable-gpu-vsync', '--disable-frame-rate-limit'];

export const BROWSER_LIBRARIES = ['kamkit', 'visx', 'recharts 3', 'recharts 2.15', 'echarts'] as const;

/**
 * Bundles the page side (src/browser/entry.tsx) with React's production build. `KAMKIT_BENCH_REACT=<file>`
 * bundles that build of `@kamkit/react` instead of packages/react/dist (e.g. a patched copy, to try a change in
 * the browser sections without touching the package).
 */
export async function pageScript(): Promise<string> {
  const outfile = path.join(benchDir, 'node_modules', '.cache', 'kamkit-bench', 'browser-entry.js');
  const react = process.env.KAMKIT_BENCH_REACT;
  await build({
    alias: react ? { '@kamkit/react': path.resolve(react) } : undefined,
    entryPoints: [path.join(benchDir, 'src', 'browser', 'entry.tsx')],
    outfile,
    bundle: true,
    minify: process.env.KAMKIT_BENCH_MINIFY !== '0',
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return readFileSync(outfile, 'utf8');
}

export interface MountSamples {
  /** library → n → milliseconds per sample. */
  ms: Map<string, Map<number, number[]>>;
  /** library → n → DOM elements in the mounted chart. */
  nodes: Map<string, Map<number, number>>;
  chromium: string;
}

/**
 * Mounts each library's chart `rounds` times at each size, each sample in a fresh page (the bundle parsed
 * before the clock starts), libraries rotated each round.
 */
export async function benchMount(
  sizes: readonly number[],
  rounds: number,
  log = (_: string) => {},
  libraries: readonly string[] = BROWSER_LIBRARIES,
): Promise<MountSamples> {
  const script = await pageScript();
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: BENCH_CHROMIUM_ARGS,
  });
  const result: MountSamples = { ms: new Map(), nodes: new Map(), chromium: browser.version() };
  try {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    for (let round = -1; round < rounds; round++) {
      for (const n of sizes) {
        for (const name of roundOrder(libraries, round + 1)) {
          const page = await context.newPage();
          await page.setContent(
            '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
          );
          await page.addScriptTag({ content: script });
          const sample = await page.evaluate(
            ([library, count]) =>
              (
                window as unknown as {
                  kamkitBench: { mount: (l: string, c: number) => Promise<{ ms: number; nodes: number }> };
                }
              ).kamkitBench.mount(library as string, count as number),
            [name, n] as const,
          );
          await page.close();
          if (round < 0) continue; // the first round warms the browser up and is not counted
          const byN = result.ms.get(name) ?? new Map<number, number[]>();
          byN.set(n, [...(byN.get(n) ?? []), sample.ms]);
          result.ms.set(name, byN);
          const nodes = result.nodes.get(name) ?? new Map<number, number>();
          nodes.set(n, sample.nodes);
          result.nodes.set(name, nodes);
        }
      }
      if (round >= 0) log(`mount: round ${round + 1}/${rounds}`);
    }
  } finally {
    await browser.close();
  }
  return result;
}

/** The dashboards compared (see src/browser/entry.tsx): kamkit's `KaDashboard` and a Recharts 3 composition. */
export const DASHBOARD_LIBRARIES = ['kamkit', 'recharts 3'] as const;

/** Large enough that both 1,200 px dashboards are entirely in the viewport (so all of each is painted). */
export const DASHBOARD_VIEWPORT = { width: 1280, height: 1100 };

type Bench = {
  kamkitBench: {
    mountDashboard: (l: string, c: number) => Promise<{ ms: number; nodes: number }>;
  };
};

/**
 * Mounts each dashboard `rounds` times on `n` accounts, as {@link benchMount} does for the Pareto chart: each
 * sample in a fresh page with the bundle parsed before the clock starts, one uncounted warm-up round, the
 * libraries rotated each round. Results are under the size `n`.
 */
export async function benchDashboardMount(
  n: number,
  rounds: number,
  log = (_: string) => {},
  libraries: readonly string[] = DASHBOARD_LIBRARIES,
): Promise<MountSamples> {
  const script = await pageScript();
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: BENCH_CHROMIUM_ARGS,
  });
  const result: MountSamples = { ms: new Map(), nodes: new Map(), chromium: browser.version() };
  try {
    const context = await browser.newContext({ viewport: DASHBOARD_VIEWPORT });
    for (let round = -1; round < rounds; round++) {
      for (const name of roundOrder(libraries, round + 1)) {
        const page = await context.newPage();
        await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
        await page.addScriptTag({ content: script });
        const sample = await page.evaluate(
          ([library, count]) =>
            (window as unknown as Bench).kamkitBench.mountDashboard(library as string, count as number),
          [name, n] as const,
        );
        await page.close();
        if (round < 0) continue;
        const byN = result.ms.get(name) ?? new Map<number, number[]>();
        byN.set(n, [...(byN.get(n) ?? []), sample.ms]);
        result.ms.set(name, byN);
        result.nodes.set(name, new Map([[n, sample.nodes]]));
      }
      if (round >= 0) log(`dashboard mount: round ${round + 1}/${rounds}`);
    }
  } finally {
    await browser.close();
  }
  return result;
}

/**
 * Mounts each dashboard once on `n` accounts as the benchmark does and saves a full-page PNG of it to
 * `<outDir>/dashboard-<library>.png`; returns the files with the milliseconds and DOM elements of that mount.
 */
export async function screenshotDashboards(
  n: number,
  outDir: string,
  libraries: readonly string[] = DASHBOARD_LIBRARIES,
): Promise<{ library: string; file: string; charts: string[]; ms: number; nodes: number }[]> {
  const script = await pageScript();
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: BENCH_CHROMIUM_ARGS,
  });
  const shots = [];
  try {
    const context = await browser.newContext({ viewport: DASHBOARD_VIEWPORT });
    for (const name of libraries) {
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[${name}] page error: ${e.message}`));
      page.on('crash', () => console.error(`[${name}] page crashed`));
      await page.setContent(
        '<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:8px;background:#fff"></body></html>',
      );
      await page.addScriptTag({ content: script });
      const sample = await page.evaluate(
        ([library, count]) =>
          (window as unknown as Bench).kamkitBench.mountDashboard(library as string, count as number),
        [name, n] as const,
      );
      const file = path.join(outDir, `dashboard-${name.replace(/\W+/g, '')}.png`);
      await page.screenshot({ path: file, fullPage: true });
      // The charts' sizes (SVGs larger than an icon), to check that both dashboards draw at the same sizes.
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll('svg')]
          .map((svg) => svg.getBoundingClientRect())
          .filter((box) => box.width > 50 && box.height > 50)
          .map((box) => `${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      await page.close();
      shots.push({ library: name, file, charts, ...sample });
    }
  } finally {
    await browser.close();
  }
  return shots;
}

export function mountMedian(samples: MountSamples, name: string, n: number): number {
  return median(samples.ms.get(name)?.get(n) ?? []);
}
