'use client';

import type { RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';

/** The width a chart lays out at on the server and before its first measurement: the same on both, so it hydrates. */
export const SERVER_WIDTH = 640;

/** The root attribute that lets the kit's CSS move marks (see {@link useChartWidth}). */
export const MOTION = 'data-kamkit-motion';

/**
 * The width a chart lays out at, and the ref of the element whose width it follows. With `width` given, that
 * width (no measuring). Without it, {@link SERVER_WIDTH} on the server and in the first client render (so
 * hydration matches), then the element's content width from a `ResizeObserver`, rounded to whole pixels (0 is
 * ignored: a hidden container keeps the last width). Text keeps its size: the chart is laid out again, not
 * scaled.
 *
 * Motion: the kit's CSS moves marks only inside a root with `data-kamkit-motion`, which this hook sets on the
 * element two frames after the chart was committed at its final width (the `width` prop, or the first
 * measurement): the frame in between paints that layout without transitions, so neither the first paint nor
 * the step from 640 px to the container's width animates. A new measured width (a resize) takes the attribute
 * off before the new layout is styled and sets it again two frames later; only data changes move marks. In
 * an environment without `ResizeObserver` and without a `width`, motion stays off.
 */
export function useChartWidth<E extends HTMLElement = HTMLDivElement>(
  width: number | undefined,
): [number, RefObject<E | null>] {
  const ref = useRef<E | null>(null);
  // 0 until the first measurement.
  const [measured, setMeasured] = useState(0);
  const fixed = width !== undefined;
  useEffect(() => {
    const element = ref.current;
    if (fixed || !element || typeof ResizeObserver === 'undefined') return;
    let last = 0;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      if (next <= 0 || next === last) return;
      last = next;
      element.removeAttribute(MOTION);
      setMeasured(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixed]);
  useEffect(() => {
    const element = ref.current;
    if (!element || (!fixed && measured === 0) || typeof requestAnimationFrame === 'undefined') return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => element.setAttribute(MOTION, ''));
    });
    return () => cancelAnimationFrame(frame);
  }, [fixed, measured]);
  return [width ?? (measured || SERVER_WIDTH), ref];
}
