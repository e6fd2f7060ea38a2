import { describe, it } from 'vitest';
import { ParetoChart } from '../src';
import { expectGolden } from './golden';
import { expectStructure } from './structure';

// Fixed data: 10 accounts, the top two make 80 % of revenue.
const tenAccounts = Array.from({ length: 10 }, (_, i) => ({
  id: `a${i}`,
  name: `Account ${String.fromCharCode(65 + i)}`,
  revenue: i < 2 ? 40_000 : 2_500,
}));

describe('golden SVGs', () => {
  it('pareto: ten named accounts', () => {
    expectGolden(
      'pareto-ten',
      <ParetoChart data={tenAccounts} value="revenue" label="name" interactive={false} />,
    );
  });

  it('pareto: 5,000 accounts binned to columns, de-DE (structure: too dense for a golden)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: i, value: Math.round(1e6 / (i + 1)) }));
    expectStructure(
      'pareto-binned-de',
      <ParetoChart data={many} locale="de-DE" currency="EUR" width={400} interactive={false} />,
      { marks: { 'rect.kamkit-bar': [100, 400], 'path.kamkit-line': 1 } },
    );
  });

  it('pareto: one account', () => {
    expectGolden('pareto-one', <ParetoChart data={[{ id: 'only', value: 5 }]} interactive={false} />);
  });
});
