import type { ProfitMatrixResult, ProfitMatrixRow } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import { translate } from '../../messages/translate';
import type { MatrixWords } from '../../primitives/quadrantLayout';
import { bubblePoint, sizeLine } from '../../primitives/quadrantLayout';
import { capitalise } from '../../primitives/text';
import type { ExplorerPoint } from '../../primitives/types';
import type { ProfitLayout } from './types';

/** What {@link profitPoints} needs. */
export interface ProfitPointsInput<T> {
  rows: readonly ProfitMatrixRow<T>[];
  /** The quadrants as the chart names them (in its language). */
  quadrants: ProfitMatrixResult<T>['quadrants'];
  marks: ProfitLayout<T>['marks'];
  readingOrder: readonly number[];
  names: readonly string[];
  sizes: readonly (number | null)[];
  sized: boolean;
  xName: string;
  yName: string;
  fx: (value: number) => string;
  fy: (value: number) => string;
  tooltipMeasure: string;
  words: MatrixWords;
  format: Formatters;
}

/**
 * Stage 4: one explorer point per bubble in reading order (left to right), carrying the account's item; its
 * tooltip gives both measures, the quadrant and, when sized, the size.
 */
export function profitPoints<T>(input: ProfitPointsInput<T>): ExplorerPoint[] {
  const { rows, marks, names, sizes, words, format } = input;
  const measure = (name: string, value: string) =>
    translate(input.tooltipMeasure, { name: capitalise(name), value }, format);
  return input.readingOrder.map((i) => {
    const row = rows[i] as ProfitMatrixRow<T>;
    const mark = marks[i] as ProfitLayout<T>['marks'][number];
    const lines = [
      measure(input.xName, input.fx(row.x)),
      measure(input.yName, input.fy(row.y)),
      translate(words.inQuadrant, { name: input.quadrants[row.quadrant.position].label }, format),
    ];
    if (input.sized) lines.push(sizeLine(sizes[i], words, format));
    return bubblePoint(mark, names[i] as string, lines, mark.item);
  });
}
