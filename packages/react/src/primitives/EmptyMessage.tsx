import type { ReactNode } from 'react';
import { FONTS, wrapText } from './text';

/** Props of {@link EmptyMessage}. */
export interface EmptyMessageProps {
  /** The plot area in SVG pixels; the message is centred in it. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Shifts the message down by this many pixels (up when negative). Default 0. */
  dy?: number;
  /** The message, usually the layout's finding ("No accounts to place on the matrix."). */
  children: ReactNode;
  /**
   * Why, under the message in smaller text, wrapped to the plot's width (at most 4 lines), e.g. the records left
   * out by reason ("Left out: 12 values are text, not numbers."). Default none.
   */
  detail?: string;
}

/**
 * What a chart draws instead of its marks when there is nothing to show: a centred `<text class="kamkit-empty">`,
 * and with `detail` a `<text class="kamkit-empty__detail">` of wrapped lines under it.
 */
export function EmptyMessage({ plot, dy = 0, children, detail }: EmptyMessageProps) {
  const x = (plot.x0 + plot.x1) / 2;
  const y = (plot.y0 + plot.y1) / 2 + dy;
  const lines = detail ? wrapText(detail, Math.max(40, plot.x1 - plot.x0 - 16), FONTS.axis, 4) : [];
  return (
    <>
      <text className="kamkit-empty" x={x} y={y} textAnchor="middle">
        {children}
      </text>
      {lines.length > 0 ? (
        <text className="kamkit-empty__detail" x={x} y={y + 22} textAnchor="middle">
          {lines.map((line, i) => (
            <tspan key={i} x={x} dy={i === 0 ? undefined : '1.3em'}>
              {line}
            </tspan>
          ))}
        </text>
      ) : null}
    </>
  );
}
