import type { ProfitMatrixResult, ProfitMatrixRow } from '@kamkit/core';
import { leftOutNote } from '../../contract/excluded';
import type { Formatters } from '../../format/createFormat';
import type { common } from '../../messages/en/common';
import type { profit } from '../../messages/en/profit';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { summariseQuadrants } from '../../primitives/scatter';

/** What {@link profitDescription} needs. */
export interface ProfitDescriptionInput<T> {
  result: ProfitMatrixResult<T>;
  names: readonly string[];
  sizes: readonly (number | null)[];
  sized: boolean;
  /** The measures' names as written in a sentence, and their formatters. */
  xName: string;
  yName: string;
  fx: (value: number) => string;
  fy: (value: number) => string;
  splitKind: 'median' | 'mean' | 'given';
  /** The field names of x and y when given as strings (for the development warning about left-out records). */
  fields: { x: string; y: string };
  text: MessageShape<typeof profit>;
  common: MessageShape<typeof common>;
  format: Formatters;
}

/** "12 of 60 accounts (20%) are Aggressive, the largest group; …" or the tie, one-account and empty findings. */
function profitFinding<T>(input: ProfitDescriptionInput<T>): string {
  const { result, names, text, format } = input;
  const rows = result.rows;
  const n = rows.length;
  if (n === 0) return result.excluded.length > 0 ? text.matrix.emptyExcluded : text.matrix.emptyNone;
  if (n === 1) {
    const quadrant = result.quadrants[(rows[0] as ProfitMatrixRow<T>).quadrant.position].label;
    return translate(text.findingOne, { name: names[0] as string, quadrant }, format);
  }
  const order = (['high-high', 'high-low', 'low-high', 'low-low'] as const).map((p) => result.quadrants[p]);
  const countOf = (key: string) => result.counts[key] ?? 0;
  const most = Math.max(...order.map((q) => countOf(q.key)));
  const biggest = order.filter((q) => countOf(q.key) === most);
  const list = new Intl.ListFormat(format.locale, { type: 'conjunction' });
  const rest = order
    .filter((q) => !biggest.includes(q))
    .map((q) => translate(text.restItem, { name: q.label, count: countOf(q.key) }, format))
    .join(', ');
  if (biggest.length === 1) {
    const quadrant = (biggest[0] as (typeof order)[number]).label;
    return translate(text.finding, { most, count: n, share: most / n, quadrant, rest }, format);
  }
  const names2 = list.format(biggest.map((q) => q.label));
  return translate(text.findingTie, { names: names2, most, count: n, rest: rest ? `; ${rest}` : '' }, format);
}

/** " Stars holds the most revenue (48%)." when bubbles are sized, else ''. */
function sizeFinding<T>(input: ProfitDescriptionInput<T>): string {
  const { result, sizes, sized, text, format } = input;
  if (!sized || result.rows.length < 2) return '';
  const points = result.rows.map((row, i) => ({
    quadrant: row.quadrant,
    x: row.x,
    y: row.y,
    size: sizes[i] ?? null,
  }));
  const summary = summariseQuadrants(result.quadrants, points, true);
  const total = summary.reduce((a, s) => a + (s.size ?? 0), 0);
  if (!(total > 0)) return '';
  const top = summary.reduce((a, s) => ((s.size ?? 0) > (a.size ?? 0) ? s : a));
  const params = { quadrant: top.label, size: text.matrix.size, share: (top.size ?? 0) / total };
  return translate(text.matrix.sizeFinding, params, format);
}

/**
 * Stage 3: the finding (the largest quadrant, or the tie, in words), and the description: the finding, where the
 * size is concentrated, the axes, the split values and what was left out (by reason, in the chart's language).
 */
export function profitDescription<T>(input: ProfitDescriptionInput<T>) {
  const { result, text, common, format, xName, yName } = input;
  const finding = profitFinding(input);
  const note = leftOutNote(result.excluded, `${input.fields.x}/${input.fields.y}`, common, format);
  if (result.rows.length === 0 || result.split === null) {
    return { finding, description: [finding, note].filter(Boolean).join(' '), note };
  }
  const splitParams = {
    x: xName,
    y: yName,
    xValue: input.fx(result.split.x),
    yValue: input.fy(result.split.y),
  };
  const splitSentence =
    input.splitKind === 'median'
      ? text.splitSentenceMedian
      : input.splitKind === 'mean'
        ? text.splitSentenceMean
        : text.splitSentenceGiven;
  const parts = [
    finding,
    sizeFinding(input),
    translate(text.axes, { x: xName, y: yName }, format),
    translate(splitSentence, splitParams, format),
    note,
  ];
  return { finding, description: parts.filter(Boolean).join(' '), note };
}
