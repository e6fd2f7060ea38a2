'use client';

import type { RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';

/** The width a chart lays out at on the server and before its first measurement: the same on both, so it hydrates. */
export const SERVER_WIDTH = 640;

/**
 * The width a chart lays out at, and the ref of the element whose width it follows. With `width` given, that
 * width (no measuring). Without it, {@link SERVER_WIDTH} on the server and in the first client render (so
 * hydration matches), then the element's content width from a `ResizeObserver`, rounded to whole pixels (0 is
 * ignored: a hidden container keeps the last width). Text keeps its size: the chart is laid out again, not
 * scaled.
 */
export function useChartWidth<E extends HTMLElement = HTMLDivElement>(
  width: number | undefined,
): [number, RefObject<E | null>] {
  const ref = useRef<E | null>(null);
  const [measured, setMeasured] = useState(SERVER_WIDTH);
  const fixed = width !== undefined;
  useEffect(() => {
    const element = ref.current;
    if (fixed || !element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      if (next > 0) setMeasured((w) => (w === next ? w : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixed]);
  return [width ?? measured, ref];
}
