import { fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { ChurnSignal } from '../src';
import { dashboardGrid, flattenSeries, KaDashboard } from '../src';

interface Point {
  month: string;
  plan: string | null;
  mrr: number;
}
interface Account {
  id: string;
  name: string;
  stage: string;
  csat: number | null;
  engagement: number;
  daysInQueue: number;
  mrr: Point[];
}

const months = ['2024-01', '2024-02', '2024-03'];
const series = (points: [string | null, number][]): Point[] =>
  points.map(([plan, mrr], i) => ({ month: months[i] as string, plan, mrr }));

// Jan → Mar: start 6,000; new 400 (Gamma), expansion 500 (Alpha), contraction 1,000 (Beta), churn 2,000 (Delta).
const accounts: Account[] = [
  {
    id: 'a',
    name: 'Alpha Klinik',
    stage: 'Live',
    csat: 8,
    engagement: 80,
    daysInQueue: 0,
    mrr: series([
      ['Basic', 1000],
      ['Basic', 1000],
      ['Standard', 1500],
    ]),
  },
  {
    id: 'b',
    name: 'Beta Labs',
    stage: 'Live',
    csat: 3,
    engagement: 10,
    daysInQueue: 40,
    mrr: series([
      ['Premium', 3000],
      ['Premium', 3000],
      ['Premium', 2000],
    ]),
  },
  {
    id: 'c',
    name: 'Gamma Care',
    stage: 'Kick-off',
    csat: null,
    engagement: 60,
    daysInQueue: 0,
    mrr: series([
      [null, 0],
      ['Basic', 400],
      ['Basic', 400],
    ]),
  },
  {
    id: 'd',
    name: 'Delta Spital',
    stage: 'Live',
    csat: 2,
    engagement: 5,
    daysInQueue: 0,
    mrr: series([
      ['Standard', 2000],
      ['Standard', 2000],
      [null, 0],
    ]),
  },
];
const signals: ChurnSignal<Account>[] = [
  { key: 'engagement', value: 'engagement', weight: 1, higherIsRiskier: false },
];
const STAGES = ['Contract', 'Kick-off', 'Live'];

function dashboard(props: Partial<Parameters<typeof KaDashboard<Account, Point>>[0]> = {}) {
  return (
    <KaDashboard<Account, Point>
      data={accounts}
      label="name"
      period="month"
      plans={['Basic', 'Standard', 'Premium']}
      status="stage"
      stages={STAGES}
      satisfaction="csat"
      signals={signals}
      currency="USD"
      interactive={false}
      {...props}
    />
  );
}

describe('KaDashboard', () => {
  it('is a section with a heading and a summary of the findings', () => {
    render(dashboard());
    const section = screen.getByRole('region', { name: 'Key account dashboard' });
    expect(section.tagName).toBe('SECTION');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Key account dashboard');
    expect(section).toHaveAccessibleDescription(
      'MRR fell from $6K in Jan 2024 to $3.9K in Mar 2024; NRR 58%; 1 account at risk with $2K MRR; 2 upsell candidates not on Premium.',
    );
  });

  it('composes the key figures, the MRR charts, onboarding and the endangerment column, each with its own title and description', () => {
    const { container } = render(dashboard());
    const charts = screen.getAllByRole('img');
    expect(charts.map((img) => img.querySelector('title')?.textContent)).toEqual([
      'MRR by plan',
      'MRR movements, Jan 2024 to Mar 2024',
      'Onboarding status',
      'Accounts at risk',
    ]);
    expect(charts[1]).toHaveAccessibleDescription(
      /^MRR fell from \$6K to \$3\.9K between Jan 2024 and Mar 2024: new \$400, expansion \$500, contraction \$1K, churn \$2K; NRR 58%, GRR 50%\./,
    );
    expect(charts[3]).toHaveAccessibleDescription(/^1 account at risk holds \$2,000 MRR/);
    expect(screen.getByRole('list', { name: 'Key figures' })).toBeInTheDocument();
    expect([...container.querySelectorAll('[data-panel]')].map((p) => p.getAttribute('data-panel'))).toEqual([
      'kpis',
      'plans',
      'movements',
      'onboarding',
      'risk',
    ]);
    expect(
      within(container.querySelector('[data-panel="risk"]') as HTMLElement).getByRole('heading', {
        level: 3,
      }),
    ).toHaveTextContent('Accounts at risk');
  });

  it('leaves churned accounts out of onboarding, churn risk and upsell', () => {
    render(dashboard());
    // Delta churned in March: 3 current accounts.
    expect(screen.getAllByRole('img')[2]).toHaveAccessibleDescription(
      /^2 of 3 accounts \(67%\) have reached Live; 1 is still onboarding/,
    );
    expect(screen.getByRole('list', { name: 'Key figures' })).toHaveTextContent(
      'Accounts at risk1of 3 accounts',
    );
  });

  it('compares the selected periods', () => {
    render(dashboard({ from: '2024-02', to: '2024-03' }));
    expect(screen.getAllByRole('img')[1]).toHaveAccessibleName('MRR movements, Feb 2024 to Mar 2024');
    expect(screen.getByRole('region')).toHaveAccessibleDescription(
      /^MRR fell from \$6\.4K in Feb 2024 to \$3\.9K in Mar 2024; NRR 61%;/,
    );
  });

  it('passes locale, currency, table and part props through to its children', () => {
    render(
      dashboard({
        locale: 'de-DE',
        currency: 'EUR',
        table: 'visible',
        plansProps: { title: 'MRR je Plan' },
        kpiProps: { tiles: ['mrr'] },
      }),
    );
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName('MRR je Plan');
    expect(screen.getAllByRole('table')).toHaveLength(4);
    expect(screen.getAllByRole('table')[1]).toHaveTextContent('3.900 €');
    expect(screen.getByRole('list', { name: 'Kennzahlen' })).toHaveTextContent(
      'MRR3.900 €gesunken: −2.100 € (−35 %) ggü. Jan. 2024',
    );
  });

  it('lays out 3, 2 or 1 columns and gives each chart its panel width', () => {
    expect(dashboardGrid(1280).columns).toBe(3);
    expect(dashboardGrid(800).columns).toBe(2);
    expect(dashboardGrid(390).columns).toBe(1);
    const { container } = render(dashboard({ width: 1280 }));
    expect(container.querySelector('section')).toHaveAttribute('data-columns', '3');
    const widths = [...container.querySelectorAll('svg[role="img"]')].map((svg) => svg.getAttribute('width'));
    // 1280 px: columns of 416 px; the plans chart spans two.
    expect(widths).toEqual(['822', '390', '390', '390']);
    const { container: phone } = render(dashboard({ width: 358 }));
    expect([...phone.querySelectorAll('svg[role="img"]')].map((svg) => svg.getAttribute('width'))).toEqual([
      '332',
      '332',
      '332',
      '332',
    ]);
  });

  it('leaves out the onboarding panel without stages and the endangerment column without signals', () => {
    const { container } = render(dashboard({ stages: undefined, signals: undefined }));
    expect(container.querySelector('[data-panel="onboarding"]')).toBeNull();
    expect(container.querySelector('[data-panel="risk"]')).toBeNull();
    expect(screen.getAllByRole('img')).toHaveLength(2);
  });

  it('spreads unknown props onto the section, merges className and forwards the ref', () => {
    const ref = createRef<HTMLElement>();
    render(dashboard({ ref, className: 'mine', 'data-testid': 'dash', 'aria-busy': 'false' } as never));
    const root = screen.getByTestId('dash');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('kamkit-dashboard', 'mine');
    expect(root).toHaveAttribute('aria-busy', 'false');
  });

  it('renders every chart completely on the server', () => {
    const html = renderToString(dashboard({ interactive: true }));
    expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(4);
    expect(html.match(/class="kamkit-step__bar"/g)).toHaveLength(6);
    expect(html).toContain('<section');
  });

  it('renders a clear empty state', () => {
    render(dashboard({ data: [] }));
    expect(screen.getByRole('region')).toHaveAccessibleDescription('No accounts with MRR data.');
    const charts = screen.getAllByRole('img');
    expect(charts[0]).toHaveAccessibleDescription('No MRR data.');
    expect(charts[2]).toHaveAccessibleDescription('No accounts with an onboarding status.');
  });

  it('shows hostile account names as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = render(
      dashboard({ data: accounts.map((a) => ({ ...a, name: evil })), table: 'visible' }),
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.kamkit-ranking__name')?.textContent).toMatch(/^<img src=x/);
    expect(screen.getAllByRole('table')[3]).toHaveTextContent(evil);
  });
  it('writes its heading, summary and panel titles in German for de-DE', () => {
    render(dashboard({ locale: 'de-DE', currency: 'EUR' }));
    const section = screen.getByRole('region', { name: 'Key-Account-Dashboard' });
    expect(section).toHaveAccessibleDescription(/^Der MRR (stieg|sank) von /);
    expect(within(section).getByRole('heading', { name: 'Gefährdete Konten' })).toBeInTheDocument();
    expect(within(section).getByRole('heading', { name: 'MRR nach Tarif' })).toBeInTheDocument();
  });

  it('passes onSelect to its charts: an at-risk row selects that account', () => {
    const onSelect = vi.fn();
    const { container } = render(dashboard({ interactive: true, onSelect }));
    const panel = container.querySelector('[data-panel="risk"]') as HTMLElement;
    const explorer = within(panel)
      .getAllByRole('group')
      .find((e) => e.tabIndex === 0) as HTMLElement;
    fireEvent.focus(explorer);
    fireEvent.keyDown(explorer, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'account', id: 'b' }));
    expect(onSelect.mock.calls.at(-1)?.[0].datum).toBe(accounts[1]);
  });

  it('shows the onboarding survey by question when given the answers', () => {
    const answers = [
      { respondent: 'r1', question: 'Migration', stage: 'Kick-off', score: 3 },
      { respondent: 'r1', question: 'Training', stage: 'Live', score: 9 },
    ];
    const { container } = render(dashboard({ survey: { data: answers, value: 'score' } }));
    const panel = container.querySelector('[data-panel="survey"]') as HTMLElement;
    expect(within(panel).getByRole('img')).toHaveAccessibleDescription(
      /^Satisfaction is lowest for “Migration” in Kick-off: 3 of 10/,
    );
  });
  it('passes animate={false} to every chart it draws (the key-figure tiles have no marks to move)', () => {
    const answers = [{ respondent: 'r1', question: 'Migration', stage: 'Kick-off', score: 3 }];
    const { container } = render(dashboard({ animate: false, survey: { data: answers, value: 'score' } }));
    const charts = Array.from(
      container.querySelectorAll('[data-kamkit-chart]:not([data-kamkit-chart="kpis"])'),
    );
    expect(charts.map((c) => c.getAttribute('data-kamkit-chart'))).toEqual([
      'mrr-by-plan',
      'mrr-movements',
      'onboarding',
      'onboarding-survey',
      'churn-ranking',
    ]);
    for (const chart of charts) expect(chart).toHaveAttribute('data-kamkit-animate', 'false');
  });
});

describe("flattenSeries reads every option through core's accessor", () => {
  it('reads field names (inherited ones too) and calls accessors as (d, i, data)', () => {
    const proto = { mrr: [{ month: '2024-01', plan: 'Basic', mrr: 10 }] };
    const account = Object.assign(Object.create(proto), { id: 'x' });
    const seen: number[] = [];
    const { records } = flattenSeries([account], {
      period: 'month',
      value: (p: { month: string; mrr: number }, i: number) => {
        seen.push(i);
        return p.mrr * 2;
      },
    });
    expect(records.map((r) => [r.id, r.period, r.plan, r.mrr])).toEqual([['x', '2024-01', 'Basic', 20]]);
    expect(seen).toEqual([0]);
  });

  it('throws INVALID_OPTION naming the option for a field that is neither a name nor a function', () => {
    expect(() => flattenSeries(accounts, { series: 5 as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'series' }),
    );
  });
});
