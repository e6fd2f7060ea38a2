import { round } from '../../primitives/text';
import type { ScoreBreakdownLayout } from './breakdownTypes';

type Selected = string | number | null;

/**
 * The breakdown's SVG body: column headings and the scale's ticks, the grid, and one row per axis, criterion
 * and the total (name, weight, value, its bar or a "not scored" mark, and its points); the finding when there
 * is no account to show. The row of the selected item gets `data-selected`.
 */
export function BreakdownBody<T>({
  layout,
  selected,
}: {
  layout: ScoreBreakdownLayout<T>;
  selected: Selected;
}) {
  if (!layout.row) {
    return (
      <text className="kamkit-empty" x={layout.width / 2} y={layout.height / 2} textAnchor="middle">
        {layout.finding}
      </text>
    );
  }
  return (
    <>
      <BreakdownHeadings layout={layout} />
      <BreakdownGrid layout={layout} />
      <g className="kamkit-breakdown__rows">
        {layout.lines.map((line) => (
          <BreakdownRow key={line.key} layout={layout} line={line} selected={selected} />
        ))}
      </g>
    </>
  );
}

/** The column headings (criterion, weight, value, points) and the scale's tick labels. */
function BreakdownHeadings<T>({ layout }: { layout: ScoreBreakdownLayout<T> }) {
  const { columns, headingY, words } = layout;
  return (
    <g className="kamkit-column-titles">
      <text className="kamkit-column-title" x={columns.label} y={headingY}>
        {words.criterion}
      </text>
      <text className="kamkit-column-title" x={columns.weight} y={headingY} textAnchor="end">
        {words.weight}
      </text>
      <text className="kamkit-column-title" x={columns.rating} y={headingY} textAnchor="end">
        {words.value}
      </text>
      {layout.ticks.map((tick) => (
        <text
          // Narrow: the scale has a row of its own below the headings, set as plain figures, not headings.
          className={layout.narrow ? 'kamkit-breakdown__cell' : 'kamkit-column-title'}
          key={tick.label}
          x={round(tick.position)}
          y={layout.tickY}
          textAnchor="middle"
        >
          {tick.label}
        </text>
      ))}
      <text className="kamkit-column-title" x={columns.value} y={headingY} textAnchor="end">
        {words.points}
      </text>
    </g>
  );
}

/** The scale's grid lines: through the whole table, or (narrow) through each bar only. */
function BreakdownGrid<T>({ layout }: { layout: ScoreBreakdownLayout<T> }) {
  const { lines, top } = layout;
  const last = lines[lines.length - 1];
  const bottom = last ? last.y + last.height : top;
  return (
    <g className="kamkit-grid">
      {layout.narrow
        ? // Narrow: the grid runs through the bars only, never through the names and figures above them.
          lines.flatMap((line) =>
            layout.ticks.map((tick) => (
              <line
                key={`${line.key}-${tick.label}`}
                x1={Math.round(tick.position) + 0.5}
                x2={Math.round(tick.position) + 0.5}
                y1={round(line.barY - line.barHeight / 2 - 3)}
                y2={round(line.barY + line.barHeight / 2 + 3)}
              />
            )),
          )
        : layout.ticks.map((tick) => (
            <line
              key={tick.label}
              x1={Math.round(tick.position) + 0.5}
              x2={Math.round(tick.position) + 0.5}
              y1={top - 4}
              y2={round(bottom)}
            />
          ))}
    </g>
  );
}

/** One row: an axis, a criterion or the total, with its name, weight, value, bar (or "not scored") and points. */
function BreakdownRow<T>({
  layout,
  line,
  selected,
}: {
  layout: ScoreBreakdownLayout<T>;
  line: ScoreBreakdownLayout<T>['lines'][number];
  selected: Selected;
}) {
  const { columns, x, words } = layout;
  const mid = line.textY;
  const { barY, barHeight } = line;
  return (
    <g
      className={`kamkit-breakdown__row kamkit-breakdown__row--${line.kind}`}
      data-kind={line.kind}
      data-axis={line.axis}
      data-selected={selected !== null && Object.is(line.item.id, selected) ? 'true' : undefined}
      data-criterion={line.kind === 'criterion' ? line.key : undefined}
      data-incomplete={line.incomplete ? 'true' : undefined}
      data-clamped={line.clamped ? 'true' : undefined}
    >
      {line.kind !== 'criterion' ? (
        <line
          className="kamkit-breakdown__rule"
          x1={columns.label}
          x2={columns.value}
          y1={round(line.y) + 0.5}
          y2={round(line.y) + 0.5}
        />
      ) : null}
      <text
        className="kamkit-breakdown__name"
        x={line.kind === 'criterion' ? columns.label + 12 : columns.label}
        y={round(mid)}
        dy="0.32em"
      >
        {line.text}
      </text>
      <text className="kamkit-breakdown__cell" x={columns.weight} y={round(mid)} dy="0.32em" textAnchor="end">
        {line.weightText}
      </text>
      <text className="kamkit-breakdown__cell" x={columns.rating} y={round(mid)} dy="0.32em" textAnchor="end">
        {line.clamped ? `${line.ratingText}*` : line.ratingText}
      </text>
      {line.incomplete ? (
        <>
          <rect
            className="kamkit-breakdown__missing"
            x={round(line.x0)}
            y={round(barY - barHeight / 2)}
            width={round(Math.max(24, (x(100) - x(0)) * 0.12))}
            height={barHeight}
          />
          <text
            className="kamkit-breakdown__cell kamkit-breakdown__note"
            x={round(line.x0 + Math.max(24, (x(100) - x(0)) * 0.12) + 6)}
            y={round(barY)}
            dy="0.32em"
          >
            {words.notScored}
          </text>
        </>
      ) : (
        <rect
          className="kamkit-breakdown__bar"
          data-axis={line.axis}
          x={round(line.x0)}
          y={round(barY - barHeight / 2)}
          width={round(Math.max(line.value > 0 ? 1 : 0, line.x1 - line.x0))}
          height={barHeight}
        />
      )}
      <text className="kamkit-breakdown__value" x={columns.value} y={round(mid)} dy="0.32em" textAnchor="end">
        {line.valueText}
      </text>
    </g>
  );
}
