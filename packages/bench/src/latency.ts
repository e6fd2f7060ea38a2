import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../../../scripts/chromium';
import { BENCH_CHROMIUM_ARGS, DASHBOARD_VIEWPORT, pageScript } from './browser';
import type { LatencySample } from './browser/latency';
import { roundOrder } from './stats';

/** The interaction cases (see src/browser/entry.tsx) and their sizes: issue 19 §4. */
export const LATENCY_CASES = [
  { kind: 'pareto', what: 'Pareto chart', n: 10_000 },
  { kind: 'scoring', what: 'scoring matrix (bubbles)', n: 2_000 },
  { kind: 'dashboard', what: 'whole dashboard: `KaDashboard` vs a Recharts composition', n: 500 },
] as const;

export const LATENCY_LIBRARIES = ['kamkit', 'recharts 3'] as const;
export type LatencyMode = 'pointer' | 'keyboard';

export interface LatencyResult {
  kind: string;
  library: string;
  mode: LatencyMode;
  n: number;
  /** Timed inputs the chart answered, in milliseconds. */
  ms: number[];
  /** The same inputs, from their delivery to the page (its first listener) to the next frame. */
  fromDeliveryMs: number[];
  /** The same inputs, from their `timeStamp` to their delivery (see `LatencySample.dispatchMs`). */
  dispatchMs: number[];
  /** Inputs the chart did not answer within 3 s. */
  unanswered: number;
  chromium: string;
}

type PageBench = {
  kamkitBench: {
    prepareInteraction: (
      kind: string,
      name: string,
      n: number,
      steps: number,
    ) => Promise<{ path: { x: number; y: number }[]; focused: boolean; nodes: number }>;
    idle: () => Promise<void>;
    latencySamples: () => LatencySample[];
  };
};

/** One page: mount the case, then `warmup + inputs` inputs one at a time; returns the timed (non-warm-up) samples. */
async function runPage(
  page: Page,
  kind: string,
  library: string,
  n: number,
  mode: LatencyMode,
  warmup: number,
  inputs: number,
): Promise<LatencySample[]> {
  const steps = warmup + inputs;
  const { path, focused } = await page.evaluate(
    ([k, l, c, s]) => (window as unknown as PageBench).kamkitBench.prepareInteraction(k, l, c, s),
    [kind, library, n, steps] as const,
  );
  if (mode === 'keyboard' && !focused) return [];
  for (let i = 0; i < steps; i++) {
    if (mode === 'pointer') {
      const point = path[i] as { x: number; y: number };
      await page.mouse.move(point.x, point.y);
    } else {
      // Six steps right, six back: the dashboard's charts have about a dozen items, and a chart at its last
      // item does not answer another step that way.
      await page.keyboard.press(Math.floor(i / 6) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    }
    await page.evaluate(() => (window as unknown as PageBench).kamkitBench.idle());
  }
  const samples = await page.evaluate(() => (window as unknown as PageBench).kamkitBench.latencySamples());
  return samples.slice(warmup);
}

/**
 * Interaction latency in Chromium (issue 19 §4): for each case, library and input mode, `pages` fresh pages
 * (libraries alternating in the order of {@link roundOrder}), each mounting the chart once, then `warmup`
 * uncounted inputs and `inputs` timed ones, one at a time (each waits until the previous one's frame is out).
 */
export async function benchLatency(
  pages: number,
  inputs: number,
  warmup: number,
  log = (_: string) => {},
  cases: readonly (typeof LATENCY_CASES)[number][] = LATENCY_CASES,
): Promise<LatencyResult[]> {
  const script = await pageScript();
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: BENCH_CHROMIUM_ARGS,
  });
  const results = new Map<string, LatencyResult>();
  try {
    for (const { kind, n } of cases) {
      const viewport = kind === 'dashboard' ? DASHBOARD_VIEWPORT : { width: 800, height: 600 };
      const context = await browser.newContext({ viewport });
      for (const mode of ['pointer', 'keyboard'] as const) {
        for (let round = 0; round < pages; round++) {
          for (const library of roundOrder(LATENCY_LIBRARIES, round)) {
            const page = await context.newPage();
            page.on('pageerror', (e) => log(`[${kind}/${library}] page error: ${e.message}`));
            await page.setContent(
              '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
            );
            await page.addScriptTag({ content: script });
            const samples = await runPage(page, kind, library, n, mode, warmup, inputs);
            await page.close();
            const key = `${kind}/${library}/${mode}`;
            const result = results.get(key) ?? {
              kind,
              library,
              mode,
              n,
              ms: [],
              fromDeliveryMs: [],
              dispatchMs: [],
              unanswered: 0,
              chromium: browser.version(),
            };
            for (const s of samples) {
              if (s.responded) {
                result.ms.push(s.ms);
                result.fromDeliveryMs.push(s.ms - s.dispatchMs);
                result.dispatchMs.push(s.dispatchMs);
              } else result.unanswered++;
            }
            results.set(key, result);
          }
        }
        log(`latency: ${kind}, ${mode} done`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return [...results.values()];
}

/** The `p`-th percentile (0–100) by the nearest-rank method; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}
