/**
 * Interaction latency alone (issue 19 §4), printed as a table: `pnpm --filter @kamkit/bench latency
 * [--pages=3] [--inputs=40] [--warmup=10] [--only=pareto,scoring,dashboard]`. `pnpm bench --only=latency` runs
 * the same inside the main table.
 */
import { benchLatency, LATENCY_CASES, percentile } from './latency';
import { markdownTable, ms } from './stats';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key as string, value] as const;
  }),
);
const only = new Set((args.get('only') ?? 'pareto,scoring,dashboard').split(','));
const results = await benchLatency(
  Number(args.get('pages') ?? 3),
  Number(args.get('inputs') ?? 40),
  Number(args.get('warmup') ?? 10),
  (m) => console.error(`[latency] ${m}`),
  LATENCY_CASES.filter((c) => only.has(c.kind)),
);
console.log(
  markdownTable(
    [
      'chart',
      'accounts',
      'library',
      'input',
      'p50',
      'p95',
      'delivery wait p50 / p95',
      'from delivery p50 / p95',
      'timed',
      'unanswered',
    ],
    results.map((r) => [
      r.kind,
      r.n.toLocaleString('en-US'),
      r.library,
      r.mode,
      ms(percentile(r.ms, 50)),
      ms(percentile(r.ms, 95)),
      `${ms(percentile(r.dispatchMs, 50))} / ${ms(percentile(r.dispatchMs, 95))}`,
      `${ms(percentile(r.fromDeliveryMs, 50))} / ${ms(percentile(r.fromDeliveryMs, 95))}`,
      String(r.ms.length),
      String(r.unanswered),
    ]),
  ),
);
