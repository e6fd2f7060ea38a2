import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../../../scripts/chromium';
import { BENCH_CHROMIUM_ARGS } from './browser';
import type { UpdateSample } from './browser/update';
import { benchDir } from './bundle';

/** The examples app's folder, and where the bench builds it (minified as served; unminified for profiles). */
const examplesDir = path.join(benchDir, '..', 'examples');
const cacheDir = path.join(benchDir, 'node_modules', '.cache', 'kamkit-bench');

/** The page the update is measured on and how wide it is drawn (the examples' end-to-end viewport). */
export const UPDATE_PAGE = { hash: '#/portfolio', width: 1280 };

/**
 * Builds the examples app with `vite build` into the bench's cache (its workspace packages from their sources,
 * as the app's Vite config resolves them) and returns the folder. `minify: false` keeps names and Rolldown's
 * `//#region` module markers, for a CPU profile.
 */
export function buildExamples(minify: boolean, log = (_: string) => {}): string {
  const outDir = path.join(cacheDir, minify ? 'examples' : 'examples-unminified');
  log(`vite build of the examples app → ${path.relative(benchDir, outDir)}…`);
  const result = spawnSync(
    'pnpm',
    [
      'exec',
      'vite',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
      ...(minify ? [] : ['--minify', 'false']),
    ],
    {
      cwd: examplesDir,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) throw new Error(`vite build of the examples app failed (exit ${result.status})`);
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
  '.json': 'application/json',
};

/** Serves a built app's folder on 127.0.0.1 (a free port); `/` is its index.html. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The page-side probe (src/browser/update.ts), bundled to one script injected before the app's own. */
export async function probeScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(benchDir, 'src', 'browser', 'update.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

type Probe = { kamkitUpdate: { arm: () => void; settle: () => Promise<UpdateSample> } };

/** Resolves once the page's DOM has not changed for `ms` milliseconds. */
async function quiet(page: Page, ms: number): Promise<void> {
  await page.evaluate(
    (wait) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, wait);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, wait);
        });
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          attributes: true,
          characterData: true,
        });
        function done() {
          observer.disconnect();
          resolve();
        }
      }),
    ms,
  );
}

/**
 * Opens the Portfolio page of the large demo (`?accounts=n`) in a fresh page, waits until its charts are drawn
 * and still, and makes the viewport as tall as the page, so every chart is on screen (painted) when it updates.
 * Returns the years the year selector offers and the chart kinds on the page.
 */
export async function openPortfolio(
  page: Page,
  url: string,
  n: number,
  probe: string,
): Promise<{ years: string[]; charts: string[] }> {
  await page.addInitScript({ content: probe });
  await page.goto(`${url}/?accounts=${n}${UPDATE_PAGE.hash}`);
  await page.waitForFunction(() => document.querySelectorAll('[data-kamkit-chart] svg').length >= 5, null, {
    timeout: 180_000,
  });
  await quiet(page, 1000);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: UPDATE_PAGE.width, height: Math.min(8000, Math.ceil(height)) });
  await quiet(page, 1000);
  const years = await page
    .locator('main select')
    .first()
    .evaluate((select) => [...(select as HTMLSelectElement).options].map((o) => o.value));
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll('[data-kamkit-chart]')].map(
      (e) => e.getAttribute('data-kamkit-chart') as string,
    ),
  );
  return { years, charts };
}

/** Changes the first year selector of the page (the Pareto card's) to `year` and returns the probe's sample. */
export async function switchYear(page: Page, year: string): Promise<UpdateSample> {
  await page.evaluate(() => (window as unknown as Probe).kamkitUpdate.arm());
  await page.locator('main select').first().selectOption(year);
  return page.evaluate(() => (window as unknown as Probe).kamkitUpdate.settle());
}

/** The year after `current` in `years`, cycling (each switch is a change). */
export function nextYear(years: readonly string[], current: string): string {
  return years[(years.indexOf(current) + 1) % years.length] as string;
}

export interface UpdateResult {
  n: number;
  chromium: string;
  /** Timed switches (warm-ups left out). */
  samples: UpdateSample[];
  charts: string[];
  years: string[];
}

/**
 * Update cost in Chromium (issue 19 §6): `pages` fresh pages of the built examples app's Portfolio page with
 * `n` accounts; in each, `warmup` uncounted year switches, then `switches` timed ones, one at a time (each waits
 * until the page is quiet again), cycling through the years.
 */
export async function benchUpdate(options: {
  n: number;
  pages: number;
  switches: number;
  warmup: number;
  build?: boolean;
  /** Emulate `prefers-reduced-motion: reduce` (the charts then move no marks): a diagnostic of motion's cost. */
  reducedMotion?: boolean;
  log?: (message: string) => void;
}): Promise<UpdateResult> {
  const log = options.log ?? (() => {});
  const dir = options.build === false ? path.join(cacheDir, 'examples') : buildExamples(true, log);
  const server = await serveStatic(dir);
  const probe = await probeScript();
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: BENCH_CHROMIUM_ARGS,
  });
  const result: UpdateResult = {
    n: options.n,
    chromium: browser.version(),
    samples: [],
    charts: [],
    years: [],
  };
  try {
    for (let p = 0; p < options.pages; p++) {
      const context = await browser.newContext({
        viewport: { width: UPDATE_PAGE.width, height: 900 },
        reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => log(`page error: ${e.message}`));
      const { years, charts } = await openPortfolio(page, server.url, options.n, probe);
      result.years = years;
      result.charts = charts;
      let year = years[years.length - 1] as string;
      for (let i = 0; i < options.warmup + options.switches; i++) {
        year = nextYear(years, year);
        const sample = await switchYear(page, year);
        if (i >= options.warmup) result.samples.push(sample);
      }
      await context.close();
      log(`update: page ${p + 1}/${options.pages} done`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
