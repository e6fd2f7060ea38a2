import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OnboardingSurveyChart } from '../src';
import { measureText } from '../src/primitives/text';

interface Answer {
  respondent: string;
  question: string;
  stage: string;
  score: number | null;
}

// Data migration (Integration) 4 and 5 → 4.5; training (Training) 8 and 9 → 8.5; support (Kick-off) 7, skipped once.
const answers: Answer[] = [
  { respondent: 'r1', question: 'data-migration', stage: 'Integration', score: 4 },
  { respondent: 'r2', question: 'data-migration', stage: 'Integration', score: 5 },
  { respondent: 'r1', question: 'training', stage: 'Training', score: 8 },
  { respondent: 'r2', question: 'training', stage: 'Training', score: 9 },
  { respondent: 'r1', question: 'support', stage: 'Kick-off', score: 7 },
  { respondent: 'r2', question: 'support', stage: 'Kick-off', score: null },
];
const labels = { 'data-migration': 'Data migration', training: 'Training', support: 'Support' };
const stages = ['Kick-off', 'Integration', 'Training'];

const rows = (container: HTMLElement) =>
  [...container.querySelectorAll('.kamkit-survey__row')].map((g) => [
    g.getAttribute('data-question'),
    g.getAttribute('data-stage'),
  ]);

describe('OnboardingSurveyChart', () => {
  it('lists satisfaction per question and stage, lowest first, and names the lowest', () => {
    const { container } = render(
      <OnboardingSurveyChart data={answers} stages={stages} questionLabels={labels} />,
    );
    expect(rows(container)).toEqual([
      ['data-migration', 'Integration'],
      ['support', 'Kick-off'],
      ['training', 'Training'],
    ]);
    expect(
      screen.getByRole('img', { name: 'Onboarding satisfaction by question' }),
    ).toHaveAccessibleDescription(
      'Satisfaction is lowest for “Data migration” in Integration: 4.5 of 10 (2 responses). Overall: 6.6 of 10 from 5 responses.',
    );
    const first = container.querySelector('.kamkit-survey__row') as SVGGElement;
    expect(first.querySelector('.kamkit-stage__label')).toHaveTextContent('Data migration · Integration');
    expect(first.querySelector('.kamkit-stage__value')).toHaveTextContent('4.5');
    // The bar is the mean's share of the track (0–10).
    const track = Number(first.querySelector('.kamkit-stage__beyond')?.getAttribute('width'));
    const bar = Number(first.querySelector('.kamkit-stage__bar')?.getAttribute('width'));
    expect(bar / track).toBeCloseTo(0.45, 2);
  });

  it('shortens the question column title instead of drawing it over the mean column title (German, 294 px: a phone dashboard panel)', () => {
    const titles = (width: number) => {
      const { container, unmount } = render(
        <OnboardingSurveyChart data={answers} stages={stages} locale="de-DE" width={width} />,
      );
      const [question, mean] = [...container.querySelectorAll('.kamkit-column-title')] as Element[];
      const font = { size: 12, bold: true };
      const result = {
        question: question?.textContent ?? '',
        mean: mean?.textContent ?? '',
        questionRight: Number(question?.getAttribute('x')) + measureText(question?.textContent ?? '', font),
        meanLeft: Number(mean?.getAttribute('x')) - measureText(mean?.textContent ?? '', font),
      };
      unmount();
      return result;
    };
    const narrow = titles(294);
    expect(narrow.mean).toBe('Mittelwert (0–10)');
    expect(narrow.question).toMatch(/^Frage.*…$/);
    expect(narrow.questionRight).toBeLessThanOrEqual(narrow.meanLeft);
    expect(titles(600).question).toBe('Frage · Phase');
  });

  it('lists the first rows up to limit and keeps all in the table', () => {
    const { container } = render(
      <OnboardingSurveyChart data={answers} stages={stages} limit={2} table="visible" />,
    );
    expect(rows(container)).toHaveLength(2);
    expect(container.querySelector('.kamkit-ranking__more')).toHaveTextContent('+1 more question');
    expect(container.querySelectorAll('table tbody tr')).toHaveLength(3);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /Listed: the 2 lowest of 3 questions by stage/,
    );
  });

  it('selects a row as a cell of its answers', () => {
    const onSelect = vi.fn();
    render(<OnboardingSurveyChart data={answers} stages={stages} onSelect={onSelect} />);
    const explorer = screen.getAllByRole('group').find((e) => e.tabIndex === 0) as HTMLElement;
    fireEvent.focus(explorer);
    expect(screen.getByRole('status')).toHaveTextContent(
      'data-migration · Integration. Mean: 4.5 of 10 (satisfaction 45%). Lowest 4, highest 5. 2 responses',
    );
    fireEvent.keyDown(explorer, { key: 'Enter' });
    const item = onSelect.mock.calls[0]?.[0];
    expect(item).toMatchObject({ kind: 'cell', id: 'cell:data-migration|Integration', datum: null });
    expect(item.accounts).toEqual(answers.slice(0, 2));
  });

  it('writes German with locale="de-DE"', () => {
    render(<OnboardingSurveyChart data={answers} stages={stages} questionLabels={labels} locale="de-DE" />);
    expect(
      screen.getByRole('img', { name: 'Zufriedenheit im Onboarding je Frage' }),
    ).toHaveAccessibleDescription(
      /^Am geringsten ist die Zufriedenheit bei „Data migration“ in der Phase Integration: 4,5 von 10 \(2 Antworten\)\./,
    );
  });

  it('puts the labels above the bars on a phone', () => {
    const { container } = render(
      <OnboardingSurveyChart data={answers} stages={stages} questionLabels={labels} width={300} />,
    );
    const label = container.querySelector('.kamkit-stage__label') as Element;
    expect(label).toHaveAttribute('text-anchor', 'start');
  });

  it('says when there are no answers', () => {
    render(<OnboardingSurveyChart data={[]} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No survey answers.');
  });
});
