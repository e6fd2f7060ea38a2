import type { Formatters } from '../../format/createFormat';
import { placeLabels } from '../../primitives/placement';
import { FONTS, lineHeight, measureText, truncateText, wrapText } from '../../primitives/text';
import type { Tick } from '../../primitives/ticks';
import { NAME_WIDTH } from './scales';
import type { ParetoScales } from './types';

/**
 * Stage 3a: the x ticks. Named bars get their (shortened) names; otherwise the share of accounts every 20 %,
 * or every 25 % or 50 % when a narrow plot has no room for "100 %" beside "80 %".
 */
export function paretoXTicks(n: number, scales: ParetoScales, format: Formatters): Tick[] {
  const { x, plot, named, names } = scales;
  if (named) {
    return names.map((name, i) => ({
      position: x(i + 0.5),
      label: truncateText(name, NAME_WIDTH, FONTS.axis),
    }));
  }
  if (n === 0) return [];
  const plotWidth = plot.x1 - plot.x0;
  const steps =
    [5, 4, 2, 1].find((k) => plotWidth / k >= measureText(format.percent(1), FONTS.axis) + 6) ?? 1;
  return Array.from({ length: steps + 1 }, (_, i) => i / steps).map((p) => ({
    position: x(p * n),
    label: format.percent(p),
  }));
}

/**
 * Stage 3b: the annotation beside the vertical cutoff line ("12 accounts → 80 % of revenue"), placed with the
 * kit's label placer inside the plot: one line right of the line, else left of it, else on two lines ("12
 * accounts →" / "80 % of revenue") right or left; when none fits (a narrow plot), the text wraps to the room on
 * the wider side. Its first baseline is 14 px below the cutoff's y.
 */
export function paretoAnnotation(
  count: string,
  share: string,
  vitalX: number,
  cutoffY: number,
  scales: ParetoScales,
) {
  const { plot } = scales;
  const font = FONTS.axisTitle;
  const oneLine = [`${count} ${share}`];
  const twoLines = [count, share];
  const widthOf = (lines: string[]) => Math.max(...lines.map((l) => measureText(l, font)));
  const top = cutoffY + 14 - lineHeight(font) * 0.8;
  const position = (lines: string[], side: 'start' | 'end') => {
    const width = widthOf(lines);
    const x = side === 'start' ? vitalX + 6 : vitalX - 6;
    return {
      lines,
      x,
      anchor: side,
      box: { x: side === 'start' ? x : x - width, y: top, width, height: lineHeight(font) * lines.length },
    };
  };
  const { placed } = placeLabels(
    [
      {
        positions: [
          position(oneLine, 'start'),
          position(oneLine, 'end'),
          position(twoLines, 'start'),
          position(twoLines, 'end'),
        ],
      },
    ],
    // The vertical bound is loose: the annotation may hang below the plot's top by design; only the sides matter.
    { bounds: { x: plot.x0, y: -1e6, width: plot.x1 - plot.x0, height: 2e6 } },
  );
  const chosen = placed[0]?.position;
  if (chosen) return { lines: chosen.lines, x: chosen.x, y: cutoffY + 14, anchor: chosen.anchor };
  // Neither side holds two lines: the share wraps to the wider side's room (a narrow phone plot).
  const right = plot.x1 - vitalX - 6;
  const left = vitalX - 6 - plot.x0;
  const room = Math.max(right, left, 1);
  const lines = [...wrapText(count, room, font), ...wrapText(share, room, font)];
  return right >= left
    ? { lines, x: vitalX + 6, y: cutoffY + 14, anchor: 'start' as const }
    : { lines, x: vitalX - 6, y: cutoffY + 14, anchor: 'end' as const };
}
