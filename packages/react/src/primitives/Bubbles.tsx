import type { Id, Quadrant } from '@kamkit/core';
import type { Bubble, PlacedLabel } from './scatter';
import { round } from './text';

/** A bubble of a quadrant chart: geometry plus what it stands for. */
export interface BubbleMark extends Bubble {
  /** The account's id (`data-id`). */
  id: Id;
  /** The account's quadrant (`data-quadrant` = its key, `data-position`; the colour follows the position). */
  quadrant: Quadrant;
  /** `true` marks the bubble `data-incomplete="true"` (e.g. a score from fewer criteria), drawn dashed. */
  incomplete?: boolean;
}

/** Props of {@link Bubbles}. */
export interface BubblesProps {
  /** The bubbles, in row order. */
  marks: readonly BubbleMark[];
  /** Indices into `marks` in drawing order (largest first). */
  drawOrder: readonly number[];
  /** Labels of the most important bubbles. */
  labels: readonly PlacedLabel[];
  /** The selected account's id: its bubble gets `data-selected="true"` (drawn with a ring). */
  selectedId?: Id | null;
}

/**
 * The marks of a bubble or scatter chart: one `<circle class="kamkit-bubble">` per account (with
 * `data-quadrant`, `data-position`, `data-id`) drawn largest first, then the labels (`.kamkit-bubble-label`)
 * with a halo. Shared by the scoring matrix and the profit matrix.
 */
export function Bubbles({ marks, drawOrder, labels, selectedId = null }: BubblesProps) {
  return (
    <>
      <g className="kamkit-bubbles">
        {drawOrder.map((i) => {
          const mark = marks[i] as BubbleMark;
          return (
            <circle
              // Keyed by the account (ids are unique), so a bubble keeps its element when the data changes in
              // place and moves to its new place (motion) instead of another account's bubble taking it.
              key={typeof mark.id + String(mark.id)}
              className="kamkit-bubble"
              data-quadrant={mark.quadrant.key}
              data-position={mark.quadrant.position}
              data-id={mark.id}
              data-incomplete={mark.incomplete ? 'true' : undefined}
              data-selected={selectedId !== null && Object.is(mark.id, selectedId) ? 'true' : undefined}
              cx={round(mark.cx)}
              cy={round(mark.cy)}
              r={round(mark.r)}
            />
          );
        })}
      </g>
      {labels.length > 0 ? (
        <g className="kamkit-bubble-labels">
          {labels.map((label) => (
            <text
              key={label.index}
              className="kamkit-bubble-label"
              data-side={label.side}
              x={round(label.x)}
              y={round(label.y)}
              textAnchor={label.anchor}
            >
              {label.text}
            </text>
          ))}
        </g>
      ) : null}
    </>
  );
}
