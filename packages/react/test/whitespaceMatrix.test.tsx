import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WhitespaceMatrix } from '../src';

const accounts = [
  { id: 'mercy', name: 'Mercy Hospital', origin: 'acquired' },
  { id: 'harbor', name: 'Harbor Clinic', origin: 'own' },
  { id: 'lake', name: 'Lakeside Care', origin: 'acquired' },
];
const products = [
  { id: 'cloud', name: 'Cloud platform', audience: 'new', potential: 4000 },
  { id: 'speech', name: 'Speech', audience: 'existing', potential: 1500 },
];
const holdings = [
  { accountId: 'mercy', productId: 'cloud', status: 'pilot', mrr: 500 },
  { accountId: 'harbor', productId: 'speech', mrr: 1200 },
];
const eligible = (a: (typeof accounts)[number], p: (typeof products)[number]) =>
  p.audience === (a.origin === 'acquired' ? 'new' : 'existing');

const props = {
  data: accounts,
  products,
  holdings,
  eligible,
  label: 'name' as const,
  productGroup: 'audience' as const,
  width: 640,
};

describe('WhitespaceMatrix', () => {
  it('ranks accounts by the MRR still to win and states the largest whitespace', () => {
    const { container } = render(<WhitespaceMatrix {...props} currency="USD" />);
    const names = Array.from(container.querySelectorAll('.kamkit-heat__label'), (t) => t.textContent);
    // Lakeside: cloud whitespace 4,000; Mercy: cloud pilot 4,000 − 500 = 3,500; Harbor owns speech: 0.
    expect(names).toEqual(['Lakeside Care', 'Mercy Hospital', 'Harbor Clinic']);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      'The largest whitespace is Cloud platform for Lakeside Care ($4,000 MRR); 1 open cell is worth $4,000 MRR.',
    );
  });

  it('marks owned, pilot, whitespace and products not offered', () => {
    const { container } = render(<WhitespaceMatrix {...props} />);
    const state = (row: string, col: number) =>
      container.querySelectorAll(`.kamkit-heat__cell[data-row="${row}"]`)[col]?.getAttribute('data-state');
    expect(state('lake', 0)).toBe('whitespace');
    expect(state('mercy', 0)).toBe('pilot');
    expect(state('harbor', 1)).toBe('owned');
    expect(state('harbor', 0)).toBe('none');
  });

  it('writes German words for de-DE', () => {
    const html = renderToString(<WhitespaceMatrix {...props} locale="de-DE" currency="EUR" />);
    expect(html).toContain('Cross-Selling-Potenzial');
    expect(html).toContain('Offener MRR');
  });
});

describe('WhitespaceMatrix headers and legend', () => {
  it('names a product nobody shown is offered from the products, not by its id', () => {
    // Harbor Clinic (own) is offered Speech only: no row carries the cloud product.
    const { container } = render(
      <WhitespaceMatrix {...props} data={[accounts[1] as (typeof accounts)[number]]} />,
    );
    const headers = Array.from(
      container.querySelectorAll('.kamkit-heat__header[text-anchor="middle"]'),
      (h) =>
        Array.from(h.querySelectorAll('tspan:not(.kamkit-heat__subheader)'), (t) => t.textContent).join(' '),
    );
    expect(headers).toContain('Cloud platform');
    expect(headers).not.toContain('cloud');
  });

  it('renders a data-swatch rule for every legend swatch (owned, pilot, whitespace)', () => {
    const { container } = render(<WhitespaceMatrix {...props} />);
    const css = Array.from(document.querySelectorAll('style'), (s) => s.textContent).join('\n');
    const names = Array.from(container.querySelectorAll('.kamkit-legend__swatch'), (s) =>
      s.getAttribute('data-swatch'),
    );
    expect(names).toEqual(['--kamkit-positive-color', '--kamkit-tier-b-color', '--_accent']);
    for (const name of names) expect(css).toContain(`[data-swatch=${name}]`);
  });
});
