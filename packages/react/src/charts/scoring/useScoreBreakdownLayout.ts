import type { Id, ResolvedCriterion, ScoreResult, ScoreRow } from '@kamkit/core';
import { score } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt, checkChartInput } from '../../contract/errors';
import { optionValues } from '../../contract/options';
import { createFormat } from '../../format/createFormat';
import { scoring as deScoring } from '../../messages/de/scoring';
import { scoring as enScoring } from '../../messages/en/scoring';
import { resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import { toArray } from '../../primitives/data';
import { formatDecimal } from '../../primitives/decimal';
import { labeller } from '../../primitives/labels';
import { breakdownGeometry } from './breakdownGeometry';
import type { ScoreBreakdownLayoutOptions } from './breakdownOptions';
import { BREAKDOWN_OPTIONS } from './breakdownOptions';
import { breakdownTable } from './breakdownTable';
import { breakdownDescription, breakdownPoints } from './breakdownText';
import type { ScoreBreakdownLayout } from './breakdownTypes';
import { criterionName } from './matrixText';

/** The catalogues of the scoring family in the built-in languages. */
const CATALOGUES = { en: enScoring, de: deScoring };

/**
 * Computes the score breakdown's layout for one account of core's `score` result, in named stages: geometry
 * (columns, scale, lines) → description → points → table. Pure; {@link useScoreBreakdownLayout} memoises it.
 *
 * @example
 * const layout = computeScoreBreakdownLayout(score(rows, { criteria }), { data: rows, account: 'acc-001', width: 640 });
 * layout.finding; // "Acme scores 78.3 of 100 (rank 1 of 150, Key): growth potential 81.0, harmony 75.5."
 */
export function computeScoreBreakdownLayout<T>(
  result: ScoreResult<T>,
  options: ScoreBreakdownLayoutOptions<T>,
): ScoreBreakdownLayout<T> {
  const format = createFormat(options);
  const formatScore = (value: number) => formatDecimal(format.locale, value, 1);
  const m = resolveMessages(options.locale, options.messages, 'scoring', CATALOGUES);
  const text = m.family;
  const words = text.breakdown;
  const axisName = { growth: options.yLabel ?? text.growth, harmony: options.xLabel ?? text.harmony };
  const data = toArray(options.data);
  const nameOf = labeller(options.label);
  const wanted = options.account;
  const same = (a: Id) => wanted !== undefined && String(a) === String(wanted);
  const row = wanted === undefined ? result.rows[0] : result.rows.find((r) => same(r.id));
  const excluded = row || wanted === undefined ? undefined : result.excluded.find((e) => same(e.id));
  const name = row ? nameOf(row, data) : excluded ? nameOf(excluded, data) : '';
  const criteriaByKey = new Map<string, ResolvedCriterion>(result.criteria.map((c) => [c.key, c]));
  const nameOfCriterion = (key: string) => criterionName(criteriaByKey.get(key), key);
  // The catalogue names McDonald & Rogers' quadrants in the chart's language; labels you pass stay as given.
  const quadrantOf = (r: ScoreRow<T>) =>
    options.quadrants?.labels ? r.quadrant.label : text.quadrants[r.quadrant.position];
  const geometry = breakdownGeometry({
    result,
    row,
    width: options.width,
    height: options.height,
    margin: options.margin,
    format,
    formatScore,
    words,
    axisName,
    nameOfCriterion,
  });
  const textInput = {
    result,
    row,
    excluded,
    wanted,
    name,
    axisName,
    nameOfCriterion,
    quadrantOf,
    formatScore,
    text,
    format,
  };
  const { finding, description, headline } = breakdownDescription(textInput);
  return {
    result,
    row,
    excluded,
    format,
    width: options.width,
    ...geometry,
    headline,
    words: {
      criterion: words.criterion,
      weight: words.weight,
      value: words.value,
      points: words.points,
      // The legend starts each entry with a capital: the catalogue's legend words, or the caller's axis names.
      growth: options.yLabel ?? words.legendGrowth,
      harmony: options.xLabel ?? words.legendHarmony,
      missing: words.legendMissing,
      notScored: words.notScored,
    },
    title: row || excluded ? translate(words.title, { name }, format) : words.titleEmpty,
    finding,
    description,
    points: breakdownPoints(textInput, geometry.lines, { ...geometry, width: options.width }),
    table: breakdownTable(row?.contributions ?? [], {
      finding,
      axisName,
      nameOfCriterion,
      formatScore,
      text,
      format,
    }),
    name,
    formatScore,
  };
}

/** The options only core reads: the layout memo leaves them out (the analysis memo has them). */
const CORE_KEYS = /* @__PURE__ */ new Set<string>([
  'criteria',
  'axisWeights',
  'normalize',
  'quadrants',
  'id',
]);
const LAYOUT_KEYS = /* @__PURE__ */ BREAKDOWN_OPTIONS.filter((key) => !CORE_KEYS.has(key));

/**
 * The score breakdown's layout as a hook: core's `score` over all accounts (memoised on data, criteria, weights,
 * normalisation, quadrants and id), then {@link computeScoreBreakdownLayout} for the chosen account. Never
 * throws: invalid data, criteria or sizes give `{ ok: false, error }`, so the chart renders its error state.
 */
export function useScoreBreakdownLayout<T>(
  options: ScoreBreakdownLayoutOptions<T>,
): Attempt<ScoreBreakdownLayout<T>> {
  const { data, criteria, axisWeights, normalize, quadrants, id } = options;
  const analysis = useMemo(
    () =>
      attempt(() => {
        const invalid = checkChartInput({
          data,
          width: options.width,
          height: options.height,
          margin: options.margin,
        });
        if (invalid) throw invalid;
        return score(toArray(data), { criteria, axisWeights, normalize, quadrants, id });
      }, 'criteria'),
    [data, criteria, axisWeights, normalize, quadrants, id, options.width, options.height, options.margin],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the named options' values.
  return useMemo(
    () => (analysis.ok ? attempt(() => computeScoreBreakdownLayout(analysis.value, options)) : analysis),
    [analysis, ...optionValues(options, LAYOUT_KEYS)],
  );
}
