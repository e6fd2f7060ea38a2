import type { ExplorerPoint } from './types';

/** What an explorer point's tooltip says: its title and further lines. */
export interface PointText {
  title: string;
  lines: string[];
}

/**
 * An {@link ExplorerPoint} whose tooltip text is written only when first read (when the point is reached by
 * the keyboard or the pointer), then kept. A chart with hundreds of points formats one tooltip per visit
 * instead of all of them up front. The result is a plain object whose `title` and `lines` are enumerable
 * getters, so it still crosses the server/client boundary of React Server Components (serialised in full).
 *
 * @example
 * lazyPoint({ x: 10, y: 20 }, () => ({ title: 'Acme', lines: [`Revenue: ${format.value(1234)}`] }));
 */
export function lazyPoint(
  anchor: Omit<ExplorerPoint, 'title' | 'lines'>,
  text: () => PointText,
): ExplorerPoint {
  let written: PointText | undefined;
  const read = () => {
    written ??= text();
    return written;
  };
  return {
    x: anchor.x,
    y: anchor.y,
    box: anchor.box,
    get title() {
      return read().title;
    },
    get lines() {
      return read().lines;
    },
  };
}
