/** One entry of a {@link Legend}. */
export interface LegendItem {
  /** The entry's text. */
  label: string;
  /** A CSS colour, usually a `var(--…)`. */
  color: string;
  /** Swatch shape. Default `'square'`. */
  shape?: 'square' | 'line' | 'dash';
}

/** An HTML legend above the plot (text wraps and scales with the page, unlike SVG text). */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="kamkit-legend">
      {items.map((item) => (
        <li key={item.label} className="kamkit-legend__item">
          <span
            className="kamkit-legend__swatch"
            data-shape={item.shape ?? 'square'}
            style={{ ['--_swatch' as string]: item.color }}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
