import type { FieldOrAccessor, Id } from './accessor';
import { accessor, toArray } from './accessor';
import type { Excluded } from './excluded';
import { compareIds, isId } from './id';
import { CompensatedSum, classifyValue, finite } from './numeric';
import { invalidOption, listOption, readOptions } from './options';

/** Options of {@link onboardingSurvey}. */
export interface OnboardingSurveyOptions<T> {
  /** The question asked (a string or a number, e.g. `'Training quality'`). Default: the field `question`. */
  question?: FieldOrAccessor<T, unknown>;
  /** The onboarding stage the answer belongs to (a string or a number). Default: the field `stage`. */
  stage?: FieldOrAccessor<T, unknown>;
  /** The satisfaction score given. Default: the field `score`. */
  score?: FieldOrAccessor<T, unknown>;
  /** Who answered (a string or a number); optional. Default: the field `respondent`. */
  respondent?: FieldOrAccessor<T, unknown>;
  /** `[min, max]` of the answer scale, finite, `min < max`. Default `[0, 10]`. */
  scale?: readonly [number, number];
  /** The stages in process order; answers for other stages are excluded. Default: every stage found. */
  stages?: readonly Id[];
}

/** Satisfaction of one group of answers (a question in a stage, a question, or a stage). */
export interface SurveyGroup {
  /** Number of usable scores. */
  responses: number;
  /** Answers without a score (skipped questions). */
  unanswered: number;
  /** Answers whose score was out of scale, text or not a finite number. */
  invalid: number;
  /** Mean usable score on the answer scale; `null` without responses. */
  mean: number | null;
  /** `(mean − min) / (max − min)`: 0 = all at the bottom of the scale, 1 = all at the top; `null` without responses. */
  satisfaction: number | null;
  /** Lowest and highest usable score; `null` without responses. */
  lowest: number | null;
  highest: number | null;
}

/** A question in a stage. */
export interface SurveyQuestionStageRow extends SurveyGroup {
  question: Id;
  stage: Id;
}

/** Why an answer was left out entirely (it counts in no group). */
export type SurveyExclusionReason = 'missing' | 'invalid' | 'unknown-stage' | 'duplicate';

/**
 * An answer that was left out (`id` is `null`: answers have no id). `field` is the option read: `'question'`,
 * `'stage'` or `'respondent'` (for a repeated answer); `value` the raw value.
 */
export type SurveyExcluded<T> = Excluded<T, SurveyExclusionReason>;

/** Result of {@link onboardingSurvey}. */
export interface OnboardingSurveyResult<T> {
  /** One row per question and stage, lowest satisfaction first (see the rules). */
  rows: SurveyQuestionStageRow[];
  /** One row per question over all stages, lowest first. */
  byQuestion: (SurveyGroup & { question: Id })[];
  /** One row per stage, in process order (`stages`, else by first appearance). */
  byStage: (SurveyGroup & { stage: Id })[];
  /** All answers together. */
  overall: SurveyGroup;
  /** Answers without a usable question or stage, for an unknown stage, or repeated by the same respondent. */
  excluded: SurveyExcluded<T>[];
  /** The scale used. */
  scale: readonly [number, number];
}

interface Accumulator {
  sum: CompensatedSum;
  responses: number;
  unanswered: number;
  invalid: number;
  lowest: number;
  highest: number;
}

const emptyAccumulator = (): Accumulator => ({
  sum: new CompensatedSum(),
  responses: 0,
  unanswered: 0,
  invalid: 0,
  lowest: Number.POSITIVE_INFINITY,
  highest: Number.NEGATIVE_INFINITY,
});

/**
 * Onboarding survey by question: satisfaction per question and stage with response counts, lowest first, so
 * the account manager sees where onboarding needs improving.
 *
 * Rules:
 * - Each answer needs a question and a stage, each a non-empty string or a finite number; otherwise it is
 *   excluded (`'missing'` or `'invalid'`). With `stages`, an answer for another stage is excluded
 *   (`'unknown-stage'`).
 * - Score: a finite number within `scale` (default `[0, 10]`, ends included) is a response. A missing score
 *   (`null`, `undefined`, blank) counts as `unanswered`; a score outside the scale, text (`'8'` is never parsed)
 *   or a non-finite number counts as `invalid` and is not clamped — a 12 on a 0–10 scale is a data error, not
 *   a very happy customer. Neither changes the mean.
 * - A respondent (when given) who answers the same question in the same stage more than once: the last answer
 *   in input order counts, earlier ones are excluded (`'duplicate'`). Answers without a respondent all count.
 * - `mean` is the arithmetic mean of the responses; `satisfaction` maps it onto 0–1 over the scale.
 * - Order of `rows` and `byQuestion`: groups with responses by satisfaction ascending (lowest first), ties by
 *   more responses first, then stage (process order) and question ({@link compareIds}); groups without any
 *   response last, in the same tie order. `byStage` keeps process order.
 * - Throws `KamkitError` `INVALID_OPTION` for a bad `scale` or `stages` (empty, more than 1000, not ids, or
 *   repeated) or a field option that is neither a name nor a function; `OVERFLOW` when a sum of scores passes
 *   ±1.8e308.
 *
 * @example
 * const survey = onboardingSurvey(answers, { stages: ['Kick-off', 'Integration', 'Training'] });
 * survey.rows[0]; // e.g. { question: 'Data migration', stage: 'Integration', mean: 4.5, responses: 6, … }
 */
export function onboardingSurvey<T>(
  answers: Iterable<T>,
  options: OnboardingSurveyOptions<T> = {},
): OnboardingSurveyResult<T> {
  const o = readOptions(options);
  const scale = readScale(o.scale);
  const stageOrder = readStages(o.stages);
  const list = toArray(answers, 'answers');
  const read = {
    question: accessor<T, unknown>((o.question ?? 'question') as string, 'question'),
    stage: accessor<T, unknown>((o.stage ?? 'stage') as string, 'stage'),
    score: accessor<T, unknown>((o.score ?? 'score') as string, 'score'),
    respondent: accessor<T, unknown>((o.respondent ?? 'respondent') as string, 'respondent'),
  };
  const excluded: SurveyExcluded<T>[] = [];
  const kept: { question: Id; stage: Id; score: unknown; index: number }[] = [];
  const latest = new Map<string, number>(); // respondent × question × stage → position in `kept`
  list.forEach((datum, index) => {
    const question = read.question(datum, index, list);
    const stage = read.stage(datum, index, list);
    for (const [field, value] of [
      ['question', question],
      ['stage', stage],
    ] as const) {
      if (!isLabel(value)) {
        const reason =
          value == null || (typeof value === 'string' && value.trim() === '') ? 'missing' : 'invalid';
        excluded.push({ id: null, datum, index, field, value, reason });
        return;
      }
    }
    if (stageOrder !== null && !stageOrder.has(stage as Id)) {
      excluded.push({ id: null, datum, index, field: 'stage', value: stage, reason: 'unknown-stage' });
      return;
    }
    const respondent = read.respondent(datum, index, list);
    if (isId(respondent)) {
      const key = JSON.stringify([respondent, question, stage]);
      const before = latest.get(key);
      if (before !== undefined) {
        const earlier = kept[before] as { index: number };
        const earlierDatum = list[earlier.index] as T;
        excluded.push({
          id: null,
          datum: earlierDatum,
          index: earlier.index,
          field: 'respondent',
          value: respondent,
          reason: 'duplicate',
        });
        kept[before] = {
          question: question as Id,
          stage: stage as Id,
          score: read.score(datum, index, list),
          index,
        };
        return;
      }
      latest.set(key, kept.length);
    }
    kept.push({ question: question as Id, stage: stage as Id, score: read.score(datum, index, list), index });
  });
  excluded.sort((a, b) => a.index - b.index);

  const cells = new Map<string, { question: Id; stage: Id; acc: Accumulator }>();
  const questions = new Map<Id, Accumulator>();
  const stages = new Map<Id, Accumulator>();
  for (const stage of stageOrder?.keys() ?? []) stages.set(stage, emptyAccumulator());
  const overall = emptyAccumulator();
  for (const answer of kept) {
    const key = JSON.stringify([answer.question, answer.stage]);
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = { question: answer.question, stage: answer.stage, acc: emptyAccumulator() };
      cells.set(key, cell);
    }
    if (!questions.has(answer.question)) questions.set(answer.question, emptyAccumulator());
    if (!stages.has(answer.stage)) stages.set(answer.stage, emptyAccumulator());
    for (const acc of [cell.acc, questions.get(answer.question), stages.get(answer.stage), overall]) {
      add(acc as Accumulator, answer.score, scale);
    }
  }
  const stagePosition = new Map<Id, number>([...stages.keys()].map((s, i) => [s, i]));
  const rows = [...cells.values()].map((c) => ({
    question: c.question,
    stage: c.stage,
    ...summarise(c.acc, scale),
  }));
  rows.sort(
    (a, b) =>
      byLowest(a, b) ||
      (stagePosition.get(a.stage) as number) - (stagePosition.get(b.stage) as number) ||
      compareIds(a.question, b.question),
  );
  const byQuestion = [...questions].map(([question, acc]) => ({ question, ...summarise(acc, scale) }));
  byQuestion.sort((a, b) => byLowest(a, b) || compareIds(a.question, b.question));
  const byStage = [...stages].map(([stage, acc]) => ({ stage, ...summarise(acc, scale) }));
  return { rows, byQuestion, byStage, overall: summarise(overall, scale), excluded, scale };
}

/** Groups with responses first, by satisfaction ascending, then more responses first. */
function byLowest(a: SurveyGroup, b: SurveyGroup): number {
  if (a.satisfaction === null || b.satisfaction === null) {
    return Number(a.satisfaction === null) - Number(b.satisfaction === null);
  }
  return a.satisfaction - b.satisfaction || b.responses - a.responses;
}

function add(acc: Accumulator, score: unknown, scale: readonly [number, number]): void {
  const kind = classifyValue(score);
  if (kind === 'missing') acc.unanswered++;
  else if (kind !== 'ok' || (score as number) < scale[0] || (score as number) > scale[1]) acc.invalid++;
  else {
    const value = (score as number) + 0;
    acc.sum.add(value);
    acc.responses++;
    acc.lowest = Math.min(acc.lowest, value);
    acc.highest = Math.max(acc.highest, value);
  }
}

function summarise(acc: Accumulator, scale: readonly [number, number]): SurveyGroup {
  const mean = acc.responses > 0 ? finite(acc.sum.value, 'sum of scores') / acc.responses : null;
  return {
    responses: acc.responses,
    unanswered: acc.unanswered,
    invalid: acc.invalid,
    mean,
    satisfaction: mean === null ? null : (mean - scale[0]) / (scale[1] - scale[0]),
    lowest: acc.responses > 0 ? acc.lowest : null,
    highest: acc.responses > 0 ? acc.highest : null,
  };
}

function isLabel(value: unknown): value is Id {
  return isId(value) && !(typeof value === 'string' && value.trim() === '');
}

function readScale(value: unknown): readonly [number, number] {
  if (value == null) return [0, 10];
  const ok =
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    (value[0] as number) < (value[1] as number);
  if (!ok) invalidOption('scale', 'must be [min, max] with finite numbers, min < max', value);
  return [(value as number[])[0] as number, (value as number[])[1] as number];
}

/** The stages in process order (at most 1000, distinct ids), or `null` when not given. */
function readStages(value: unknown): Map<Id, number> | null {
  if (value == null) return null;
  const list = listOption(value as readonly unknown[], [], 'stages', 1000);
  if (list.length === 0) invalidOption('stages', 'must list at least one stage', value);
  const order = new Map<Id, number>();
  for (let k = 0; k < list.length; k++) {
    const stage = list[k];
    if (!isLabel(stage) || order.has(stage)) {
      invalidOption(`stages[${k}]`, 'must be a distinct non-empty string or finite number', stage);
    }
    order.set(stage as Id, k);
  }
  return order;
}
