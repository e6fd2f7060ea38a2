import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { churnRisk, KpiTiles, mrrMovements, upsellCandidates } from '../src';

// Start 6,000 → end 3,900: new 400, expansion 500, contraction 1,000, churn 2,000; NRR 58.3 %, GRR 50 %.
const before = [
  { id: 'a', mrr: 1000 },
  { id: 'b', mrr: 3000 },
  { id: 'd', mrr: 2000 },
];
const after = [
  { id: 'a', mrr: 1500 },
  { id: 'b', mrr: 2000 },
  { id: 'c', mrr: 400 },
];
const accounts = [
  { id: 'a', mrr: 1500, engagement: 80, plan: 'Basic' },
  { id: 'b', mrr: 2000, engagement: 10, plan: 'Premium' },
  { id: 'c', mrr: 400, engagement: 60, plan: 'Basic' },
];
const movements = mrrMovements(before, after);
const churn = churnRisk(accounts, {
  signals: [{ key: 'engagement', value: 'engagement', weight: 1, higherIsRiskier: false }],
});
const upsell = upsellCandidates(accounts, { plans: ['Basic', 'Standard', 'Premium'], measure: 'mrr' });

describe('KpiTiles', () => {
  it('lists the key figures as a named list of readable text', () => {
    render(
      <KpiTiles
        movements={movements}
        churn={churn}
        upsell={upsell}
        from="2024-01"
        to="2024-03"
        currency="USD"
      />,
    );
    const list = screen.getByRole('list', { name: 'Key figures' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-kpi'))).toEqual([
      'mrr',
      'accounts',
      'nrr',
      'grr',
      'accountsAtRisk',
      'mrrAtRisk',
      'upsell',
    ]);
    expect(items.map((li) => li.textContent)).toEqual([
      'MRR$3,900down: −$2.1K (−35%) vs Jan 2024',
      'Paying accounts3unchanged: 0 vs Jan 2024',
      'Net revenue retention58.3%Jan 2024 → Mar 2024',
      'Gross revenue retention50%Jan 2024 → Mar 2024',
      'Accounts at risk1of 3 accounts (33%)',
      'MRR at risk$2,00051.3% of MRR',
      'Upsell candidates2accounts not on Premium',
    ]);
  });

  it('never uses colour alone: the direction is an arrow, a sign and a word', () => {
    const { container } = render(<KpiTiles movements={movements} currency="USD" from="2024-01" />);
    const mrr = container.querySelector('[data-kpi="mrr"]') as HTMLElement;
    expect(mrr).toHaveAttribute('data-direction', 'down');
    expect(mrr).toHaveAttribute('data-trend', 'negative');
    expect(mrr.querySelector('svg.kamkit-kpi__arrow')).toHaveAttribute('aria-hidden', 'true');
    expect(mrr.querySelector('.kamkit-visually-hidden')).toHaveTextContent('down:');
    expect(mrr.querySelector('.kamkit-kpi__change')).toHaveTextContent('−$2.1K (−35%)');
    expect(container.querySelector('[data-kpi="accounts"]')).toHaveAttribute('data-direction', 'flat');
  });

  it('marks figures that need attention', () => {
    const { container } = render(<KpiTiles churn={churn} />);
    expect(container.querySelector('[data-kpi="accountsAtRisk"]')).toHaveAttribute('data-tone', 'warning');
    expect(container.querySelector('[data-kpi="mrr"]')).toBeNull();
  });

  it('shows the chosen tiles in order, custom tiles included', () => {
    const { container } = render(
      <KpiTiles
        movements={movements}
        tiles={['nrr', { key: 'pipeline', label: 'Pipeline', value: '12' }, 'churnedMrr']}
      />,
    );
    expect([...container.querySelectorAll('li')].map((li) => li.getAttribute('data-kpi'))).toEqual([
      'nrr',
      'pipeline',
      'churnedMrr',
    ]);
    expect(container.querySelector('[data-kpi="churnedMrr"]')).toHaveTextContent('Churned MRR2,0001 account');
  });

  it('spreads unknown props, merges className and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <KpiTiles ref={ref} movements={movements} className="mine" data-testid="tiles" aria-busy="false" />,
    );
    const root = screen.getByTestId('tiles');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('kamkit-chart', 'kamkit-kpis', 'mine');
    expect(root).toHaveAttribute('aria-busy', 'false');
    expect(root).toHaveAttribute('data-kamkit-chart', 'kpis');
  });

  it('renders completely on the server', () => {
    const html = renderToString(<KpiTiles movements={movements} churn={churn} currency="USD" />);
    expect(html.match(/class="kamkit-kpi"/g)).toHaveLength(6);
    expect(html).toContain('$3,900');
  });

  it('renders a clear empty state', () => {
    render(<KpiTiles />);
    expect(screen.getByText('No key figures: no data.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows hostile labels as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = render(<KpiTiles tiles={[{ key: 'x', label: evil, value: evil, note: evil }]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-kpi="x"]')).toHaveTextContent(`${evil}${evil}${evil}`);
  });

  it('writes German words, numbers and months for de-DE with euros', () => {
    const big = mrrMovements(
      before.map((r) => ({ ...r, mrr: r.mrr * 1000 })),
      after.map((r) => ({ ...r, mrr: r.mrr * 1000 })),
    );
    const { container } = render(<KpiTiles movements={big} from="2024-03" locale="de-DE" currency="EUR" />);
    expect(container.querySelector('[data-kpi="mrr"]')).toHaveTextContent(
      'MRR3.900.000 €gesunken: −2,1 Mio. € (−35 %) ggü. März 2024',
    );
    expect(container.querySelector('[data-kpi="nrr"]')).toHaveTextContent('58,3 %');
  });
});
