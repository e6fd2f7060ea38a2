'use client';

import type { ReactNode } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';

/** Props of {@link Tooltip}. */
export interface TooltipProps {
  /** The anchor in viewport pixels (e.g. the top centre of a bar), from `getBoundingClientRect`. */
  anchor: () => { x: number; y: number } | null;
  /** Changes when the anchor moves (another item), so the tooltip is placed again. */
  anchorKey: string | number;
  children: ReactNode;
}

const GAP = 12;
const EDGE = 8;

/**
 * Where a `width` × `height` box goes next to (`x`, `y`) in a `vw` × `vh` viewport: above and right of the
 * anchor by default, left of it when it would cross the right edge, below it when it would cross the top, then
 * clamped so that it stays at least 8 px inside the viewport (a box larger than the viewport starts at 8 px).
 */
export function placeTooltip(
  x: number,
  y: number,
  width: number,
  height: number,
  vw: number,
  vh: number,
): { left: number; top: number } {
  let left = x + GAP;
  if (left + width > vw - EDGE) left = x - GAP - width;
  let top = y - GAP - height;
  if (top < EDGE) top = y + GAP;
  left = Math.max(EDGE, Math.min(left, vw - EDGE - width));
  top = Math.max(EDGE, Math.min(top, vh - EDGE - height));
  return { left, top };
}

/**
 * The kit's positioned tooltip container (a client component). It is `position: fixed` at viewport coordinates,
 * so an `overflow: hidden` card around the chart does not clip it, and it is flipped and clamped to stay inside
 * the viewport; it follows scrolling and resizing while shown. Until measured it is invisible (first frame only).
 */
export function Tooltip({ anchor, anchorKey, children }: TooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: placed again when the item (anchorKey) changes.
  useLayoutEffect(() => {
    const place = () => {
      const element = ref.current;
      const at = anchor();
      if (!element || !at) return;
      const rect = element.getBoundingClientRect();
      // A transformed or filtered ancestor makes itself the containing block of a fixed element: the offset
      // between where the element is and where its left/top put it is that block's, so it is taken off.
      const offsetX = rect.left - (Number.parseFloat(element.style.left) || 0);
      const offsetY = rect.top - (Number.parseFloat(element.style.top) || 0);
      const next = placeTooltip(at.x, at.y, rect.width, rect.height, window.innerWidth, window.innerHeight);
      const left = next.left - offsetX;
      const top = next.top - offsetY;
      setPosition((p) => (p && p.left === left && p.top === top ? p : { left, top }));
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [anchorKey]);
  return (
    <div
      ref={ref}
      className="kamkit-tooltip"
      data-placed={position ? 'true' : 'false'}
      style={{
        position: 'fixed',
        left: position?.left ?? 0,
        top: position?.top ?? 0,
        visibility: position ? 'visible' : 'hidden',
        maxWidth: `min(280px, calc(100vw - ${2 * EDGE}px))`,
      }}
    >
      {children}
    </div>
  );
}
