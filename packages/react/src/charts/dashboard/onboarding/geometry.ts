import type { OnboardingAccount, OnboardingStage } from '@kamkit/core';
import { scaleLinear } from 'd3-scale';
import type { ChartItem } from '../../../contract/types';
import { plotArea, resolveMargin } from '../../../primitives/margin';
import { measureText } from '../../../primitives/text';
import type { Margin } from '../../../primitives/types';
import type { OnboardingLayout, OnboardingRowLayout } from './types';

const ROW_HEIGHT = 34;
/** A row with its stage name above the bar. */
const ROW_HEIGHT_ABOVE = 44;

/** A row before geometry: a stage, or a status that is not a stage. */
export interface OnboardingSource<T> {
  stage: OnboardingStage;
  kind: 'stage' | 'unknown';
  position: number;
  count: number;
  share: number;
  atOrBeyond: number;
  atOrBeyondShare: number;
  accounts: OnboardingAccount<T>[];
}

interface GeometryInput<T> {
  source: readonly OnboardingSource<T>[];
  /** The shortened row names, the counts as written, the mean scores. */
  names: readonly string[];
  valueTexts: readonly string[];
  scores: readonly { mean: number | null; responses: number }[];
  scoreWidth: number;
  total: number;
  withScores: boolean;
  scale: readonly [number, number];
  countTitle: string;
  /** The satisfaction heading, long first ("Satisfaction (0–10)", "Satisfaction"). */
  titles: readonly string[];
  width: number;
  height: number | undefined;
  margin: Partial<Margin> | undefined;
  items: readonly ChartItem<T>[];
}

/**
 * Stage 1: three layouts, widest first; the first whose counts, scores and headings fit is used (else the last):
 * names left of the bars (as wide as the longest name, 64–170 px); names above the bars; names above and the
 * scores without a track. Counts sit after their bar, or inside its end when they would run into the scores.
 */
export function onboardingGeometry<T>(input: GeometryInput<T>) {
  const { source, width } = input;
  let longest = 0;
  for (const name of input.names) longest = Math.max(longest, measureText(name, 12));
  const x = scaleLinear<number, number>();
  const variants = [
    { labels: 'left', track: true },
    { labels: 'above', track: true },
    { labels: 'above', track: false },
  ] as const;
  const build = (variant: (typeof variants)[number]) => {
    const above = variant.labels === 'above';
    const rowDefault = above ? ROW_HEIGHT_ABOVE : ROW_HEIGHT;
    const height = input.height ?? 30 + source.length * rowDefault + 8;
    const satisfactionRoom = variant.track ? 132 : Math.ceil(input.scoreWidth) + 20;
    const margin = resolveMargin(
      {
        top: 30,
        right: input.withScores ? satisfactionRoom : 72,
        bottom: 8,
        left: above ? 8 : Math.min(170, Math.max(64, Math.round(longest + 16))),
      },
      input.margin,
    );
    const plot = plotArea(width, height, margin);
    x.domain([0, Math.max(1, input.total)]).range([plot.x0, plot.x1]);
    const column = input.withScores
      ? (() => {
          const x0 = variant.track ? plot.x1 + 64 : width - 12;
          const x1 = Math.max(x0 + (variant.track ? 1 : 0), width - 12);
          const scale = input.scale;
          return { x0, x1, scale, x: scaleLinear([scale[0], scale[1]], [x0, x1]).clamp(true) };
        })()
      : null;
    const valueLimit = column ? column.x0 - 8 - input.scoreWidth - 8 : width - 4;
    let fits = true;
    const rowHeight = source.length > 0 ? (plot.y1 - plot.y0) / source.length : rowDefault;
    const rows: OnboardingRowLayout<T>[] = source.map((row, i) => {
      const top = plot.y0 + i * rowHeight;
      const barHeight = Math.max(4, Math.min(20, rowHeight - (above ? 24 : 12)));
      const barY = above ? top + rowHeight - 6 - barHeight : top + (rowHeight - barHeight) / 2;
      const { mean, responses } = input.scores[i] as { mean: number | null; responses: number };
      const barWidth = x(row.count) - plot.x0;
      const end = plot.x0 + barWidth;
      const valueText = input.valueTexts[i] as string;
      const valueWidth = measureText(valueText, { size: 12, bold: true });
      const outside = end + 6 + valueWidth <= valueLimit;
      const inside = !outside && barWidth >= valueWidth + 12;
      if (!outside && !inside) fits = false;
      return {
        ...row,
        label: input.names[i] as string,
        satisfaction: mean,
        responses,
        y: top,
        rowHeight,
        center: barY + barHeight / 2,
        bar: { x: plot.x0, y: barY, width: barWidth, height: barHeight },
        beyondBar: { x: plot.x0, y: barY, width: x(row.atOrBeyond) - plot.x0, height: barHeight },
        labelX: above ? plot.x0 : plot.x0 - 8,
        labelY: above ? barY - 9 : barY + barHeight / 2,
        valueText,
        valueInside: inside,
        valueX: inside ? end - 6 : end + 6,
        satisfactionX: mean !== null && column ? column.x(mean) : null,
        item: input.items[i] as ChartItem<T>,
      };
    });
    const countEnd = plot.x0 + measureText(input.countTitle, { size: 12, bold: true }) + 12;
    const title = column
      ? input.titles.find((t) => column.x1 - measureText(t, { size: 12, bold: true }) >= countEnd)
      : undefined;
    if (column && title === undefined) fits = false;
    const satisfactionColumn: OnboardingLayout<T>['satisfactionColumn'] = column
      ? { ...column, title: title ?? (input.titles[input.titles.length - 1] as string) }
      : null;
    return { height, margin, plot, rows, satisfactionColumn, labels: variant.labels, fits };
  };
  let geometry = build(variants[0]);
  for (const variant of variants.slice(1)) {
    if (geometry.fits) break;
    geometry = build(variant);
  }
  x.range([geometry.plot.x0, geometry.plot.x1]);
  return { ...geometry, x };
}
