import type { SVGProps } from 'react';
import { FONTS, round, truncateText } from './text';

/** Props of {@link MatrixCell}. Other SVG props (e.g. `data-cell="AX"`) are spread onto its `<g>`. */
export interface MatrixCellProps
  extends Omit<SVGProps<SVGGElement>, 'x' | 'y' | 'width' | 'height' | 'children'> {
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * Colour intensity in [0, 1] (see `cellIntensity`): the fill's opacity runs from 0.05 (empty) to 0.55, so text
   * in the text colour stays readable on every cell in light and dark themes.
   */
  level: number;
  /** A small name in the cell's top-left corner, e.g. `"AX"`. */
  label?: string;
  /** The cell's main figure, large and centred, e.g. the count. */
  value?: string;
  /** Smaller lines under the figure; lines that do not fit the cell are left out and long ones shortened. */
  lines?: readonly string[];
}

const LABEL_HEIGHT = 18;
const VALUE_HEIGHT = 24;
const LINE_HEIGHT = 15;

/**
 * One cell of a matrix chart (ABC/XYZ, tier migration, portfolio grids): a rectangle filled with the cell colour
 * (`--_cell`, default the accent) at an opacity that grows with `level`, a corner label, a main figure and
 * detail lines. Text is SVG text (labels stay text, never HTML). Styled by the `.kamkit-cell` classes.
 *
 * @example
 * <MatrixCell x={0} y={0} width={160} height={100} level={0.8} label="AX" value="33" lines={['€18.4M (77%)']} data-cell="AX" />
 */
export function MatrixCell({
  x,
  y,
  width,
  height,
  level,
  label,
  value,
  lines = [],
  className,
  ...rest
}: MatrixCellProps) {
  const opacity = round(0.05 + 0.5 * Math.max(0, Math.min(1, level)));
  // Text keeps 6 px from each side of the cell, measured with the kit's width model.
  const textRoom = Math.max(1, width - 12);
  const top = label && height >= LABEL_HEIGHT + VALUE_HEIGHT ? LABEL_HEIGHT : 0;
  const room = height - top - 8;
  const fitting = Math.max(0, Math.min(lines.length, Math.floor((room - VALUE_HEIGHT) / LINE_HEIGHT)));
  const shown = lines.slice(0, fitting).map((line) => truncateText(line, textRoom, FONTS.axis));
  const block = (value ? VALUE_HEIGHT : 0) + shown.length * LINE_HEIGHT;
  const start = y + top + Math.max(4, (height - top - block) / 2);
  return (
    <g {...rest} className={className ? `kamkit-cell ${className}` : 'kamkit-cell'}>
      <rect
        className="kamkit-cell__rect"
        x={round(x)}
        y={round(y)}
        width={round(width)}
        height={round(height)}
        rx={3}
        fillOpacity={opacity}
      />
      {top > 0 && label ? (
        <text className="kamkit-cell__label" x={round(x + 8)} y={round(y + 15)}>
          {truncateText(label, textRoom, FONTS.axisTitle)}
        </text>
      ) : null}
      {value ? (
        <text
          className="kamkit-cell__value"
          x={round(x + width / 2)}
          y={round(start + VALUE_HEIGHT - 6)}
          textAnchor="middle"
        >
          {value}
        </text>
      ) : null}
      {shown.map((line, i) => (
        <text
          key={i}
          className="kamkit-cell__line"
          x={round(x + width / 2)}
          y={round(start + (value ? VALUE_HEIGHT : 0) + (i + 1) * LINE_HEIGHT - 3)}
          textAnchor="middle"
        >
          {line}
        </text>
      ))}
    </g>
  );
}
