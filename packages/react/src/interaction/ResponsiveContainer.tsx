'use client';

import type { CSSProperties, ReactNode } from 'react';
import { useParentSize } from './useParentSize';

/** Props of {@link ResponsiveContainer}. */
export interface ResponsiveContainerProps {
  /** Renders the chart for the measured size. */
  children: (size: { width: number; height: number }) => ReactNode;
  /** Height in pixels; the width follows the container. Default 360. */
  height?: number;
  /** Width used before the first measurement and on the server. Default 640. */
  initialWidth?: number;
  className?: string;
  style?: CSSProperties;
}

/**
 * Gives a chart the width of its container through a render function (a client component). Optional: charts
 * already fill their container's width and lay out at it when `width` is not given; use this only to lay out
 * several elements at one measured size.
 *
 * @example
 * <ResponsiveContainer height={320}>{({ width, height }) => <ParetoChart data={rows} width={width} height={height} />}</ResponsiveContainer>
 */
export function ResponsiveContainer({
  children,
  height = 360,
  initialWidth = 640,
  className,
  style,
}: ResponsiveContainerProps) {
  const { ref, width } = useParentSize<HTMLDivElement>({ width: initialWidth, height });
  return (
    <div ref={ref} className={className} style={{ width: '100%', ...style }}>
      {children({ width: Math.max(1, width), height })}
    </div>
  );
}
