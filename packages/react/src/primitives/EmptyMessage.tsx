import type { ReactNode } from 'react';

/** Props of {@link EmptyMessage}. */
export interface EmptyMessageProps {
  /** The plot area in SVG pixels; the message is centred in it. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Shifts the message down by this many pixels (up when negative). Default 0. */
  dy?: number;
  /** The message, usually the layout's finding ("No accounts to place on the matrix."). */
  children: ReactNode;
}

/** What a chart draws instead of its marks when there is nothing to show: a centred `<text class="kamkit-empty">`. */
export function EmptyMessage({ plot, dy = 0, children }: EmptyMessageProps) {
  return (
    <text
      className="kamkit-empty"
      x={(plot.x0 + plot.x1) / 2}
      y={(plot.y0 + plot.y1) / 2 + dy}
      textAnchor="middle"
    >
      {children}
    </text>
  );
}
