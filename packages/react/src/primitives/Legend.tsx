/** One entry of a {@link Legend}. */
export interface LegendItem {
  /** The entry's text. */
  label: string;
  /** A CSS colour, usually a `var(--…)`. */
  color: string;
  /** Swatch shape. Default `'square'`. */
  shape?: 'square' | 'line' | 'dash';
  /** The series this entry stands for; entries with an id become toggle buttons when the legend has `onToggle`. */
  id?: string | number;
}

/**
 * `var(--name)` → `--name`, `currentColor` as it is: colours the kit's sheets style by `data-swatch`, so the
 * server writes no inline style for them (strict CSP). Any other colour gets an inline custom property.
 */
function swatchOf(color: string): string | undefined {
  if (color === 'currentColor') return color;
  return /^var\((--[\w-]+)\)$/.exec(color)?.[1];
}

/** Props of {@link Legend}. */
export interface LegendProps {
  items: readonly LegendItem[];
  /** Ids of the hidden series: their buttons are `aria-pressed="false"` and drawn muted. */
  hidden?: readonly (string | number)[];
  /** Makes entries with an `id` buttons that toggle their series (click, Enter, Space). */
  onToggle?: (id: string | number) => void;
  /** Accessible name of the list of toggles, e.g. "Legend: press a series to show or hide it". */
  label?: string;
}

/**
 * An HTML legend above the plot (text wraps and scales with the page, unlike SVG text). With `onToggle`, each
 * entry that names a series is a `<button aria-pressed>`: pressed while the series is shown.
 */
export function Legend({ items, hidden, onToggle, label }: LegendProps) {
  if (items.length === 0) return null;
  const toggles = onToggle !== undefined && items.some((item) => item.id !== undefined);
  return (
    <ul className="kamkit-legend" aria-label={toggles ? label : undefined}>
      {items.map((item) => {
        const named = swatchOf(item.color);
        const swatch = (
          <span
            className="kamkit-legend__swatch"
            data-shape={item.shape ?? 'square'}
            data-swatch={named}
            style={named ? undefined : { ['--_swatch' as string]: item.color }}
            aria-hidden="true"
          />
        );
        if (!toggles || item.id === undefined) {
          return (
            <li key={item.label} className="kamkit-legend__item">
              {swatch}
              {item.label}
            </li>
          );
        }
        const id = item.id;
        const shown = !hidden?.some((h) => Object.is(h, id));
        return (
          <li key={String(id)} className="kamkit-legend__item">
            <button
              type="button"
              className="kamkit-legend__toggle"
              aria-pressed={shown}
              data-hidden={shown ? undefined : 'true'}
              onClick={() => onToggle?.(id)}
            >
              {swatch}
              {item.label}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
