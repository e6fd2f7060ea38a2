import type { OnboardingAccount, OnboardingStatusResult } from '@kamkit/core';
import { leftOutNote } from '../../../contract/excluded';
import type { Formatters } from '../../../format/createFormat';
import type { dashboard } from '../../../messages/en/dashboard';
import type { ResolvedMessages } from '../../../messages/resolve';
import { translate } from '../../../messages/translate';
import { columnHelper, tableFromColumns } from '../../../primitives/table';
import { namesList } from '../../../primitives/text';
import type { ExplorerPoint } from '../../../primitives/types';
import type { OnboardingRowLayout } from './types';

interface TextInput<T> {
  result: OnboardingStatusResult<T>;
  rows: readonly OnboardingRowLayout<T>[];
  m: ResolvedMessages<typeof dashboard>;
  format: Formatters;
  formatScore: (value: number) => string;
  scale: readonly [number, number];
  withScores: boolean;
  meanScore: (accounts: readonly OnboardingAccount<T>[]) => { mean: number | null; responses: number };
}

/**
 * Stage 2: the finding ("9 of 15 accounts (60%) have reached Live; 6 are still onboarding, most in Integration
 * (3)."), the statuses that are not stages, the mean satisfaction during onboarding and at the goal with the
 * lowest stage, and the records left out by reason.
 */
export function onboardingDescription<T>(input: TextInput<T>) {
  const { result, rows, m, format, formatScore, scale } = input;
  const text = m.family.onboarding;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  const stageRows = rows.filter((row) => row.kind === 'stage');
  const goal = stageRows[stageRows.length - 1];
  const total = result.total;
  let finding: string;
  if (total === 0 || goal === undefined) finding = text.empty;
  else {
    const goalName = String(goal.stage);
    const onboarding = stageRows.slice(0, -1);
    const still = onboarding.reduce((n, row) => n + row.count, 0);
    const busiest = onboarding.reduce<OnboardingRowLayout<T> | undefined>(
      (best, row) => (row.count > (best?.count ?? 0) ? row : best),
      undefined,
    );
    const most = busiest ? t(text.most, { stage: String(busiest.stage), count: busiest.count }) : '';
    if (goal.count === total && total > 1) finding = t(text.allReached, { count: total, goal: goalName });
    else if (goal.count === 0) finding = t(text.noneReached, { count: still, total, goal: goalName, most });
    else {
      const rest = still > 0 ? t(text.still, { count: still, most }) : '';
      const params = { count: goal.count, total, share: goal.share, goal: goalName, rest };
      finding = total === 1 ? t(text.reachedOne, params) : t(text.reached, params);
    }
  }
  const parts = [finding];
  const unknownCount = result.unknown.reduce((n, u) => n + u.count, 0);
  if (unknownCount > 0) {
    const statuses = namesList(
      result.unknown.map((u) => String(u.status)),
      3,
    );
    parts.push(t(text.unknown, { count: unknownCount, statuses }));
  }
  if (input.withScores && total > 0 && goal !== undefined) {
    const during = input.meanScore(stageRows.slice(0, -1).flatMap((row) => row.accounts));
    const scores: string[] = [];
    if (during.mean !== null) scores.push(t(text.during, { score: formatScore(during.mean) }));
    if (goal.satisfaction !== null) {
      scores.push(t(text.atGoal, { score: formatScore(goal.satisfaction), goal: String(goal.stage) }));
    }
    const scored = stageRows.slice(0, -1).filter((row) => row.satisfaction !== null);
    const lowest = scored.reduce<OnboardingRowLayout<T> | undefined>(
      (low, row) =>
        (row.satisfaction as number) < (low?.satisfaction ?? Number.POSITIVE_INFINITY) ? row : low,
      undefined,
    );
    if (scores.length > 0) {
      const lowestText =
        lowest && scored.length > 1
          ? t(text.lowest, { stage: String(lowest.stage), score: formatScore(lowest.satisfaction as number) })
          : '';
      parts.push(
        t(text.meanSatisfaction, {
          min: format.number(scale[0]),
          max: format.number(scale[1]),
          parts: scores.join(', '),
          lowest: lowestText,
        }),
      );
    } else parts.push(text.noScores);
  }
  const note = leftOutNote(result.excluded, 'status', m.common, format);
  if (note) parts.push(note);
  return { finding, description: parts.join(' '), note };
}

/** Stage 3a: one point per row, with its item: count and share, the funnel, satisfaction and the first names. */
export function onboardingPoints<T>(
  input: TextInput<T> & {
    labelOf: (account: OnboardingAccount<T>) => string;
    plot: { x0: number; x1: number };
  },
): ExplorerPoint[] {
  const { rows, m, format, formatScore, scale, result } = input;
  const text = m.family.onboarding;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1]) =>
    translate(message, params, format);
  if (result.total === 0) return [];
  const stageCount = rows.filter((row) => row.kind === 'stage').length;
  return rows.map((row) => {
    const lines = [t(text.tooltipCount, { count: row.count, share: row.share })];
    if (row.kind === 'stage' && row.position < stageCount - 1) {
      lines.push(t(text.tooltipBeyond, { count: row.atOrBeyond, share: row.atOrBeyondShare }));
    }
    if (row.kind === 'unknown') lines.push(text.tooltipNotStage);
    if (input.withScores) {
      lines.push(
        row.satisfaction === null
          ? text.tooltipNoSurvey
          : t(text.tooltipSatisfaction, {
              score: formatScore(row.satisfaction),
              max: format.number(scale[1]),
              count: row.responses,
            }),
      );
    }
    if (row.accounts.length > 0) lines.push(namesList(row.accounts.map(input.labelOf), 4));
    return {
      item: row.item,
      // Rows are stacked: every point sits at the plot's centre line, so the pointer picks the row by y.
      x: (input.plot.x0 + input.plot.x1) / 2,
      y: row.y + row.rowHeight / 2,
      box: { x: row.bar.x, y: row.bar.y, width: Math.max(2, row.beyondBar.width), height: row.bar.height },
      title: row.kind === 'unknown' ? t(text.notStage, { stage: String(row.stage) }) : String(row.stage),
      lines,
    };
  });
}

/** Stage 3b: the data table from column definitions — one row per stage (and unknown status). */
export function onboardingTable<T>(input: TextInput<T> & { caption: string; note: string }) {
  const { rows, m, format, formatScore, scale } = input;
  const text = m.family.onboarding;
  const column = columnHelper<OnboardingRowLayout<T>>();
  const columns = [
    column({
      key: 'stage',
      header: text.stage,
      value: (row) => String(row.stage),
      format: (v, row) =>
        row.kind === 'unknown' ? translate(text.notStage, { stage: String(v) }, format) : String(v),
    }),
    column({
      key: 'count',
      header: text.accounts,
      value: (row) => row.count,
      format: (v) => format.integer(v),
    }),
    column({
      key: 'share',
      header: text.share,
      value: (row) => row.share,
      format: (v) => format.percent(v, 1),
    }),
    column({
      key: 'beyond',
      header: text.beyond,
      value: (row) => (row.kind === 'unknown' ? null : row.atOrBeyond),
      format: (v) => (v === null ? '' : format.integer(v)),
      numeric: true,
    }),
    ...(input.withScores
      ? [
          column({
            key: 'satisfaction',
            header: translate(
              text.satisfactionRange,
              { min: format.number(scale[0]), max: format.number(scale[1]) },
              format,
            ),
            value: (row) => row.satisfaction,
            format: (v) => (v === null ? '–' : formatScore(v)),
            numeric: true,
          }),
          column({
            key: 'responses',
            header: text.responses,
            value: (row) => row.responses,
            format: (v) => format.integer(v),
          }),
        ]
      : []),
  ];
  return tableFromColumns(rows, columns, {
    caption: input.caption,
    ...(input.note ? { note: input.note } : {}),
  });
}
