/**
 * kamkit vs the chart libraries teams use instead, side by side in one run, printed as one Markdown table:
 * bundle size, server render, mount in headless Chromium, core analytics vs a Float64Array sort.
 *
 *   pnpm --filter @kamkit/core --filter @kamkit/react build
 *   pnpm --filter @kamkit/bench bench [--only=size,ssr,mount,core] [--rounds=7]
 *
 * `--only=dashboard` runs only the dashboard mount (KaDashboard vs the Recharts composition), which `mount`
 * includes.
 *
 * Times are medians of several samples, the libraries interleaved (in a balanced order per round) with a
 * collection before each sample (two scavenges before a server render, see ssr.ts; a full GC and a pause before
 * a core run, see gc.ts); each figure is reported with its ratio to kamkit's, never as a lone absolute time.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BROWSER_LIBRARIES, benchDashboardMount, benchMount, mountMedian } from './browser';
import { measureBudgets } from './budgets';
import { bundleSize, chartEntry, checkDist } from './bundle';
import { benchCore, type CoreResult } from './core';
import { renderOnce, SSR_LIBRARIES } from './ssr';
import { compare, kb, markdownTable, median, ms, ratio, roundOrder } from './stats';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key as string, value] as const;
  }),
);
const only = new Set((args.get('only') ?? 'size,ssr,mount,core').split(','));
if (only.has('mount')) only.add('dashboard');
const rounds = Number(args.get('rounds') ?? 7);
const log = (message: string) => console.error(`[bench] ${message}`);

type Row = [
  section: string,
  measure: string,
  n: string,
  kamkit: string,
  other: string,
  figure: string,
  ratio: string,
  goal: string,
  met: string,
];
const rows: Row[] = [];
const goals: string[] = [];

function verdict(ok: boolean): string {
  return ok ? 'met' : '**missed**';
}

async function sizes() {
  log('bundle sizes…');
  const peers = [
    { name: 'recharts 3.11', file: 'recharts3', component: 'Recharts3Pareto' },
    { name: 'recharts 2.15', file: 'recharts2', component: 'Recharts2Pareto' },
    { name: 'visx 4', file: 'visx', component: 'VisxPareto' },
    { name: 'echarts 6 (echarts/core, tree-shaken)', file: 'echarts', component: 'EchartsPareto' },
    { name: "echarts 6 (import * from 'echarts')", file: 'echartsFull', component: 'EchartsFullPareto' },
  ];
  const kamkit = await bundleSize(chartEntry('kamkit', 'KamkitPareto'));
  for (const peer of peers) {
    const size = await bundleSize(chartEntry(peer.file, peer.component));
    rows.push([
      'bundle, min+gzip',
      'Pareto chart component',
      '',
      kb(kamkit.gzip),
      peer.name,
      kb(size.gzip),
      compare(size.gzip / kamkit.gzip, 'smaller', 'larger'),
      'smaller',
      verdict(kamkit.gzip < size.gzip),
    ]);
  }
  const kaDashboard = await bundleSize(chartEntry('kamkitDashboard', 'KamkitDashboard'));
  const rechartsDashboard = await bundleSize(chartEntry('rechartsDashboard', 'RechartsDashboard'));
  rows.push([
    'bundle, min+gzip',
    'whole dashboard: `KaDashboard` vs a Recharts composition',
    '',
    kb(kaDashboard.gzip),
    'recharts 3.11 (+ hand-written figures)',
    kb(rechartsDashboard.gzip),
    compare(rechartsDashboard.gzip / kaDashboard.gzip, 'smaller', 'larger'),
    '',
    '',
  ]);
  for (const { budget, gzip } of await measureBudgets()) {
    if (budget.goal === undefined) continue;
    rows.push([
      'bundle, min+gzip',
      `budget: ${budget.what}`,
      '',
      kb(gzip),
      '',
      '',
      '',
      `≤ ${kb(budget.goal)}`,
      verdict(gzip <= budget.goal),
    ]);
  }
}

/**
 * Server-render medians of every library at `n` accounts (run in a child process: see {@link inChild}).
 *
 * Steady state, as on a server that renders the chart more than once: warm-up rounds first, in which each
 * library renders until it has rendered ten times or its renders have taken 3 s in all (so a library that
 * takes seconds per render warms up once or twice, and a fast one is timed on optimised code, not on V8's first
 * calls); then `rounds` rounds of one render per library. Both in the order of {@link roundOrder}, each render
 * timed right after two scavenges (`renderOnce` in ssr.ts). The median of each library's warm-up renders 2–10 is
 * kept as `<library> warming up` (its first render also pays one-time set-up shared by all libraries); at 10,000
 * accounts, `rounds` more rounds timed right after a full GC and a pause (as this bench timed renders until
 * 2026-11-27) are kept as `<library> after a full GC`. With `alone`, only that library renders (a diagnostic:
 * each render then follows renders of the same chart, not other libraries' garbage).
 */
function ssrMedians(n: number, alone?: string): Record<string, number> {
  const libraries = alone ? SSR_LIBRARIES.filter((library) => library.name === alone) : SSR_LIBRARIES;
  if (libraries.length === 0) throw new Error(`no library named ${alone}`);
  const times = new Map<string, number[]>();
  const add = (key: string, elapsed: number) => times.set(key, [...(times.get(key) ?? []), elapsed]);
  const render = (library: (typeof SSR_LIBRARIES)[number], collect: Parameters<typeof renderOnce>[2]) => {
    const { ms: elapsed, html } = renderOnce(library.component, n, collect);
    if (html.length < 1000) throw new Error(`${library.name} rendered almost nothing (${html.length} bytes)`);
    return elapsed;
  };
  const warm = new Map(libraries.map((library) => [library.name, { count: 0, spent: 0 }]));
  for (let round = 0; round < 10; round++) {
    for (const library of roundOrder(libraries, round)) {
      const state = warm.get(library.name) as { count: number; spent: number };
      if (state.count >= 10 || state.spent >= 3000) continue;
      const elapsed = render(library, 'scavenge');
      state.count++;
      state.spent += elapsed;
      if (state.count > 1) add(`${library.name} warming up`, elapsed);
    }
  }
  // `rounds` samples of each library; one with three or more samples whose samples have taken over 10 s in all
  // stops early (Recharts and ECharts take seconds per render at 100,000 accounts).
  const spent = new Map<string, number>();
  for (let round = 0; round < rounds; round++) {
    for (const library of roundOrder(libraries, round)) {
      if ((times.get(library.name)?.length ?? 0) >= 3 && (spent.get(library.name) ?? 0) > 10_000) continue;
      const elapsed = render(library, 'scavenge');
      spent.set(library.name, (spent.get(library.name) ?? 0) + elapsed);
      add(library.name, elapsed);
    }
  }
  // The diagnostic, after all samples above (a full GC makes V8 compile again, see gc.ts): the same renders,
  // each right after a full GC and a pause.
  if (n === 10_000 && !alone) {
    for (let round = 0; round < rounds; round++) {
      for (const library of roundOrder(libraries, round)) {
        add(`${library.name} after a full GC`, render(library, 'full'));
      }
    }
  }
  return Object.fromEntries([...times].map(([name, values]) => [name, median(values)]));
}

/**
 * Runs one section at one size in a fresh Node process (this same script with `--child=section:n`), so no
 * section inherits the heap, the garbage or the JIT state of another; prints and returns its JSON result.
 */
function inChild<T>(section: 'ssr' | 'core', n: number, alone?: string): T {
  const result = spawnSync(
    process.execPath,
    [
      fileURLToPath(import.meta.url),
      `--child=${section}:${n}${alone ? `:${alone}` : ''}`,
      `--rounds=${rounds}`,
      ...process.argv.filter((a) => a === '--no-gc'),
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    },
  );
  if (result.status !== 0) throw new Error(`${section} at ${n} failed (exit ${result.status})`);
  return JSON.parse(result.stdout.trim().split('\n').pop() as string) as T;
}

function ssr() {
  const sizes = [1_000, 10_000, 100_000];
  const medians = new Map<string, number>();
  for (const n of sizes) {
    log(`server render, ${n.toLocaleString('en-US')} accounts (own process)…`);
    for (const [name, value] of Object.entries(inChild<Record<string, number>>('ssr', n))) {
      medians.set(`${name}@${n}`, value);
    }
  }
  // The diagnostic "each library alone": kamkit and visx at 10,000 accounts, each in processes of its own,
  // three of each, alternating; the median of the three processes' medians.
  log('server render, 10,000 accounts, kamkit and visx each alone in its own process (3 each)…');
  const alone = new Map<string, number[]>();
  for (let round = 0; round < 3; round++) {
    for (const name of roundOrder(['kamkit', 'visx'], round)) {
      const value = inChild<Record<string, number>>('ssr', 10_000, name)[name] as number;
      alone.set(name, [...(alone.get(name) ?? []), value]);
    }
  }
  for (const n of sizes) {
    const kamkit = medians.get(`kamkit@${n}`) as number;
    for (const library of SSR_LIBRARIES.slice(1)) {
      const other = medians.get(`${library.name}@${n}`) as number;
      const isGoal = library.name === 'visx' && n === 10_000;
      rows.push([
        'server render (renderToString)',
        'Pareto chart',
        n.toLocaleString('en-US'),
        ms(kamkit),
        library.name,
        ms(other),
        compare(other / kamkit, 'faster', 'slower'),
        isGoal ? '≥ 10× faster' : '',
        isGoal ? verdict(other / kamkit >= 10) : '',
      ]);
    }
  }
  // Diagnostic rows at 10,000 accounts: kamkit's and visx's medians under another timing.
  const diagnostic = (measure: string, kamkit: number, visx: number) =>
    rows.push([
      'server render (renderToString)',
      measure,
      '10,000',
      ms(kamkit),
      'visx',
      ms(visx),
      compare(visx / kamkit, 'faster', 'slower'),
      '',
      'diagnostic',
    ]);
  const at10k = (key: string) => medians.get(`${key}@10000`) as number;
  diagnostic('Pareto chart, warm-up renders 2–10', at10k('kamkit warming up'), at10k('visx warming up'));
  diagnostic(
    'Pareto chart, each render right after a full GC and a 50 ms pause (timed as until 2026-11-27)',
    at10k('kamkit after a full GC'),
    at10k('visx after a full GC'),
  );
  diagnostic(
    'Pareto chart, each library alone in its own process (median of 3 processes each)',
    median(alone.get('kamkit') as number[]),
    median(alone.get('visx') as number[]),
  );
  const k100 = medians.get('kamkit@100000') as number;
  const v10 = medians.get('visx@10000') as number;
  rows.push([
    'server render (renderToString)',
    'kamkit at 100,000 vs visx at 10,000',
    '100,000 / 10,000',
    ms(k100),
    'visx at 10,000',
    ms(v10),
    compare(v10 / k100, 'faster', 'slower'),
    'faster (> 1×)',
    verdict(k100 < v10),
  ]);
}

async function mount() {
  let chromiumVersion = '';
  if (only.has('mount')) {
    const sizes = [1_000, 10_000];
    log(`mount in Chromium: 1 warm-up round + ${rounds} rounds, each sample in a fresh page…`);
    const samples = await benchMount(sizes, rounds, log);
    chromiumVersion = samples.chromium;
    for (const n of sizes) {
      const kamkit = mountMedian(samples, 'kamkit', n);
      for (const library of BROWSER_LIBRARIES.slice(1)) {
        const other = mountMedian(samples, library, n);
        rows.push([
          `mount in Chromium ${samples.chromium} (to painted)`,
          'Pareto chart',
          n.toLocaleString('en-US'),
          ms(kamkit),
          library,
          ms(other),
          compare(other / kamkit, 'faster', 'slower'),
          '',
          '',
        ]);
      }
    }
  }
  if (only.has('dashboard')) {
    const n = 500;
    log(`dashboard mount in Chromium, ${n} accounts: 1 warm-up round + ${rounds} rounds, fresh page each…`);
    const samples = await benchDashboardMount(n, rounds, log);
    chromiumVersion = samples.chromium;
    const kamkit = mountMedian(samples, 'kamkit', n);
    const recharts = mountMedian(samples, 'recharts 3', n);
    const nodes = (name: string) => samples.nodes.get(name)?.get(n) ?? 0;
    for (const [name, byN] of samples.ms) {
      log(`dashboard ${name}: ${(byN.get(n) ?? []).map((t) => Math.round(t)).join(', ')} ms`);
    }
    rows.push([
      `mount in Chromium ${samples.chromium} (to painted)`,
      'whole dashboard: `KaDashboard` vs a Recharts composition',
      n.toLocaleString('en-US'),
      ms(kamkit),
      'recharts 3',
      ms(recharts),
      compare(recharts / kamkit, 'faster', 'slower'),
      '',
      '',
    ]);
    goals.push(
      `Dashboard (${n} accounts, 24 months of MRR each, 1,200 px, 1280×1100 viewport): \`KaDashboard\` with its defaults ` +
        `(interactive charts, hidden data tables, top 10 at risk; ${nodes('kamkit')} DOM elements) vs the same panels in ` +
        `Recharts 3.11 (src/charts/rechartsDashboard.tsx, animations off; ${nodes('recharts 3')} DOM elements): the 7 key ` +
        'figures as HTML tiles, MRR by plan as a stacked AreaChart, the MRR movements as a waterfall (stacked ' +
        'BarChart, invisible base), onboarding and the top 10 accounts at risk as horizontal BarCharts with value ' +
        'labels; its figures computed by hand (src/charts/dashboardRows.ts, the same results as core). Painted = ' +
        'every part has all its marks in the DOM (7 tiles, 3 plan areas, 6 waterfall steps, 5 stages, 10 accounts ' +
        "at risk, and Recharts' value labels), then the next frame. Not in the Recharts version: the hidden data " +
        "tables, the charts' titles and descriptions (the findings in words) and the explorer's spoken status " +
        "(Recharts 3's default accessibility layer moves the tooltip by arrow key), the upsell plan's label in the " +
        "plot, the waterfall's legend and connectors, onboarding's “in stage or later” funnel bars and " +
        "satisfaction dots (shown as text instead), the ranking's table columns (one label per bar instead), the " +
        'dark theme.',
    );
  }
  return chromiumVersion;
}

function core() {
  for (const n of [10_000, 100_000, 1_000_000]) {
    log(`core, ${n.toLocaleString('en-US')} accounts…`);
    const result = inChild<CoreResult>('core', n);
    const entries: [string, number][] = [
      ['`pareto`', result.pareto],
      ['`abc`', result.abc],
    ];
    for (const [name, time] of entries) {
      rows.push([
        'core',
        `${name} vs one Float64Array sort of the values`,
        n.toLocaleString('en-US'),
        ms(time),
        'Float64Array sort',
        ms(result.sort),
        `${ratio(time / result.sort)} the sort's time`,
        '≤ 2×',
        verdict(time / result.sort <= 2),
      ]);
    }
    rows.push([
      'core',
      '`pareto`, ids in random order (the data above has ids ascending with the records)',
      n.toLocaleString('en-US'),
      ms(result.paretoRandomIds),
      'Float64Array sort',
      ms(result.sort),
      `${ratio(result.paretoRandomIds / result.sort)} the sort's time`,
      '≤ 2×',
      verdict(result.paretoRandomIds / result.sort <= 2),
    ]);
    rows.push([
      'core',
      '`paretoColumns`: the same analysis without row objects (typed-array columns; what `ParetoChart` uses)',
      n.toLocaleString('en-US'),
      ms(result.columns),
      'Float64Array sort',
      ms(result.sort),
      `${ratio(result.columns / result.sort)} the sort's time`,
      '—',
      'diagnostic',
    ]);
    // At 10⁴ the allocation alone measures at or above `pareto`'s whole time (V8 allocates differently there):
    // not a lower bound, so not printed.
    if (n >= 100_000)
      rows.push([
        'core',
        'floor: only allocating the n result rows (ten fields each, from ready columns)',
        n.toLocaleString('en-US'),
        ms(result.rows),
        'Float64Array sort',
        ms(result.sort),
        `${ratio(result.rows / result.sort)} the sort's time`,
        '—',
        'diagnostic',
      ]);
  }
}

async function main() {
  const child = args.get('child');
  if (child) {
    const [section, size, alone] = child.split(':');
    const n = Number(size);
    const result =
      section === 'ssr' ? ssrMedians(n, alone) : benchCore(n, n >= 1_000_000 ? Math.min(rounds, 5) : rounds);
    console.log(JSON.stringify(result));
    return;
  }
  for (const warning of checkDist()) log(`warning: ${warning}`);
  const started = performance.now();
  const loadBefore = loadavg()[0] as number;
  if (only.has('size')) await sizes();
  let chromiumVersion = '';
  if (only.has('ssr')) ssr();
  if (only.has('mount') || only.has('dashboard')) chromiumVersion = await mount();
  if (only.has('core')) core();
  const cpu = cpus();
  const load = `load average (1 min) ${loadBefore.toFixed(1)} at start, ${(loadavg()[0] as number).toFixed(1)} at end`;
  console.log(
    `kamkit bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpu[0]?.model ?? 'unknown CPU'} (${cpu.length} cores), Node ${process.version}${chromiumVersion ? `, Chromium ${chromiumVersion}` : ''}, ${rounds} rounds, ${load}\n`,
  );
  console.log(
    markdownTable(
      ['figure', 'measure', 'accounts', 'kamkit', 'vs', 'their figure', 'ratio', 'goal', 'status'],
      rows,
    ),
  );
  for (const note of goals) console.log(`\n${note}`);
  console.log(
    `\nBundle: esbuild, ESM, minified, react/react-dom external, gzip -9 (1 kB = 1,000 bytes). Times: medians; ratio = their time ÷ kamkit's (core: kamkit's ÷ the sort's). Took ${Math.round((performance.now() - started) / 1000)} s.`,
  );
}

await main();
