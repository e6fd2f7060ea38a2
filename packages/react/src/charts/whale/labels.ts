import type { CurvePoint } from '../../primitives/curve';
import { curveValueAt } from '../../primitives/curve';
import type { Box } from '../../primitives/placement';
import { boxFromEdges, placeLabels } from '../../primitives/placement';
import {
  AXIS_TITLE_FONT as BOLD,
  AXIS_FONT as FONT,
  lineHeight,
  measureText,
  wrapText,
} from '../../primitives/text';
import type { WhaleAnnotation, WhaleLayout, WhalePeak, WhaleScales } from './types';

const LINE_HEIGHT = /* @__PURE__ */ lineHeight(FONT);

/**
 * Wraps the annotation (bold, as many lines as it needs: a note is never cut, it would lose its figures) without
 * breaking a number from its unit or sign: the locale's no-break spaces ("148 %", "1.234 €") and a minus before
 * a digit stay within a line.
 */
function wrapNumbers(text: string, width: number): string[] {
  const guarded = text
    .replace(/\u00a0/g, '\ue000')
    .replace(/\u202f/g, '\ue001')
    .replace(/(^|\s)-(?=\S)/g, '$1\ue002');
  return wrapText(guarded, width, BOLD).map((line) =>
    line
      .replace(/\ue000/g, '\u00a0')
      .replace(/\ue001/g, '\u202f')
      .replace(/\ue002/g, '-'),
  );
}

/** The free-space rules both labels share: inside the curve's area, and clear of the curve by 3 px. */
function freeSpace(scales: WhaleScales, curve: readonly CurvePoint[]) {
  const { plot, curveBottom } = scales;
  // The curve is continuous in x, so its y-range over a box's x-range tells whether it passes through the box.
  const crossesCurve = (box: Box) => {
    if (curve.length === 0) return false;
    const x0 = box.x;
    const x1 = box.x + box.width;
    const ends = [curveValueAt(curve, x0), curveValueAt(curve, x1)];
    let low = Math.min(...ends);
    let high = Math.max(...ends);
    for (const p of curve) {
      if (p.x <= x0 || p.x >= x1) continue;
      if (p.y < low) low = p.y;
      if (p.y > high) high = p.y;
    }
    return !(high < box.y - 3 || low > box.y + box.height + 3);
  };
  return { bounds: boxFromEdges(plot.x0 + 2, plot.y0, plot.x1 - 2, curveBottom - 3), crossesCurve };
}

/**
 * Stage 4a: the reference line's label ("Total profit 100 = 100%", or "Break-even (0)" in mode `'value'`) at
 * the first free place beside an end of the line: under it at the right end first (a whale's curve runs above
 * 100 %), then under it at the left, above it at the left, above it at the right, under it left of the peak's
 * guide; in mode `'value'` under it at the left first. Free: inside the curve's area, clear of the curve and of
 * the peak's guide. Without a free place the label is left out (`labelPosition` null: the legend and the axis
 * tick name the line).
 */
export function referenceLabel(
  label: string,
  scales: WhaleScales,
  curve: readonly CurvePoint[],
  peak: WhalePeak<unknown> | null,
): { reference: WhaleLayout<unknown>['reference']; box: Box | null } {
  const { plot, mode } = scales;
  const referenceY = scales.y(mode === 'share' ? 1 : 0);
  const width = measureText(label, FONT);
  const position = (x: number, anchor: 'start' | 'end', below: boolean) => ({
    x,
    y: below ? referenceY + 14 : referenceY - 6,
    anchor,
    box: boxFromEdges(
      anchor === 'start' ? x : x - width,
      below ? referenceY + 4 : referenceY - 15,
      anchor === 'start' ? x + width : x,
      below ? referenceY + 17 : referenceY - 3,
    ),
  });
  const positions = [
    position(plot.x1 - 4, 'end', true),
    position(plot.x0 + 6, 'start', true),
    position(plot.x0 + 6, 'start', false),
    position(plot.x1 - 4, 'end', false),
    ...(peak ? [position(peak.x - 8, 'end', true)] : []),
  ];
  if (mode === 'value') positions.unshift(...positions.splice(1, 1));
  const { bounds, crossesCurve } = freeSpace(scales, curve);
  const { placed } = placeLabels([{ positions }], {
    bounds,
    obstacles: peak ? [guideBox(peak, scales)] : [],
    isBlocked: crossesCurve,
  });
  const chosen = placed[0]?.position;
  return {
    reference: {
      y: referenceY,
      label,
      labelPosition: chosen ? { x: chosen.x, y: chosen.y, anchor: chosen.anchor } : null,
    },
    box: chosen?.box ?? null,
  };
}

/** The peak's guide line (from the peak down to the curve's bottom) with 3 px on each side. */
function guideBox(peak: WhalePeak<unknown>, scales: WhaleScales): Box {
  return boxFromEdges(peak.x - 3, peak.y, peak.x + 3, scales.curveBottom);
}

/** How far left and right of the peak the curve stays above `limit` (pixels; 8 px of air). */
function reachAt(curve: readonly CurvePoint[], peakAt: number, limit: number, scales: WhaleScales) {
  const crossing = (a: CurvePoint, b: CurvePoint) =>
    b.y === a.y ? b.x : a.x + ((b.x - a.x) * (limit - a.y)) / (b.y - a.y);
  let left = scales.plot.x0 + 4;
  let right = scales.plot.x1 - 4;
  for (let i = peakAt; i >= 0; i--) {
    const p = curve[i] as CurvePoint;
    if (p.y >= limit) {
      left = Math.max(left, (i < peakAt ? crossing(curve[i + 1] as CurvePoint, p) : p.x) + 8);
      break;
    }
  }
  for (let i = peakAt; i < curve.length; i++) {
    const p = curve[i] as CurvePoint;
    if (p.y >= limit) {
      right = Math.min(right, (i > peakAt ? crossing(curve[i - 1] as CurvePoint, p) : p.x) - 8);
      break;
    }
  }
  return [left, right] as const;
}

/**
 * Stage 4b: the annotation beside the peak's guide (bold, wrapped to 250 px, or to all the room between the
 * guide and the curve when that is wider, in as many lines as it needs: it is never cut). Tried with the kit's
 * label placer, top to bottom: under the reference line first (where a whale's curve leaves room), every 16 px,
 * then under the peak (when the curve rises far above 100 %, the room under the line is small); at each height
 * on the side with more room first (left when it has 180 px), each side needing 120 px between the guide and the
 * curve, 250 px wide before the side's full width. Free: inside the curve's area, clear of the curve, of the
 * reference label and of the reference line (3 px). When no place is free (a short plot) it goes beside the
 * guide on the roomier side, under the reference label, readable on its halo, if it fits inside the plot there
 * (250 px wide, else the side's full width); otherwise it is left out (null): the description and the table
 * state the same finding.
 */
export function whaleAnnotation(
  text: string,
  peak: WhalePeak<unknown>,
  peakAt: number,
  curve: readonly CurvePoint[],
  scales: WhaleScales,
  reference: { y: number; box: Box | null },
): WhaleAnnotation | null {
  const { plot, curveBottom } = scales;
  const referenceY = reference.y;
  const place = (top: number, onLeft: boolean, room: number) => {
    const lines = wrapNumbers(text, room);
    const widest = Math.max(...lines.map((line) => measureText(line, BOLD)));
    const x = onLeft ? peak.x - 8 : peak.x + 8;
    const box = boxFromEdges(
      onLeft ? x - widest : x,
      top,
      onLeft ? x : x + widest,
      top + lines.length * LINE_HEIGHT,
    );
    return { lines, x, box, anchor: (onLeft ? 'end' : 'start') as 'start' | 'end' };
  };
  const tops: number[] = [];
  for (let top = referenceY + 8; top + 2 * LINE_HEIGHT < curveBottom - 3; top += 16) tops.push(top);
  for (let top = peak.y + 22; top + 2 * LINE_HEIGHT < referenceY - 4; top += 16) tops.push(top);
  const positions = tops.flatMap((top) => {
    const [left, right] = reachAt(curve, peakAt, top - 4, scales);
    const leftRoom = peak.x - 8 - left;
    const rightRoom = right - (peak.x + 8);
    const sides = leftRoom >= 180 || leftRoom >= rightRoom ? [true, false] : [false, true];
    return sides
      .filter((onLeft) => (onLeft ? leftRoom : rightRoom) >= 120)
      .flatMap((onLeft) => {
        const room = onLeft ? leftRoom : rightRoom;
        return room > 250 ? [place(top, onLeft, 250), place(top, onLeft, room)] : [place(top, onLeft, room)];
      });
  });
  const { bounds, crossesCurve } = freeSpace(scales, curve);
  const { placed } = placeLabels([{ positions }], {
    bounds,
    obstacles: [
      ...(reference.box ? [reference.box] : []),
      boxFromEdges(plot.x0, referenceY - 3, plot.x1, referenceY + 3),
    ],
    isBlocked: crossesCurve,
  });
  const chosen = placed[0]?.position ?? fallbackPlace(place, peak, scales, reference);
  if (!chosen) return null;
  return {
    lines: chosen.lines,
    x: chosen.x,
    y: chosen.box.y + FONT.size - 1,
    anchor: chosen.anchor,
    lineHeight: LINE_HEIGHT,
  };
}

/**
 * The annotation's place when the placer finds none: beside the guide on the roomier side, under the reference
 * label, shifted to stay inside the plot; 250 px wide, else as wide as the side (fewer lines). Null when
 * neither fits between there and the plot's bottom.
 */
function fallbackPlace<P extends { lines: string[]; x: number; box: Box; anchor: 'start' | 'end' }>(
  place: (top: number, onLeft: boolean, room: number) => P,
  peak: WhalePeak<unknown>,
  scales: WhaleScales,
  reference: { y: number; box: Box | null },
): P | null {
  const { plot } = scales;
  const onLeft = peak.x - plot.x0 >= plot.x1 - peak.x;
  const top = Math.max(reference.y + 8, reference.box ? reference.box.y + reference.box.height + 4 : 0);
  const side = Math.max(120, onLeft ? peak.x - plot.x0 - 12 : plot.x1 - peak.x - 12);
  for (const room of side > 250 ? [250, side] : [side]) {
    const fallback = place(top, onLeft, room);
    const widest = fallback.box.width;
    if (widest > plot.x1 - plot.x0 - 8 || fallback.box.y + fallback.box.height > plot.y1) continue;
    const x = onLeft
      ? Math.max(plot.x0 + 4 + widest, fallback.x)
      : Math.min(plot.x1 - 4 - widest, fallback.x);
    return { ...fallback, x };
  }
  return null;
}
