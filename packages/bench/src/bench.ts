/**
 * kamkit vs the chart libraries teams use instead, side by side in one run, printed as one Markdown table:
 * bundle size, server render, mount in headless Chromium, core analytics vs a Float64Array sort.
 *
 *   pnpm --filter @kamkit/core --filter @kamkit/react build
 *   pnpm --filter @kamkit/bench bench [--only=size,ssr,mount,latency,update,core] [--rounds=7]
 *     [--ssr-sizes=1000,10000,100000] [--processes=3] [--pages=3] [--inputs=40] [--switches=12]
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
import {
  BROWSER_LIBRARIES,
  benchDashboardMount,
  benchMount,
  DASHBOARD_LIBRARIES,
  mountMedian,
} from './browser';
import { measureBudgets } from './budgets';
import { bundleSize, chartEntry, checkDist } from './bundle';
import { benchCore, type CoreResult, type Task } from './core';
import { benchLatency, percentile } from './latency';
import { renderOnce, SSR_LIBRARIES } from './ssr';
import { compare, kb, markdownTable, median, ms, ratio, roundOrder } from './stats';
import { benchUpdate } from './update';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key as string, value] as const;
  }),
);
const only = new Set((args.get('only') ?? 'size,ssr,mount,latency,update,core').split(','));
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

/**
 * Server render, each library in its own process (issue 19 §3: a server renders one kit, not four in turn).
 * At each size, `processes` fresh processes per library, the libraries alternating in the order of
 * {@link roundOrder}; each process warms up, then times its samples (see {@link ssrMedians} with `alone`); a
 * library's figure is the median of its processes' medians. The shared process (every library in one process,
 * interleaved, as this bench measured until 2026-12-07) is kept at 10,000 accounts as diagnostic rows.
 */
function ssr() {
  const sizes = (args.get('ssr-sizes') ?? '1000,10000,100000').split(',').map(Number);
  const processes = Math.max(3, Number(args.get('processes') ?? 3));
  const medians = new Map<string, number>();
  for (const n of sizes) {
    log(
      `server render, ${n.toLocaleString('en-US')} accounts, each library alone, ${processes} processes each…`,
    );
    const perProcess = new Map<string, number[]>();
    for (let round = 0; round < processes; round++) {
      for (const library of roundOrder(SSR_LIBRARIES, round)) {
        const value = inChild<Record<string, number>>('ssr', n, library.name)[library.name] as number;
        perProcess.set(library.name, [...(perProcess.get(library.name) ?? []), value]);
      }
    }
    for (const [name, values] of perProcess) {
      log(`  ${name}: ${values.map((v) => v.toFixed(2)).join(', ')} ms (process medians)`);
      medians.set(`${name}@${n}`, median(values));
    }
  }
  for (const n of sizes) {
    const kamkit = medians.get(`kamkit@${n}`) as number;
    for (const library of SSR_LIBRARIES.slice(1)) {
      const other = medians.get(`${library.name}@${n}`) as number;
      const isGoal = library.name === 'visx' && n === 10_000;
      rows.push([
        'server render (renderToString), each library in its own process',
        `Pareto chart (median of ${processes} processes each)`,
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
  const k100 = medians.get('kamkit@100000');
  const v10 = medians.get('visx@10000');
  if (k100 !== undefined && v10 !== undefined)
    rows.push([
      'server render (renderToString), each library in its own process',
      'kamkit at 100,000 vs visx at 10,000',
      '100,000 / 10,000',
      ms(k100),
      'visx at 10,000',
      ms(v10),
      compare(v10 / k100, 'faster', 'slower'),
      'faster (> 1×)',
      verdict(k100 < v10),
    ]);
  // Diagnostics at 10,000 accounts: every library in one shared process, interleaved.
  log('server render, 10,000 accounts, all libraries in one shared process (diagnostic)…');
  const shared = inChild<Record<string, number>>('ssr', 10_000);
  const diagnostic = (measure: string, key: string) =>
    rows.push([
      'server render (renderToString), one shared process',
      measure,
      '10,000',
      ms(shared[`kamkit${key}`] as number),
      'visx',
      ms(shared[`visx${key}`] as number),
      compare((shared[`visx${key}`] as number) / (shared[`kamkit${key}`] as number), 'faster', 'slower'),
      '',
      'diagnostic',
    ]);
  diagnostic('Pareto chart, all four libraries interleaved in one process', '');
  diagnostic('Pareto chart, warm-up renders 2–10', ' warming up');
  diagnostic('Pareto chart, each render right after a full GC and a 50 ms pause', ' after a full GC');
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
    const samples = await benchDashboardMount(n, rounds, log, [...DASHBOARD_LIBRARIES, 'empty']);
    chromiumVersion = samples.chromium;
    const kamkit = mountMedian(samples, 'kamkit', n);
    const recharts = mountMedian(samples, 'recharts 3', n);
    const floor = mountMedian(samples, 'empty', n);
    const nodes = (name: string) => samples.nodes.get(name)?.get(n) ?? 0;
    for (const [name, byN] of samples.ms) {
      log(`dashboard ${name}: ${(byN.get(n) ?? []).map((t) => Math.round(t)).join(', ')} ms`);
    }
    rows.push(
      [
        `mount in Chromium ${samples.chromium} (to painted), above the harness floor`,
        'whole dashboard: `KaDashboard` vs a Recharts composition, minus the same page mounting an empty component',
        n.toLocaleString('en-US'),
        ms(kamkit - floor),
        'recharts 3',
        ms(recharts - floor),
        compare((recharts - floor) / (kamkit - floor), 'faster', 'slower'),
        '≥ 5× faster',
        verdict((recharts - floor) / (kamkit - floor) >= 5),
      ],
      [
        `mount in Chromium ${samples.chromium} (to painted)`,
        'whole dashboard, in total (the floor included)',
        n.toLocaleString('en-US'),
        ms(kamkit),
        'recharts 3',
        ms(recharts),
        compare(recharts / kamkit, 'faster', 'slower'),
        '',
        'diagnostic',
      ],
      [
        `mount in Chromium ${samples.chromium} (to painted)`,
        'harness floor: the same page mounting an empty component',
        n.toLocaleString('en-US'),
        ms(floor),
        '',
        '',
        '',
        '',
        'diagnostic',
      ],
    );
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

/**
 * Interaction latency in Chromium (issue 19 §4, see latency.ts): p50 and p95 of pointer moves and arrow-key
 * steps, from the input to the end of the first frame after the chart answered. The goal row compares p95s.
 */
async function latency() {
  const pages = Math.max(3, Number(args.get('pages') ?? 3));
  const inputs = Number(args.get('inputs') ?? 40);
  log(
    `interaction latency in Chromium: ${pages} pages per library and input, 10 warm-up + ${inputs} inputs each…`,
  );
  const results = await benchLatency(pages, inputs, 10, log);
  const find = (kind: string, library: string, mode: string) =>
    results.find((r) => r.kind === kind && r.library === library && r.mode === mode);
  for (const r of results) {
    if (r.library !== 'kamkit') continue;
    const peer = find(r.kind, 'recharts 3', r.mode);
    const p95 = percentile(r.ms, 95);
    const peerP95 = peer ? percentile(peer.ms, 95) : Number.NaN;
    const unanswered = (x: { unanswered: number } | undefined) =>
      x?.unanswered ? `, ${x.unanswered} unanswered` : '';
    rows.push([
      `interaction in Chromium ${r.chromium} (input to next frame)`,
      `${r.kind}, ${r.mode === 'pointer' ? 'pointer move' : 'arrow key'}: p50 / p95 (${r.ms.length} inputs${unanswered(r)})`,
      r.n.toLocaleString('en-US'),
      `${ms(percentile(r.ms, 50))} / ${ms(p95)}`,
      `recharts 3${peer ? ` (${peer.ms.length} inputs${unanswered(peer)})` : ''}`,
      peer && peer.ms.length > 0 ? `${ms(percentile(peer.ms, 50))} / ${ms(peerP95)}` : 'no answer',
      compare(peerP95 / p95, 'faster (p95)', 'slower (p95)'),
      r.kind === 'pareto' ? 'p95 ≤ 16 ms, ≥ 5× faster' : 'p95 ≤ 16 ms',
      verdict(p95 <= 16 && (r.kind !== 'pareto' || peerP95 / p95 >= 5)),
    ]);
    if (r.mode !== 'pointer') continue;
    // How much of the pointer figure is the wait for Chromium to deliver the move (see browser/latency.ts).
    const split = (x: typeof r | undefined) =>
      x && x.ms.length > 0
        ? `${ms(percentile(x.dispatchMs, 50))} / ${ms(percentile(x.dispatchMs, 95))} wait, then ` +
          `${ms(percentile(x.fromDeliveryMs, 50))} / ${ms(percentile(x.fromDeliveryMs, 95))}`
        : '—';
    rows.push([
      `interaction in Chromium ${r.chromium} (input to next frame)`,
      `${r.kind}, pointer move: the input's wait until the page's first listener (p50 / p95), then from there to the next frame (p50 / p95)`,
      r.n.toLocaleString('en-US'),
      split(r),
      'recharts 3',
      split(peer),
      '',
      '',
      'diagnostic',
    ]);
  }
}

/**
 * Update cost in Chromium (issue 19 §6, see update.ts): the year switch on the examples app's Portfolio page
 * with 10,000 accounts, from the input to the end of the frame after the last chart updated; p50 and p95.
 */
async function update() {
  const n = 10_000;
  const pages = Math.max(3, Number(args.get('pages') ?? 3));
  const switches = Number(args.get('switches') ?? 12);
  log(
    `update cost in Chromium: examples app, ${n.toLocaleString('en-US')} accounts, ${pages} pages × 2 warm-up + ${switches} year switches…`,
  );
  const result = await benchUpdate({ n, pages, switches, warmup: 2, log });
  const timed = result.samples.filter((s) => s.responded);
  const last = timed.map((s) => s.ms);
  const first = timed.map((s) => s.firstMs);
  const p95 = percentile(last, 95);
  const unanswered = result.samples.length - timed.length;
  const section = `update in Chromium ${result.chromium} (input to next frame)`;
  rows.push(
    [
      section,
      `examples app, Portfolio page, year switch until every chart has updated: p50 / p95 (${timed.length} switches${unanswered ? `, ${unanswered} unanswered` : ''})`,
      n.toLocaleString('en-US'),
      `${ms(percentile(last, 50))} / ${ms(p95)}`,
      '',
      '',
      '',
      'p95 ≤ 100 ms',
      verdict(p95 <= 100 && unanswered === 0),
    ],
    [
      section,
      'the same switches until the first change is on screen: p50 / p95',
      n.toLocaleString('en-US'),
      `${ms(percentile(first, 50))} / ${ms(percentile(first, 95))}`,
      '',
      '',
      '',
      '',
      'diagnostic',
    ],
  );
  const unchanged = [...new Set(timed.flatMap((s) => s.unchanged))];
  goals.push(
    `Update (§6): the examples app built by \`vite build\` and served statically, \`?accounts=${n}#/portfolio\` ` +
      `(the large demo mode: ${n.toLocaleString('en-US')} accounts of the demo's shape over ${result.years.join(', ')}), ` +
      `viewport 1,280 px wide and as tall as the page (every chart on screen); the Pareto card's year selector ` +
      `set by Playwright's \`selectOption\`, cycling through the years, 2 uncounted switches then ${switches} timed ` +
      `ones in each of ${pages} fresh pages. Charts on the page: ${result.charts.join(', ')}; charts whose DOM did ` +
      `not change in some switch: ${unchanged.join(', ') || 'none'}; frames with changes per switch: ` +
      `${[...new Set(timed.map((s) => s.framesWithChanges))].sort().join(', ')}.`,
  );
}

/**
 * Each run's time over the sort's time in the same round: the median and the largest (issue 19 §2's goal for
 * the columnar analyses: median ≤ 2×, no run above 2.5×).
 */
function roundRatios(result: CoreResult, task: Task): { median: number; max: number; runs: number } {
  const sort = result.samples.sort;
  const ratios = result.samples[task].map((t, r) => t / (sort[r] as number));
  return { median: median(ratios), max: Math.max(...ratios), runs: ratios.length };
}

function core() {
  for (const n of [10_000, 100_000, 1_000_000]) {
    log(`core, ${n.toLocaleString('en-US')} accounts…`);
    const result = inChild<CoreResult>('core', n);
    const count = n.toLocaleString('en-US');
    const sortRow = (measure: string, time: number, ratioText: string, goal: string, met: string): Row => [
      'core',
      measure,
      count,
      ms(time),
      'Float64Array sort',
      ms(result.sort),
      ratioText,
      goal,
      met,
    ];
    // The goal: the columnar analyses, each run against the sort of its own round.
    for (const [name, task] of [
      ['`paretoColumns`', 'columns'],
      ['`abcColumns`', 'abcColumns'],
    ] as const) {
      const r = roundRatios(result, task);
      rows.push(
        sortRow(
          `${name} vs one Float64Array sort of the values (median of ${r.runs} runs; largest run)`,
          result[task],
          `${ratio(r.median)} the sort's time (largest run ${ratio(r.max)})`,
          '≤ 2× (no run > 2.5×)',
          verdict(r.median <= 2 && r.max <= 2.5),
        ),
      );
    }
    // Row results beside their allocation floor (printed only: one object per account cannot beat it).
    for (const [name, task, floor] of [
      ['`pareto`', 'pareto', 'rows'],
      ['`abc`', 'abc', 'abcRows'],
    ] as const) {
      rows.push(
        sortRow(
          `${name} (one row object per account)`,
          result[task],
          `${ratio(result[task] / result.sort)} the sort's time`,
          '—',
          'printed',
        ),
        sortRow(
          `floor of ${name}: only allocating its n rows (${task === 'abc' ? 11 : 10} fields each, from ready columns)`,
          result[floor],
          `${ratio(result[floor] / result.sort)} the sort's time`,
          '—',
          'diagnostic',
        ),
      );
    }
    rows.push(
      sortRow(
        '`pareto`, ids in random order (the data above has ids ascending with the records)',
        result.paretoRandomIds,
        `${ratio(result.paretoRandomIds / result.sort)} the sort's time`,
        '—',
        'diagnostic',
      ),
    );
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
  if (only.has('latency')) await latency();
  if (only.has('update')) await update();
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
