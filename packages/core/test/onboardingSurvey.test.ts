import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onboardingSurvey } from '../src/onboardingSurvey';
import { fcRuns, propertyTimeout } from './support';

// Worked example: six answers on a 0–10 scale from two onboarding stages.
const answers = [
  { respondent: 'r1', stage: 'Kick-off', question: 'Clarity of the plan', score: 9 },
  { respondent: 'r2', stage: 'Kick-off', question: 'Clarity of the plan', score: 7 },
  { respondent: 'r1', stage: 'Integration', question: 'Data migration', score: 3 },
  { respondent: 'r2', stage: 'Integration', question: 'Data migration', score: 5 },
  { respondent: 'r3', stage: 'Integration', question: 'Data migration', score: null }, // skipped
  { respondent: 'r1', stage: 'Integration', question: 'Clarity of the plan', score: 12 }, // out of scale
];

describe('onboardingSurvey', () => {
  it('summarises satisfaction per question and stage with response counts, lowest first (worked example)', () => {
    const survey = onboardingSurvey(answers, { stages: ['Kick-off', 'Integration'] });
    // Data migration: (3 + 5) / 2 = 4 → 0.4; Clarity at kick-off: (9 + 7) / 2 = 8 → 0.8; Clarity in integration:
    // no usable score (12 is invalid) → last.
    expect(survey.rows).toEqual([
      {
        question: 'Data migration',
        stage: 'Integration',
        responses: 2,
        unanswered: 1,
        invalid: 0,
        mean: 4,
        satisfaction: 0.4,
        lowest: 3,
        highest: 5,
      },
      {
        question: 'Clarity of the plan',
        stage: 'Kick-off',
        responses: 2,
        unanswered: 0,
        invalid: 0,
        mean: 8,
        satisfaction: 0.8,
        lowest: 7,
        highest: 9,
      },
      {
        question: 'Clarity of the plan',
        stage: 'Integration',
        responses: 0,
        unanswered: 0,
        invalid: 1,
        mean: null,
        satisfaction: null,
        lowest: null,
        highest: null,
      },
    ]);
    expect(survey.byQuestion.map((q) => [q.question, q.mean, q.responses])).toEqual([
      ['Data migration', 4, 2],
      ['Clarity of the plan', 8, 2],
    ]);
    expect(survey.byStage.map((s) => [s.stage, s.mean, s.responses, s.unanswered, s.invalid])).toEqual([
      ['Kick-off', 8, 2, 0, 0],
      ['Integration', 4, 2, 1, 1],
    ]);
    expect(survey.overall).toMatchObject({ responses: 4, mean: 6, unanswered: 1, invalid: 1 });
    expect(survey.excluded).toEqual([]);
  });

  it('counts the last answer of a respondent to the same question and stage and excludes earlier ones', () => {
    const survey = onboardingSurvey([
      { respondent: 'r1', stage: 1, question: 'q', score: 2 },
      { respondent: 'r1', stage: 1, question: 'q', score: 6 },
      { stage: 1, question: 'q', score: 10 }, // no respondent: always counts
      { stage: 1, question: 'q', score: 10 },
    ]);
    expect(survey.rows[0]).toMatchObject({ responses: 3, mean: (6 + 10 + 10) / 3 });
    expect(survey.excluded.map((e) => [e.index, e.field, e.reason])).toEqual([
      [0, 'respondent', 'duplicate'],
    ]);
  });

  it('never parses text scores, never clamps, and excludes answers without question or with an unknown stage', () => {
    const survey = onboardingSurvey(
      [
        { stage: 'a', question: 'q', score: '8' },
        { stage: 'a', question: 'q', score: -1 },
        { stage: 'a', question: 'q', score: Number.NaN },
        { stage: 'a', question: 'q', score: 1 },
        { stage: 'a', question: 'q', score: 5 }, // the ends of the scale are inside
        { stage: 'a', question: '  ', score: 3 },
        { stage: 'z', question: 'q', score: 3 },
        { stage: true, question: 'q', score: 3 },
      ],
      { scale: [1, 5], stages: ['a'] },
    );
    expect(survey.rows).toEqual([
      expect.objectContaining({
        question: 'q',
        stage: 'a',
        responses: 2,
        invalid: 3,
        mean: 3,
        satisfaction: 0.5,
      }),
    ]);
    expect(survey.excluded.map((e) => [e.index, e.field, e.reason])).toEqual([
      [5, 'question', 'missing'],
      [6, 'stage', 'unknown-stage'],
      [7, 'stage', 'invalid'],
    ]);
  });

  it('breaks ties by more responses, then stage order, then question; handles no answers', () => {
    const survey = onboardingSurvey(
      [
        { stage: 'late', question: 'b', score: 5 },
        { stage: 'early', question: 'b', score: 5 },
        { stage: 'early', question: 'a', score: 5 },
        { stage: 'late', question: 'c', score: 5 },
        { stage: 'late', question: 'c', score: 5 },
      ],
      { stages: ['early', 'late'] },
    );
    expect(survey.rows.map((r) => `${r.stage}/${r.question}`)).toEqual([
      'late/c',
      'early/a',
      'early/b',
      'late/b',
    ]);
    const empty = onboardingSurvey([], { stages: ['x'] });
    expect(empty.rows).toEqual([]);
    expect(empty.byStage).toEqual([expect.objectContaining({ stage: 'x', responses: 0, mean: null })]);
    expect(empty.overall.mean).toBeNull();
  });

  it('throws INVALID_OPTION for a bad scale or stages', () => {
    for (const [options, field] of [
      [{ scale: [5, 5] }, 'scale'],
      [{ scale: [0, Number.POSITIVE_INFINITY] }, 'scale'],
      [{ stages: [] }, 'stages'],
      [{ stages: ['a', 'a'] }, 'stages[1]'],
      [{ stages: 'a' }, 'stages'],
      [{ stages: Array.from({ length: 1001 }, (_, i) => i) }, 'stages'],
      [{ score: 5 }, 'score'],
      [42, 'options'],
    ] as const) {
      expect(() => onboardingSurvey([], options as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', field }),
      );
    }
  });

  it('counts every answer once — in a group or excluded — and orders rows lowest first', {
    timeout: propertyTimeout,
  }, () => {
    const answer = fc.record({
      question: fc.constantFrom('q1', 'q2', 'q3', '', null),
      stage: fc.constantFrom('s1', 's2', 7, null),
      score: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(null, '5', Number.NaN)),
      respondent: fc.constantFrom(undefined, 'r1', 'r2'),
    });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 40 }), (answers) => {
        const survey = onboardingSurvey(answers);
        const o = survey.overall;
        expect(o.responses + o.unanswered + o.invalid + survey.excluded.length).toBe(answers.length);
        const sum = survey.rows.reduce((a, r) => a + r.responses + r.unanswered + r.invalid, 0);
        expect(sum).toBe(o.responses + o.unanswered + o.invalid);
        const known = survey.rows.filter((r) => r.satisfaction !== null).map((r) => r.satisfaction as number);
        expect(known).toEqual([...known].sort((a, b) => a - b));
        expect(survey.rows.slice(known.length).every((r) => r.satisfaction === null)).toBe(true);
        for (const r of survey.rows) if (r.mean !== null) expect(r.mean).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: fcRuns },
    );
  });
});
