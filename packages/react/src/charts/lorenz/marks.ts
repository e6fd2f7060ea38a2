import type { ConcentrationResult, LorenzPoint } from '@kamkit/core';
import type { Formatters } from '../../format/createFormat';
import type { lorenz } from '../../messages/en/lorenz';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import type { CurvePoint } from '../../primitives/curve';
import { curveAreaPath, curvePath, curveValueAt, downsampleCurve } from '../../primitives/curve';
import { placeLabels, textBox } from '../../primitives/placement';
import { sharePercent } from '../../primitives/share';
import { FONTS, lineHeight, measureText, truncateText } from '../../primitives/text';
import type { LorenzMarker, LorenzScales } from './types';

/** The marked point's share of accounts: the smallest 80 % (so the largest 20 % make the rest). */
export const MARKER_SHARE = 0.8;

/**
 * Stage 2a: the Lorenz curve downsampled to the plot's pixel width (the path stays bounded for any number of
 * accounts) and the area between it and the line of equality (its size is half the Gini).
 */
export function lorenzCurve<T>(result: ConcentrationResult<T>, scales: LorenzScales) {
  const { x, y, plot } = scales;
  const lorenz = result.lorenz;
  const plotWidth = plot.x1 - plot.x0;
  const kept = result.n > 0 ? downsampleCurve(lorenz, plotWidth) : [];
  const curve: CurvePoint[] = kept.map((i) => {
    const p = lorenz[i] as LorenzPoint;
    return { x: x(p.x), y: y(p.y) };
  });
  return {
    curve,
    linePath: curvePath(curve),
    areaPath: curveAreaPath(curve, (p) => y((p.x - plot.x0) / plotWidth)),
  };
}

/**
 * Stage 2b: the marked point (the largest 20 % of accounts) and its label "Largest 20 %: 76 % of revenue",
 * ending 8 px left of the point, on one line when it fits between the point and the axis, else on two (head,
 * tail). Placed with the kit's label placer, in this order: 10 px above the point inside the shaded area on one
 * line, then on two lines, unless the line of equality cuts more than 4 px into the box (the curve runs close to
 * it); then 10 px above the line of equality at the point's x (one line, two lines), which is also where it goes
 * when no place is free. `null` for fewer than 2 accounts.
 */
export function lorenzMarker<T>(
  result: ConcentrationResult<T>,
  scales: LorenzScales,
  text: MessageShape<typeof lorenz>,
  format: Formatters,
): LorenzMarker | null {
  if (result.n < 2) return null;
  const { x, y, plot } = scales;
  const font = FONTS.axisTitle;
  const valueShare = curveValueAt(result.lorenz, MARKER_SHARE);
  const px = x(MARKER_SHARE);
  const py = y(valueShare);
  const head = translate(text.markerHead, { top: 1 - MARKER_SHARE }, format);
  const tail = translate(text.markerTail, { share: sharePercent(format.percent, 1 - valueShare) }, format);
  const label = `${head} ${tail}`;
  const room = px - 8 - (plot.x0 + 4);
  const twoLines = [head, tail].map((line) => truncateText(line, Math.max(room, 40), font));
  const variants = measureText(label, font) <= room ? [[label], twoLines] : [twoLines];
  const labelX = px - 8;
  const step = lineHeight(font);
  const at = (lines: string[], baseline: number, inArea: boolean) => {
    const widest = lines.reduce((a, b) => (measureText(a, font) >= measureText(b, font) ? a : b));
    const firstBaseline = baseline - step * (lines.length - 1);
    return {
      lines,
      y: firstBaseline,
      inArea,
      box: textBox(widest, font, labelX, firstBaseline, 'end', lines.length),
    };
  };
  // The line of equality runs from (plot.x0, plot.y1) up to (plot.x1, plot.y0); over a box it is lowest (largest
  // y) at the box's left edge, so the box lies below it when its top is below that point. The box's top includes
  // room for accents above the capitals, and the label's halo covers a line through that corner, so the line
  // may cut up to 4 px into it.
  const equalityY = (left: number) => y((left - plot.x0) / Math.max(1, plot.x1 - plot.x0));
  const above = variants.map((lines) => at(lines, y(MARKER_SHARE) - 10, false));
  const { placed } = placeLabels(
    [{ positions: [...variants.map((lines) => at(lines, py - 10, true)), ...above] }],
    {
      isBlocked: (box, candidate) =>
        candidate.positions.some((p) => p.box === box && p.inArea) && box.y + 4 < equalityY(box.x),
    },
  );
  const chosen = placed[0]?.position ?? (above[0] as (typeof above)[number]);
  return {
    x: px,
    y: py,
    accountShare: MARKER_SHARE,
    valueShare,
    label,
    lines: chosen.lines,
    labelX,
    labelY: chosen.y,
  };
}
