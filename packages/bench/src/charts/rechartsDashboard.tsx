import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import type { BarShapeProps } from 'recharts';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { DASHBOARD_FROM, DASHBOARD_PLANS, DASHBOARD_TO } from '../data';
import { dashboardRows, integer, monthLabel, percent, usd, usdShort } from './dashboardRows';
import type { DashboardProps } from './types';

/** Heights of the two panels KaDashboard sizes to their rows (measured from its render at 1,200 px). */
export const ONBOARDING_HEIGHT = 208;
export const RISK_HEIGHT = 344;

const PLAN_COLORS = ['#93c5fd', '#3b82f6', '#1e3a8a'];
const STEP_COLORS = { total: '#64748b', up: '#16a34a', down: '#dc2626' } as const;
const LEVEL_COLORS = { high: '#dc2626', medium: '#f59e0b', low: '#16a34a' } as const;
const short = (v: unknown) => usdShort.format(Number(v));
const full = (v: unknown) => usd.format(Number(v));

/** The inner width of a panel spanning `span` of the columns (the same grid as KaDashboard's). */
function panelWidth(width: number, span: number): number {
  const columns = width >= 960 ? 3 : width >= 640 ? 2 : 1;
  const column = (width - 16 * (columns - 1)) / columns;
  const s = Math.min(span, columns);
  return Math.max(200, Math.floor(s * column + (s - 1) * 16 - 26));
}

const panel: CSSProperties = { minWidth: 0, padding: 12, border: '1px solid #e2e8f0', borderRadius: 10 };
const panelTitle: CSSProperties = { margin: '0 0 8px', fontSize: '1.15em' };
const headline: CSSProperties = { margin: '0 0 6px' };

/**
 * The same dashboard as a product team builds it with Recharts 3: the figures computed by hand
 * ({@link dashboardRows}), the key figures as plain HTML tiles, MRR by plan as a stacked AreaChart, the MRR
 * movements as a waterfall (a stacked BarChart with an invisible base), onboarding and the accounts at risk as
 * horizontal BarCharts with value labels, on the same three-column grid and at the same sizes. Animations off.
 */
export function RechartsDashboard({ data, width }: DashboardProps) {
  const rows = useMemo(() => dashboardRows(data), [data]);
  const wide = panelWidth(width, 2);
  const narrow = panelWidth(width, 1);
  const onboarding = rows.onboarding.map((r) => ({
    ...r,
    text: `${integer.format(r.count)} (${percent.format(r.share)}) · satisfaction ${r.satisfaction === null ? '–' : r.satisfaction.toFixed(1)}`,
  }));
  const risk = rows.risk.map((r) => ({
    ...r,
    text: `${short(r.mrr)} · ${r.level[0]?.toUpperCase()}${r.level.slice(1)} ${r.risk} · ${r.days} d`,
  }));
  const start = rows.movements[0]?.value ?? 0;
  const end = rows.movements[rows.movements.length - 1]?.value ?? 0;
  const columns = width >= 960 ? 3 : width >= 640 ? 2 : 1;
  const areas =
    columns === 3
      ? '"kpis kpis kpis" "plans plans risk" "movements onboarding risk"'
      : columns === 2
        ? '"kpis kpis" "plans plans" "movements onboarding" "risk risk"'
        : '"kpis" "plans" "movements" "onboarding" "risk"';
  return (
    <section
      data-dashboard="recharts"
      style={{ width, fontFamily: 'system-ui, sans-serif', fontSize: 12, lineHeight: 1.3 }}
    >
      <h2 style={{ margin: '0 0 2px', fontSize: '1.6em' }}>Key account dashboard</h2>
      <p style={{ margin: '0 0 12px', color: '#475569' }}>
        MRR {end >= start ? 'grew' : 'fell'} from {short(start)} in {monthLabel(DASHBOARD_FROM)} to{' '}
        {short(end)} in {monthLabel(DASHBOARD_TO)}; NRR {rows.nrr === null ? '–' : percent.format(rows.nrr)};{' '}
        {integer.format(rows.atRisk.accounts)} accounts at risk with {short(rows.atRisk.mrr)} MRR.
      </p>
      <div
        style={{
          display: 'grid',
          gap: 16,
          gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
          gridTemplateAreas: areas,
        }}
      >
        <ul
          data-chart="kpis"
          aria-label="Key figures"
          style={{
            gridArea: 'kpis',
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
            gap: 8,
            margin: 0,
            padding: 0,
            listStyle: 'none',
          }}
        >
          {rows.kpis.map((kpi) => (
            <li
              key={kpi.label}
              style={{
                ...panel,
                padding: '8px 10px',
                display: 'flex',
                flexDirection: 'column',
                gap: 2,
                borderColor: kpi.warning ? '#f59e0b' : '#e2e8f0',
              }}
            >
              <span style={{ color: '#475569' }}>{kpi.label}</span>
              <strong style={{ fontSize: '1.5em' }}>{kpi.value}</strong>
              <span style={{ color: '#475569' }}>{kpi.note}</span>
            </li>
          ))}
        </ul>
        <div data-chart="plans" style={{ ...panel, gridArea: 'plans' }}>
          <h3 style={panelTitle}>MRR by plan</h3>
          <AreaChart
            width={wide}
            height={300}
            data={rows.byPlan}
            margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tickFormatter={monthLabel} minTickGap={24} />
            <YAxis tickFormatter={short} width={56} />
            <Tooltip formatter={full} labelFormatter={(m) => monthLabel(String(m))} />
            <Legend />
            {DASHBOARD_PLANS.map((plan, i) => (
              <Area
                key={plan}
                type="linear"
                dataKey={plan}
                stackId="mrr"
                stroke={PLAN_COLORS[i]}
                strokeWidth={i === DASHBOARD_PLANS.length - 1 ? 2 : 1}
                fill={PLAN_COLORS[i]}
                fillOpacity={0.85}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        </div>
        <div data-chart="movements" style={{ ...panel, gridArea: 'movements' }}>
          <h3 style={panelTitle}>
            MRR movements, {monthLabel(DASHBOARD_FROM)} to {monthLabel(DASHBOARD_TO)}
          </h3>
          <p style={headline}>
            <strong>NRR {rows.nrr === null ? '–' : percent.format(rows.nrr)}</strong> ·{' '}
            <strong>GRR {rows.grr === null ? '–' : percent.format(rows.grr)}</strong>
          </p>
          <BarChart
            width={narrow}
            height={300}
            data={rows.movements}
            margin={{ top: 20, right: 8, bottom: 0, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="step" interval={0} tick={{ fontSize: 10 }} />
            <YAxis tickFormatter={short} width={52} />
            <Tooltip formatter={full} />
            <Bar
              dataKey="base"
              stackId="waterfall"
              fill="transparent"
              tooltipType="none"
              isAnimationActive={false}
            />
            <Bar
              dataKey="value"
              className="waterfall-step"
              name="MRR"
              stackId="waterfall"
              isAnimationActive={false}
              shape={(props: BarShapeProps) => (
                <Rectangle
                  {...props}
                  fill={STEP_COLORS[(props.payload as { kind: keyof typeof STEP_COLORS }).kind]}
                />
              )}
            >
              <LabelList dataKey="amount" position="top" formatter={short} fontSize={10} />
            </Bar>
          </BarChart>
        </div>
        <div data-chart="onboarding" style={{ ...panel, gridArea: 'onboarding' }}>
          <h3 style={panelTitle}>Onboarding status</h3>
          <BarChart
            layout="vertical"
            width={narrow}
            height={ONBOARDING_HEIGHT}
            data={onboarding}
            margin={{ top: 0, right: 8, bottom: 0, left: 0 }}
          >
            <XAxis type="number" hide domain={[0, (max: number) => max * 1.9]} />
            <YAxis type="category" dataKey="stage" width={96} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Bar
              dataKey="count"
              className="onboarding-stage"
              name="Accounts"
              fill="#3b82f6"
              isAnimationActive={false}
            >
              <LabelList dataKey="text" position="right" fontSize={10} />
            </Bar>
          </BarChart>
        </div>
        <div data-chart="risk" style={{ ...panel, gridArea: 'risk' }}>
          <h3 style={panelTitle}>Accounts at risk</h3>
          <p style={headline}>
            <strong style={{ fontSize: '1.4em' }}>{usd.format(rows.atRisk.mrr)}</strong> MRR at risk
            <br />
            {percent.format(rows.atRisk.share)} of all MRR · {integer.format(rows.atRisk.accounts)} accounts
            at risk
          </p>
          <BarChart
            layout="vertical"
            width={narrow}
            height={RISK_HEIGHT}
            data={risk}
            margin={{ top: 0, right: 8, bottom: 0, left: 0 }}
          >
            <XAxis type="number" hide domain={[0, (max: number) => max * 2.6]} />
            <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 11 }} interval={0} />
            <Tooltip formatter={full} />
            <Bar
              dataKey="mrr"
              className="risk-account"
              name="MRR"
              isAnimationActive={false}
              shape={(props: BarShapeProps) => (
                <Rectangle
                  {...props}
                  fill={LEVEL_COLORS[(props.payload as { level: keyof typeof LEVEL_COLORS }).level]}
                />
              )}
            >
              <LabelList dataKey="text" position="right" fontSize={10} />
            </Bar>
          </BarChart>
          {rows.atRisk.more > 0 ? (
            <p style={{ margin: '6px 0 0', color: '#475569' }}>
              and {integer.format(rows.atRisk.more)} more accounts at risk with{' '}
              {usd.format(rows.atRisk.moreMrr)} MRR
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
