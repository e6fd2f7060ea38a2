'use client';

import type { KeyboardEvent, MouseEvent, PointerEvent, ReactNode } from 'react';
import { useRef } from 'react';
import type { ChartItem } from '../contract/types';
import type { ExplorerPoint } from '../primitives/types';
import type { ExplorerMode } from './navigate';
import { nearestIndex, nextIndex } from './navigate';
import { Tooltip } from './Tooltip';
import { useExplorerState } from './useExplorerState';

type Id = string | number;

/** Props of {@link Explorer}. */
export interface ExplorerProps {
  /** The points to visit, in reading order (arrow keys move through them in this order, or by row/col in grid mode). */
  points: readonly ExplorerPoint[];
  /** The chart's viewBox width and height, to place markers in percent (so they follow fluid scaling). */
  width: number;
  height: number;
  /** `'x'`: the pointer picks the nearest point horizontally (bars, lines); `'xy'`: in 2-D; `'grid'`: 2-D keys. */
  mode?: ExplorerMode;
  /** Accessible name of the explorer (the chart's title and how to use the keys). */
  label: string;
  /** `aria-roledescription` of the explorer. Default `'chart explorer'`. */
  roleDescription?: string;
  /** Selected item id (controlled when not `undefined`), and the uncontrolled start. */
  selectedId?: Id | null;
  defaultSelectedId?: Id | null;
  /** Active item id (controlled when not `undefined`). */
  activeId?: Id | null;
  onSelect?: (item: ChartItem<unknown> | null) => void;
  onActiveChange?: (item: ChartItem<unknown> | null) => void;
  /** Custom tooltip content; `null` from it hides the tooltip for that item. */
  renderTooltip?: (item: ChartItem<unknown>) => ReactNode;
  /** `false`: no tooltip. Default `true`. */
  tooltip?: boolean;
  /** What the live region says after a selection (`name` is the point's title) and after clearing it. */
  announceSelected?: (name: string) => string;
  announceCleared?: string;
}

const pct = (value: number, total: number) => `${(value / total) * 100}%`;
const idOf = (point: ExplorerPoint | undefined, index: number): Id =>
  point?.item ? point.item.id : `#${index}`;

/**
 * The interactive layer of a chart (a client component): one tab stop over the plot; arrow keys, Home and End
 * move the active point (in 2-D by row and column in `'grid'` mode), Enter or Space selects it, Escape clears the
 * selection (or, with nothing selected, hides the tooltip); the pointer activates the nearest point and a click
 * selects it (a click on the selected point clears). The active point shows a tooltip; the live region reads
 * it, and announces selections.
 */
export function Explorer(props: ExplorerProps) {
  const { points, width, height, mode = 'x', label, tooltip = true, renderTooltip } = props;
  const count = points.length;
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useExplorerState(props.defaultSelectedId ?? null);
  // Controlled when not `undefined`: then the state's own id is not shown.
  const activeId = props.activeId === undefined ? state.active : props.activeId;
  const selectedId = props.selectedId === undefined ? state.selected : props.selectedId;
  const indexOf = (id: Id | null) =>
    id === null ? -1 : points.findIndex((p, i) => Object.is(idOf(p, i), id));
  const active = indexOf(activeId);
  const selected = indexOf(selectedId);

  const activate = (index: number) => {
    const point = points[index];
    const id = index < 0 ? null : idOf(point, index);
    if (Object.is(id, activeId)) return;
    setState({ ...state, active: id, said: point ? [point.title, ...point.lines].join('. ') : '' });
    props.onActiveChange?.(point?.item ?? null);
  };
  const choose = (id: Id | null, said: string) => setState({ ...state, selected: id, said });
  const select = (index: number) => {
    const point = points[index];
    if (!point || Object.is(idOf(point, index), selectedId)) {
      if (selectedId === null) return;
      choose(null, props.announceCleared ?? 'Selection cleared.');
      props.onSelect?.(null);
      return;
    }
    choose(idOf(point, index), props.announceSelected?.(point.title) ?? `${point.title} selected.`);
    props.onSelect?.(point.item ?? null);
  };

  const pointAt = (event: PointerEvent<HTMLDivElement> | MouseEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return active >= 0 ? active : count > 0 ? 0 : -1;
    const x = ((event.clientX - rect.left) / rect.width) * width;
    const y = ((event.clientY - rect.top) / rect.height) * height;
    return nearestIndex(points, x, y, mode);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (active >= 0) select(active);
      return;
    }
    if (event.key === 'Escape') {
      if (selectedId !== null) select(-1);
      else activate(-1);
      return;
    }
    const next = nextIndex(event.key, active, points, mode);
    if (next === undefined) return;
    event.preventDefault();
    activate(next);
  };

  const point = active >= 0 ? points[active] : undefined;
  const selectedPoint = selected >= 0 ? points[selected] : undefined;
  const content = point && tooltip ? tooltipContent(point, renderTooltip) : null;
  const anchor = () => {
    const rect = ref.current?.getBoundingClientRect();
    if (!rect || !point) return null;
    return { x: rect.left + (point.x / width) * rect.width, y: rect.top + (point.y / height) * rect.height };
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable group over the plot, not a form field set.
    <div
      ref={ref}
      className="kamkit-explorer"
      tabIndex={count > 0 ? 0 : -1}
      role="group"
      aria-roledescription={props.roleDescription ?? 'chart explorer'}
      aria-label={label}
      data-active-index={active >= 0 ? active : undefined}
      data-selected-index={selected >= 0 ? selected : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (active < 0 && count > 0) activate(Math.max(selected, 0));
      }}
      onBlur={() => activate(-1)}
      onPointerMove={(event) => activate(pointAt(event))}
      onPointerLeave={() => {
        if (ref.current !== document.activeElement) activate(-1);
      }}
      onClick={(event) => select(pointAt(event))}
    >
      {selectedPoint ? <Marker point={selectedPoint} width={width} height={height} selected /> : null}
      {point ? <Marker point={point} width={width} height={height} /> : null}
      {content !== null ? (
        <Tooltip anchor={anchor} anchorKey={idOf(point, active)}>
          {content}
        </Tooltip>
      ) : null}
      <div className="kamkit-visually-hidden" role="status" aria-live="polite">
        {state.said}
      </div>
    </div>
  );
}

/** The tooltip's content for a point: the caller's (`renderTooltip`) when the point has an item, else its lines. */
function tooltipContent(
  point: ExplorerPoint,
  renderTooltip: ExplorerProps['renderTooltip'],
): ReactNode | null {
  if (renderTooltip && point.item) return renderTooltip(point.item) ?? null;
  return (
    <>
      <p className="kamkit-tooltip__title">{point.title}</p>
      {point.lines.map((line, i) => (
        <p key={i} className="kamkit-tooltip__line">
          {line}
        </p>
      ))}
    </>
  );
}

/** The outline of the active point, or of the selected one (`data-selected`). */
function Marker(props: { point: ExplorerPoint; width: number; height: number; selected?: boolean }) {
  const { point, width, height, selected } = props;
  const box = point.box;
  return (
    <div
      className={
        selected ? 'kamkit-explorer__marker kamkit-explorer__marker--selected' : 'kamkit-explorer__marker'
      }
      data-shape={box ? 'box' : 'point'}
      data-selected={selected ? 'true' : undefined}
      style={
        box
          ? {
              left: pct(box.x, width),
              top: pct(box.y, height),
              width: pct(box.width, width),
              height: pct(box.height, height),
              minWidth: 3,
            }
          : { left: pct(point.x, width), top: pct(point.y, height) }
      }
    />
  );
}
