import type { ChartItem } from '../contract/types';
import type { ExplorerPoint } from './types';

/** What a point's tooltip says: its first line and the lines under it. */
export interface PointText {
  title: string;
  lines: string[];
}

/**
 * An {@link ExplorerPoint} whose tooltip text is written when first read (then kept): a chart with hundreds
 * of points (bars, columns of accounts, bubbles) formats only the few the reader reaches, not all of them on
 * every layout. Geometry and item are plain fields; `title` and `lines` are getters on the class, so every
 * point has the same shape. For client charts only: a React Server Component cannot pass a class instance to
 * a client component, so server-rendered charts give plain points.
 *
 * @example
 * new LazyPoint({ x, y, box, item }, () => ({ title: name, lines: [valueLine] }));
 */
export class LazyPoint implements ExplorerPoint {
  declare readonly x: number;
  declare readonly y: number;
  declare readonly box: ExplorerPoint['box'];
  declare readonly item: ChartItem<unknown> | undefined;
  declare readonly row: number | undefined;
  declare readonly col: number | undefined;
  declare private text: PointText | undefined;
  declare private readonly describe: () => PointText;

  // Fields are declared, not defined: assigned in the constructor, so no define-property helper is emitted.
  constructor(shape: Omit<ExplorerPoint, 'title' | 'lines'>, describe: () => PointText) {
    this.x = shape.x;
    this.y = shape.y;
    this.box = shape.box;
    this.item = shape.item;
    this.row = shape.row;
    this.col = shape.col;
    this.text = undefined;
    this.describe = describe;
  }

  get title(): string {
    this.text ??= this.describe();
    return this.text.title;
  }

  get lines(): string[] {
    this.text ??= this.describe();
    return this.text.lines;
  }
}
