import type { Key } from 'react';
import { createElement } from 'react';

/**
 * The attributes of one `<rect>`: its class, position and size, and `data-*` attributes; `undefined` leaves an
 * attribute out. Only names that React writes unchanged, so that both renderings write the same HTML.
 */
export type RectAttributes = {
  className?: string;
  x: number;
  y: number;
  width: number;
  height: number;
  [data: `data-${string}`]: string | number | undefined;
};

/** Props of {@link Rects}. */
export interface RectsProps<R> {
  /** The class of the `<g>` that holds the rects. */
  className: string;
  items: readonly R[];
  /** The attributes of an item's rect. */
  attributes: (item: R) => RectAttributes;
  /** React key of an item's rect (client rendering). Default: its index. */
  keyOf?: (item: R, index: number) => Key;
  /**
   * Write the rects as one markup string instead of one React element each. Default: where there is no
   * `document` (server rendering), else not.
   */
  markup?: boolean;
}

const SPECIAL = /["&'<>]/g;
const ENTITIES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#x27;',
  '<': '&lt;',
  '>': '&gt;',
};

/** An attribute value as React's server renderer writes it: `String(value)`, with `"&'<>` escaped. */
function escapeAttribute(value: string | number): string | number {
  if (typeof value === 'number') return value;
  return value.replace(SPECIAL, (c) => ENTITIES[c] as string);
}

/**
 * A `<g>` of many plain `<rect>`s (the bars of a chart). On the server it writes them as one markup string
 * (`dangerouslySetInnerHTML`): the same HTML, byte for byte, as one React element per rect, which costs React's
 * server renderer about 2 µs per rect (1.1 ms of a 3.8 ms render of a Pareto chart of 10,000 accounts, whose
 * 530 columns are rects). In the browser it renders elements: hydration finds the rects it expects, React updates
 * them one by one, and no `innerHTML` is set. (A React Server Component has no `document` either: its bars reach
 * the browser as markup, which React sets as the group's `innerHTML`; a page that enforces Trusted Types
 * needs a default policy for that.)
 *
 * Only numbers and escaped attribute values reach the markup ({@link RectAttributes} allows no other names).
 */
export function Rects<R>({ className, items, attributes, keyOf, markup }: RectsProps<R>) {
  if (markup ?? typeof document === 'undefined') {
    let html = '';
    for (const item of items) {
      html += '<rect';
      const attrs: Record<string, string | number | undefined> = attributes(item);
      for (const name in attrs) {
        const value = attrs[name];
        if (value === undefined) continue;
        html += ` ${name === 'className' ? 'class' : name}="${escapeAttribute(value)}"`;
      }
      html += '></rect>';
    }
    // biome-ignore lint/security/noDangerouslySetInnerHtml: numbers and escaped attribute values only (see above).
    return <g className={className} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <g className={className}>
      {items.map((item, i) =>
        createElement('rect', { key: keyOf ? keyOf(item, i) : i, ...attributes(item) }),
      )}
    </g>
  );
}
