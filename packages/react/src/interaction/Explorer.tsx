'use client';

import type { KeyboardEvent, PointerEvent } from 'react';
import { useCallback, useRef, useState } from 'react';
import type { ExplorerPoint } from '../primitives/types';

/** Props of {@link Explorer}. */
export interface ExplorerProps {
  /** The points to visit, in reading order (arrow keys move through them in this order). */
  points: readonly ExplorerPoint[];
  /** The chart's viewBox width and height, to place markers in percent (so they follow fluid scaling). */
  width: number;
  height: number;
  /** `'x'`: the pointer picks the nearest point horizontally (bars, lines); `'xy'`: the nearest in 2-D (scatter). */
  mode?: 'x' | 'xy';
  /** Accessible name of the explorer, e.g. "Accounts, use the arrow keys to move between them". */
  label: string;
}

const pct = (value: number, total: number) => `${(value / total) * 100}%`;

/**
 * The interactive layer of a chart (a client component): one tab stop over the plot; arrow keys, Home and End
 * move between the points, the pointer picks the nearest one, and the tooltip shows on focus as on hover. The
 * tooltip is also a polite live region, so a screen reader reads the point that was reached.
 */
export function Explorer({ points, width, height, mode = 'x', label }: ExplorerProps) {
  const [active, setActive] = useState<number | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const count = points.length;

  const nearest = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      const rect = event.currentTarget.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return null;
      const x = ((event.clientX - rect.left) / rect.width) * width;
      const y = ((event.clientY - rect.top) / rect.height) * height;
      let best = -1;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (let i = 0; i < count; i++) {
        const p = points[i] as ExplorerPoint;
        const dx = p.x - x;
        const distance = mode === 'x' ? Math.abs(dx) : dx * dx + (p.y - y) * (p.y - y);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = i;
        }
      }
      return best < 0 ? null : best;
    },
    [points, count, width, height, mode],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    const current = active ?? -1;
    let next: number | null = current;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(count - 1, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = current < 0 ? 0 : Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'PageDown':
        next = Math.min(count - 1, current + 10);
        break;
      case 'PageUp':
        next = Math.max(0, current - 10);
        break;
      case 'Escape':
        next = null;
        break;
      default:
        return;
    }
    event.preventDefault();
    setActive(next);
  };

  const point = active === null ? undefined : points[active];
  const onRight = point ? point.x > width * 0.6 : false;
  const below = point ? point.y < height * 0.35 : false;

  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable group over the plot, not a form field set.
    <div
      ref={ref}
      className="kamkit-explorer"
      tabIndex={count > 0 ? 0 : -1}
      role="group"
      aria-roledescription="chart explorer"
      aria-label={label}
      data-active-index={active ?? undefined}
      onKeyDown={onKeyDown}
      onFocus={() => setActive((a) => a ?? (count > 0 ? 0 : null))}
      onBlur={() => setActive(null)}
      onPointerMove={(event) => setActive(nearest(event))}
      onPointerLeave={() => {
        if (ref.current !== document.activeElement) setActive(null);
      }}
    >
      {point ? (
        <>
          <div
            className="kamkit-explorer__marker"
            data-shape={point.box ? 'box' : 'point'}
            style={
              point.box
                ? {
                    left: pct(point.box.x, width),
                    top: pct(point.box.y, height),
                    width: pct(point.box.width, width),
                    height: pct(point.box.height, height),
                    minWidth: 3,
                  }
                : { left: pct(point.x, width), top: pct(point.y, height) }
            }
          />
          <div
            className="kamkit-tooltip"
            style={{
              left: pct(point.x, width),
              top: pct(point.y, height),
              transform: `translate(${onRight ? 'calc(-100% - 12px)' : '12px'}, ${below ? '12px' : 'calc(-100% - 12px)'})`,
            }}
          >
            <p className="kamkit-tooltip__title">{point.title}</p>
            {point.lines.map((line, i) => (
              <p key={i} className="kamkit-tooltip__line">
                {line}
              </p>
            ))}
          </div>
        </>
      ) : null}
      <div className="kamkit-visually-hidden" role="status" aria-live="polite">
        {point ? [point.title, ...point.lines].join('. ') : ''}
      </div>
    </div>
  );
}
