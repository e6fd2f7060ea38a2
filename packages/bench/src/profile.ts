import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { markdownTable, ms } from './stats';
import {
  bundleModules,
  type CpuProfile,
  PROFILER_KIND,
  packageOf,
  profileBySelf,
  sumBy,
  TRACE_CATEGORIES,
  traceBreakdown,
} from './trace';

/** A Chromium trace and a CPU profile (sampled every 100 µs) of the same stretch of a page's life. */
export interface Recording {
  trace: { traceEvents: never[] };
  cpu: CpuProfile;
}

/** Records `action` on `page`: a Chromium trace (main-thread work by kind) and a CDP CPU profile (functions). */
export async function record(browser: Browser, page: Page, action: () => Promise<void>): Promise<Recording> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  await cdp.detach();
  return { trace, cpu: profile };
}

/** A recording and the stretches of it to count ([from, to] in trace µs; all of it when absent). */
export interface Recorded {
  recording: Recording;
  windows?: [number, number][];
}

/**
 * Prints where recordings' time went, divided by `count` (the inputs or mounts recorded in all): the main
 * thread's self time by kind, the JavaScript by package (or workspace folder) and the top functions. `bundle` is
 * the unminified script the page ran (its module markers map a sample to its source file). Saves the first raw
 * recording to `save` (`.json` trace and `.cpuprofile`), for Chromium's DevTools.
 */
export function report(
  title: string,
  recorded: readonly Recorded[],
  count: number,
  options: { bundle?: { url: string; source: string }; save?: string } = {},
): string {
  const { bundle, save } = options;
  const first = recorded[0]?.recording;
  if (save && first) {
    writeFileSync(`${save}.json`, JSON.stringify(first.trace));
    writeFileSync(`${save}.cpuprofile`, JSON.stringify(first.cpu));
  }
  const per = (value: number) => ms(value / count);
  const byKind: Record<string, number> = {};
  for (const { recording, windows } of recorded) {
    for (const [kind, v] of Object.entries(traceBreakdown(recording.trace, windows))) {
      byKind[kind] = (byKind[kind] ?? 0) + v;
    }
  }
  const kinds = Object.entries(byKind)
    .filter(([kind]) => kind !== PROFILER_KIND)
    .sort((a, b) => b[1] - a[1]);
  const total = kinds.reduce((sum, [, v]) => sum + v, 0);
  const moduleAt = bundle ? bundleModules(bundle.source) : undefined;
  const moduleOf = (url: string, line: number) =>
    moduleAt && bundle && url.endsWith(bundle.url) ? moduleAt(line) : (url.split('/').pop() ?? url);
  const functions = sumBy(
    recorded.flatMap(({ recording, windows }) => profileBySelf(recording.cpu, windows, moduleOf)),
    (f) => `${f.fn}\u0000${f.module}`,
  ).map(([key, v]) => {
    const [fn, module] = key.split('\u0000') as [string, string];
    return { fn, module, ms: v };
  });
  const js = functions.filter((f) => f.module !== '');
  const jsTotal = js.reduce((sum, f) => sum + f.ms, 0);
  const lines = [
    `### ${title}`,
    '',
    `Main thread, self time per ${count > 1 ? `input or run (mean of ${count})` : 'run'}: ${per(total)} in all`,
    '',
    markdownTable(
      ['kind', 'time', 'share'],
      kinds.map(([kind, v]) => [kind, per(v), `${((100 * v) / total).toFixed(0)} %`]),
    ),
    '',
    `JavaScript by package (CPU profile, ${per(jsTotal)} sampled):`,
    '',
    markdownTable(
      ['package or folder', 'self time', 'share'],
      sumBy(js, (f) => packageOf(f.module))
        .slice(0, 12)
        .map(([name, v]) => [name, per(v), `${((100 * v) / jsTotal).toFixed(0)} %`]),
    ),
    '',
    'Top functions by self time:',
    '',
    markdownTable(
      ['function', 'module', 'self time'],
      js.slice(0, 15).map((f) => [f.fn, f.module, per(f.ms)]),
    ),
  ];
  return lines.join('\n');
}
