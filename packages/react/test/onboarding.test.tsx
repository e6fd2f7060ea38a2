import { onboardingStatus } from '@kamkit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeOnboardingLayout, OnboardingStatus } from '../src';
import { measureText } from '../src/primitives/text';

interface Account {
  id: string;
  name: string;
  stage: string | null;
  csat: number | null;
}

const STAGES = ['Contract', 'Kick-off', 'Setup', 'Live'];
// 10 accounts: Contract 1, Kick-off 3, Setup 0, Live 5, one paused (not a stage); one without a status.
const accounts: Account[] = [
  { id: 'a1', name: 'Alpha', stage: 'Contract', csat: 6 },
  { id: 'a2', name: 'Beta', stage: 'Kick-off', csat: 4 },
  { id: 'a3', name: 'Gamma', stage: 'Kick-off', csat: 5 },
  { id: 'a4', name: 'Delta', stage: 'Kick-off', csat: null },
  { id: 'a5', name: 'Epsilon', stage: 'Live', csat: 9 },
  { id: 'a6', name: 'Zeta', stage: 'Live', csat: 8 },
  { id: 'a7', name: 'Eta', stage: 'Live', csat: 10 },
  { id: 'a8', name: 'Theta', stage: 'Live', csat: 12 },
  { id: 'a9', name: 'Iota', stage: 'Live', csat: 7 },
  { id: 'a10', name: 'Kappa', stage: 'Paused', csat: 3 },
  { id: 'a11', name: 'Lambda', stage: null, csat: 8 },
];

function chart(props: Partial<Parameters<typeof OnboardingStatus<Account>>[0]> = {}) {
  return (
    <OnboardingStatus<Account>
      data={accounts}
      status="stage"
      stages={STAGES}
      label="name"
      satisfaction="csat"
      interactive={false}
      {...props}
    />
  );
}

describe('OnboardingStatus', () => {
  it('states the finding, the unknown status, satisfaction and what was left out', () => {
    render(chart());
    expect(screen.getByRole('img', { name: 'Onboarding status' })).toHaveAccessibleDescription(
      '5 of 10 accounts (50%) have reached Live; 4 are still onboarding, most in Kick-off (3). 1 account has a status that is not a stage (Paused). Mean satisfaction (0–10): 5.0 during onboarding, 8.8 at Live; lowest during onboarding in Kick-off (4.5). Left out: 1 value is missing.',
    );
  });

  it('draws one row per stage in process order, also for empty stages, then unknown statuses', () => {
    const { container } = render(chart());
    const rows = [...container.querySelectorAll('g.kamkit-stage')];
    expect(rows.map((g) => g.getAttribute('data-stage'))).toEqual([...STAGES, 'Paused']);
    expect(rows.map((g) => g.getAttribute('data-count'))).toEqual(['1', '3', '0', '5', '1']);
    expect(rows.map((g) => g.getAttribute('data-kind'))).toEqual([
      'stage',
      'stage',
      'stage',
      'stage',
      'unknown',
    ]);
    expect([...container.querySelectorAll('.kamkit-stage__value')].map((t) => t.textContent)).toEqual([
      '1 (10%)',
      '3 (30%)',
      '0 (0%)',
      '5 (50%)',
      '1 (10%)',
    ]);
  });

  it('shows the accounts at a stage or later behind the stage bar (a funnel)', () => {
    const { container } = render(chart());
    const kickoff = container.querySelector('g.kamkit-stage[data-stage="Kick-off"]') as Element;
    const bar = Number(kickoff.querySelector('.kamkit-stage__bar')?.getAttribute('width'));
    const beyond = Number(kickoff.querySelector('.kamkit-stage__beyond')?.getAttribute('width'));
    // 3 in Kick-off, 8 at Kick-off or later.
    expect(beyond / bar).toBeCloseTo(8 / 3, 1);
    expect(container.querySelector('g.kamkit-stage[data-stage="Live"] .kamkit-stage__beyond')).toBeNull();
  });

  it('averages satisfaction per stage, clamped to the scale, and marks stages without a survey', () => {
    const { container } = render(chart());
    const scores = [...container.querySelectorAll('g.kamkit-satisfaction')].map((g) =>
      g.getAttribute('data-satisfaction'),
    );
    // Live: 9, 8, 10, 12 → 10 (clamped), 7 → 8.8.
    expect(scores).toEqual(['6', '4.5', null, '8.8', '3']);
    expect(container.querySelectorAll('.kamkit-satisfaction__value')[2]).toHaveTextContent('–');
  });

  it('has no satisfaction column without a satisfaction accessor', () => {
    const { container } = render(chart({ satisfaction: undefined }));
    expect(container.querySelector('.kamkit-satisfaction')).toBeNull();
    expect(screen.getByRole('img')).not.toHaveAccessibleDescription(/satisfaction/i);
  });

  it('moves between the stages with the arrow keys, top to bottom', () => {
    render(chart({ interactive: true }));
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Contract. 1 account (10%). 9 at this stage or later (90%). Satisfaction: 6.0 of 10 (1 response). Alpha',
    );
    fireEvent.keyDown(explorer, { key: 'ArrowDown' });
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Kick-off\. 3 accounts \(30%\)\..*Beta, Gamma, Delta$/,
    );
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Paused \(not a stage\)\. 1 account \(10%\)\. Not one of the stages/,
    );
  });

  it('renders a clear empty state', () => {
    const { container } = render(chart({ data: [] }));
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No accounts with an onboarding status.');
    expect(container.querySelector('.kamkit-empty')).toHaveTextContent(
      'No accounts with an onboarding status.',
    );
  });

  it('shows hostile stage and account names as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = render(
      chart({
        data: accounts.map((a) => ({ ...a, name: evil, stage: a.stage === 'Live' ? evil : a.stage })),
        stages: ['Contract', 'Kick-off', 'Setup', evil],
        table: 'visible',
        interactive: true,
      }),
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('table')).toHaveTextContent(evil);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(evil);
  });

  it('writes German words and numbers for de-DE', () => {
    render(chart({ locale: 'de-DE', table: 'visible' }));
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /^5 von 10 Konten \(50\s%\) haben Live erreicht;.*8,8 bei Live/,
    );
    expect(screen.getByRole('table')).toHaveTextContent('4,5');
  });

  it('states when every account or no account has reached the last stage', () => {
    render(chart({ data: accounts.filter((a) => a.stage === 'Live') }));
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/^All 5 accounts have reached Live\./);
    render(chart({ data: accounts.filter((a) => a.stage === 'Kick-off') }));
    expect(screen.getAllByRole('img')[1]).toHaveAccessibleDescription(
      /^None of the 3 accounts has reached Live yet; 3 are onboarding, most in Kick-off \(3\)\./,
    );
  });

  it('puts the stage names above the bars on a phone, and drops the satisfaction track when even that is tight', () => {
    const result = onboardingStatus(accounts, { status: 'stage', stages: STAGES });
    const layout = (width: number) =>
      computeOnboardingLayout(result, { data: accounts, satisfaction: 'csat', locale: 'de-DE', width });
    expect(layout(640).labels).toBe('left');
    expect(layout(300).labels).toBe('above');
    expect(layout(300).satisfactionColumn?.x1).toBeGreaterThan(layout(300).satisfactionColumn?.x0 ?? 0);
    const tight = layout(170);
    expect(tight.labels).toBe('above');
    expect(tight.satisfactionColumn?.x1).toBe(tight.satisfactionColumn?.x0);
    expect(tight.satisfactionColumn?.title).toBe('Zufriedenheit');
    for (const width of [640, 480, 360, 300, 240]) {
      const { rows, plot, satisfactionColumn: sat, countTitle, labels } = layout(width);
      const column = sat as NonNullable<typeof sat>;
      // The headings, the counts and the scores do not touch (estimated widths).
      expect(plot.x0 + measureText(countTitle, { size: 12, bold: true })).toBeLessThan(
        column.x1 - measureText(column.title, { size: 12, bold: true }),
      );
      for (const row of rows) {
        const score = row.satisfaction === null ? '–' : layout(width).formatScore(row.satisfaction);
        const valueWidth = measureText(row.valueText, { size: 12, bold: true });
        if (row.valueInside) expect(row.bar.width).toBeGreaterThanOrEqual(valueWidth + 12);
        else expect(row.valueX + valueWidth).toBeLessThan(column.x0 - 8 - measureText(score, 12));
        if (labels === 'above') expect(row.labelY + 7).toBeLessThanOrEqual(row.bar.y);
        else expect(row.labelX).toBeLessThan(row.bar.x);
      }
    }
  });

  it('draws the narrow layout: names above, left-aligned', () => {
    const { container } = render(chart({ width: 240 }));
    const label = container.querySelector('.kamkit-stage__label') as SVGTextElement;
    expect(label).toHaveAttribute('text-anchor', 'start');
    expect(Number(label.getAttribute('y'))).toBeLessThan(
      Number(container.querySelector('.kamkit-stage__bar')?.getAttribute('y')),
    );
    expect(container.querySelectorAll('.kamkit-satisfaction__track')).toHaveLength(5);
  });
});
