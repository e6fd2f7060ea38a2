'use client';

import type { RefObject } from 'react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/** The width a chart lays out at on the server and before its first measurement: the same on both, so it hydrates. */
export const SERVER_WIDTH = 640;

/** The root attribute that lets the kit's CSS move marks (see {@link useChartWidth}). */
export const MOTION = 'data-kamkit-motion';

/**
 * Most marks (`rect`, `circle`, `path` in the chart's SVG) a chart moves: with more, its data changes are drawn
 * at once. Hundreds of marks moving at the same time are not seen as motion, and their transitions cost the
 * browser a style and paint pass per frame for each mark.
 */
export const MOTION_MAX_MARKS = 500;

// A layout effect on the client (before the browser styles the commit); React 18 warns about one on the server.
const useCommitEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Sets {@link MOTION} when the chart has at most {@link MOTION_MAX_MARKS} marks, and takes it off otherwise. */
const allowMotion = (element: Element) =>
  element.toggleAttribute(
    MOTION,
    element.querySelectorAll('svg :is(rect,circle,path)').length <= MOTION_MAX_MARKS,
  );

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
 * an environment without `ResizeObserver` and without a `width`, motion stays off. Every commit after that counts
 * the chart's marks before the browser styles it: a chart with more than {@link MOTION_MAX_MARKS} has no
 * attribute, so its next data change is drawn at once.
 */
export function useChartWidth<E extends HTMLElement = HTMLDivElement>(
  width: number | undefined,
): [number, RefObject<E | null>] {
  const ref = useRef<E | null>(null);
  // 0 until the first measurement.
  const [measured, setMeasured] = useState(0);
  // Painted at the final width: motion may be allowed.
  const ready = useRef(false);
  const fixed = width !== undefined;
  // After every commit: a data change changes the marks.
  useCommitEffect(() => {
    if (ready.current && ref.current) allowMotion(ref.current);
  });
  useEffect(() => {
    const element = ref.current;
    if (fixed || !element || typeof ResizeObserver === 'undefined') return;
    let last = 0;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      if (next <= 0 || next === last) return;
      last = next;
      ready.current = false;
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
      frame = requestAnimationFrame(() => {
        ready.current = true;
        allowMotion(element);
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [fixed, measured]);
  return [width ?? (measured || SERVER_WIDTH), ref];
}
