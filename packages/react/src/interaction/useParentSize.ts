'use client';

import { useEffect, useRef, useState } from 'react';

/** What {@link useParentSize} returns. */
export interface ParentSize<E extends HTMLElement> {
  /** Attach to the element to measure. */
  ref: React.RefObject<E | null>;
  /** Its content-box width in pixels (the initial value until measured). */
  width: number;
  /** Its content-box height in pixels (the initial value until measured). */
  height: number;
}

/**
 * Measures an element with `ResizeObserver` (a client hook). Before the first measurement — and on the server —
 * it returns the initial size, so server-rendered charts are complete.
 *
 * @example
 * const { ref, width } = useParentSize<HTMLDivElement>({ width: 640, height: 360 });
 * return <div ref={ref}><ParetoChart data={rows} width={width} height={360} /></div>;
 */
export function useParentSize<E extends HTMLElement = HTMLDivElement>(
  initial: { width: number; height: number } = { width: 640, height: 360 },
): ParentSize<E> {
  const ref = useRef<E | null>(null);
  const [size, setSize] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width: size.width, height: size.height };
}
