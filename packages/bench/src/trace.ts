/**
 * Where a browser figure's time goes: summaries of a Chromium trace (playwright-core's `browser.startTracing`)
 * and of a CDP CPU profile, for the profiles of docs/benchmarks.md (not part of the bench's table).
 */

/** Trace categories that carry the main thread's work: tasks, script, style, layout, paint, GC. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** CPU time of the thread (µs), where Chromium records it: unlike `dur`, not inflated when descheduled. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { message?: string } };
}

/**
 * What the main thread did, by kind, in milliseconds of self time (nested work counted once, where it ran):
 * thread CPU time where the trace has it, so that a loaded machine (the thread waiting for a core) does not
 * inflate the figures.
 */
export type Breakdown = Record<string, number>;

/** Starting the CPU profiler (the bench's own cost while recording), left out of the totals. */
export const PROFILER_KIND = 'profiler start (the recording, not the page)';

const KINDS: [kind: string, test: (name: string) => boolean][] = [
  [PROFILER_KIND, (n) => n.startsWith('CpuProfiler')],
  // A script the driver runs in the page (Playwright's `evaluate`: the mount itself) runs inside the message
  // that carries it, with no script event of its own.
  ['script (run by the driver: the mount itself)', (n) => n === 'Receive mojo message'],
  ['garbage collection', (n) => /GC|Scavenge|Sweep|Mark/i.test(n)],
  [
    'style (recalculation)',
    (n) => n === 'UpdateLayoutTree' || n === 'RecalculateStyles' || n.includes('StyleSheet'),
  ],
  ['layout', (n) => n === 'Layout' || n === 'UpdateLayout'],
  [
    'paint and compositing (main thread)',
    (n) =>
      ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit', 'PaintImage'].includes(n),
  ],
  ['hit testing', (n) => n === 'HitTest'],
  [
    'script',
    (n) =>
      /^(FunctionCall|EvaluateScript|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|HandlePostMessage|v8\.|V8\.)/.test(
        n,
      ),
  ],
];

function kindOf(name: string, insideScript: boolean): string {
  for (const [kind, test] of KINDS) {
    if (!test(name)) continue;
    // Layout and style forced by script (reading a size, measuring text) are where the script asked for them.
    if (insideScript && (kind === 'layout' || kind === 'style (recalculation)'))
      return `${kind}, forced by script`;
    return kind;
  }
  return 'other (task overhead, parsing, …)';
}

/** The renderer main thread with the most work: the page's, when one page was traced. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  let best = { pid: -1, tid: -1, busy: -1 };
  for (const m of mains) {
    const busy = events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X')
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    if (busy > best.busy) best = { pid: m.pid, tid: m.tid, busy };
  }
  return best;
}

/** The timestamps (µs) of `console.timeStamp(label)` calls in the trace, in order. */
export function traceStamps(trace: { traceEvents: TraceEvent[] }, label: string): number[] {
  return trace.traceEvents
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === label)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
}

/**
 * Self time by kind on the page's main thread, over the events that start inside one of `windows` ([from, to]
 * in trace µs; all events when none is given), in milliseconds.
 */
export function traceBreakdown(
  trace: { traceEvents: TraceEvent[] },
  windows?: [number, number][],
): Breakdown {
  const { pid, tid } = mainThread(trace.traceEvents);
  const spans: { name: string; start: number; end: number; cpu: number }[] = [];
  const open: TraceEvent[] = [];
  for (const e of trace.traceEvents) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X')
      spans.push({ name: e.name, start: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0 });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) spans.push({ name: begin.name, start: begin.ts, end: e.ts, cpu: e.ts - begin.ts });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const inWindow = (t: number) => !windows || windows.some(([from, to]) => t >= from && t <= to);
  const out: Breakdown = {};
  const stack: { span: (typeof spans)[number]; children: number; script: boolean }[] = [];
  const close = (entry: (typeof stack)[number]) => {
    const self = Math.max(0, entry.span.cpu - entry.children);
    if (inWindow(entry.span.start)) {
      const parentScript = stack.some((s) => s.script);
      const kind = kindOf(entry.span.name, parentScript);
      out[kind] = (out[kind] ?? 0) + self / 1000;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children += entry.span.cpu;
  };
  for (const span of spans) {
    while (stack.length > 0 && (stack[stack.length - 1] as (typeof stack)[number]).span.end <= span.start) {
      close(stack.pop() as (typeof stack)[number]);
    }
    stack.push({ span, children: 0, script: kindOf(span.name, false) === 'script' });
  }
  while (stack.length > 0) close(stack.pop() as (typeof stack)[number]);
  return out;
}

/** The longest a CPU profile sample counts for (µs): five times the 100 µs interval the bench samples at. */
export const MAX_SAMPLE_US = 500;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** A CDP `Profiler.stop` profile. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Self time by function (name, and the source module when `moduleOf` maps the script position to one) over the
 * samples inside `windows` ([from, to] in µs of the same clock as the trace; all samples when none), in
 * milliseconds, largest first. A sample lasts until the next one, but at most {@link MAX_SAMPLE_US}: on a loaded
 * machine a longer gap is mostly time the thread waited for a core, not time the function ran.
 */
export function profileBySelf(
  profile: CpuProfile,
  windows?: [number, number][],
  moduleOf: (url: string, line: number) => string = (url) => url.split('/').pop() ?? url,
): { fn: string; module: string; ms: number }[] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, { fn: string; module: string; ms: number }>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const delta = Math.min(MAX_SAMPLE_US, profile.timeDeltas[i + 1] ?? 0);
    if (windows && !windows.some(([from, to]) => t >= from && t <= to)) continue;
    const frame = nodes.get(profile.samples[i] as number)?.callFrame;
    if (!frame) continue;
    const fn = frame.functionName || (frame.url ? '(anonymous)' : '(program, idle or GC)');
    const module = frame.url ? moduleOf(frame.url, frame.lineNumber) : '';
    const key = `${fn}\u0000${module}`;
    const entry = totals.get(key) ?? { fn, module, ms: 0 };
    entry.ms += delta / 1000;
    totals.set(key, entry);
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}

/**
 * For a bundle built without minifying — by Rolldown (Vite 8), which marks each module with `//#region <path>`,
 * or by esbuild, which marks it with `// <path>` — a function from a 0-based line to the module's path
 * (shortened to the package and file), for {@link profileBySelf}.
 */
export function bundleModules(source: string): (line: number) => string {
  const starts: { line: number; module: string }[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match =
      /^\/\/#region (.+)$/.exec(lines[i] as string) ??
      /^ *\/\/ ((?:\.\.\/|node_modules\/|src\/)\S+\.[cm]?[jt]sx?)$/.exec(lines[i] as string);
    if (match) starts.push({ line: i, module: shortModule(match[1] as string) });
  }
  return (line) => {
    let found = '(bundle)';
    for (const start of starts) {
      if (start.line > line) break;
      found = start.module;
    }
    return found;
  };
}

function shortModule(file: string): string {
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/(.+)$/.exec(file);
  if (pnpm) return pnpm[1] as string;
  // The app's own modules are relative to packages/examples; the workspace packages' sources are beside it.
  const workspace = /^(?:\.\.\/)*(?:packages\/)?(core|react|import)\/((?:src|dist)\/.+)$/.exec(file);
  if (workspace) return `@kamkit/${workspace[1]}/${workspace[2]}`;
  // The page's own code: the examples app's modules, or the bench's page (src/browser, src/charts).
  return file.startsWith('src/') ? `(page) ${file}` : file.replace(/^(\.\.\/)+/, '');
}

/** Sums rows (e.g. {@link profileBySelf}'s) by a group of each row, largest first. */
export function sumBy<T extends { ms: number }>(
  rows: readonly T[],
  group: (row: T) => string,
): [string, number][] {
  const out = new Map<string, number>();
  for (const row of rows) out.set(group(row), (out.get(group(row)) ?? 0) + row.ms);
  return [...out].sort((a, b) => b[1] - a[1]);
}

/**
 * The part of the code a module path from {@link bundleModules} belongs to: an npm package (`react-dom`), or
 * a folder of a workspace package (`@kamkit/react/src/charts/pareto`, `@kamkit/react/src/primitives`).
 */
export function packageOf(module: string): string {
  if (module.startsWith('(page) ')) return module.split('/').slice(0, 2).join('/');
  if (module.startsWith('(')) return module;
  const parts = module.split('/');
  if (module.startsWith('@kamkit/')) {
    const depth = parts[2] === 'dist' ? 3 : parts[3] === 'charts' ? 5 : 4;
    return parts.slice(0, Math.min(depth, parts.length - 1)).join('/');
  }
  return module.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}
