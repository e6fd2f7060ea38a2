'use client';

import type { Ref } from 'react';
import { useCallback, useMemo } from 'react';
import type { common } from '../messages/en/common';
import { resolveCommon } from '../messages/resolve';
import type { DeepPartial } from '../messages/types';
import type { ChartFrameProps } from '../primitives/ChartFrame';
import { attempt } from './errors';
import { mergeRefs } from './mergeRefs';
import type { ChartEventProps, ChartItem, SeriesToggleProps } from './types';
import { useChartWidth } from './useChartWidth';
import { useControllable } from './useControllable';

type Id = string | number;
const NO_SERIES: readonly Id[] = [];

/** What {@link useChart} needs besides the chart's remaining props. */
export interface UseChartInput {
  /** The chart's `kind` (class `kamkit-<kind>`, `data-kamkit-chart`). */
  kind: string;
  /** The forwarded ref of the chart's root. */
  ref: Ref<HTMLDivElement>;
  /** The `width` prop (`undefined`: follow the container) and the height the chart uses. */
  width: number | undefined;
  height: number;
  locale: string | undefined;
  messages: { common?: DeepPartial<typeof common> } | undefined;
}

/** What {@link useChart} returns. */
export interface UseChart {
  /** The width to lay out at: the prop, else the container's (640 on the server and in the first render). */
  width: number;
  /** The selected item's id (controlled or the chart's own state), to mark the selected mark (`data-selected`). */
  selectedId: Id | null;
  /** The hidden series (controlled or own state) and whether a series id is hidden. */
  hiddenSeries: readonly Id[];
  isHidden: (id: Id) => boolean;
  /** Props for {@link ChartFrame} (spread them, then add title, description, marks, points and table). */
  frame: Omit<ChartFrameProps, 'title' | 'description'>;
}

/**
 * The shared part of every chart component (a client hook): measures the width, keeps the selection and the
 * hidden series (controlled when their props are given), resolves the `common` words and merges the refs. The
 * rest props (after `splitProps` took the layout options) go in; the frame props come out, events wired.
 *
 * @example
 * const [options, rest] = splitProps(props, PARETO_OPTIONS);
 * const { title, description, children, ...others } = rest;
 * const chart = useChart(others, { kind: 'pareto', ref, width: options.width, height, locale: options.locale, messages: options.messages });
 */
export function useChart<T>(
  rest: ChartEventProps<T> & SeriesToggleProps & Record<string, unknown>,
  input: UseChartInput,
): UseChart {
  const {
    onSelect,
    selectedId,
    defaultSelectedId,
    hiddenSeries,
    defaultHiddenSeries,
    onHiddenSeriesChange,
    onActiveChange,
    renderTooltip,
    ...others
  } = rest;
  const [width, measureRef] = useChartWidth(input.width);
  const [selected, setSelected] = useControllable(selectedId, defaultSelectedId ?? null);
  const select = useCallback(
    (item: ChartItem<unknown> | null) => {
      setSelected(item?.id ?? null);
      onSelect?.(item as ChartItem<T> | null);
    },
    [setSelected, onSelect],
  );
  const [hidden, setHidden] = useControllable<readonly Id[]>(
    hiddenSeries,
    defaultHiddenSeries ?? NO_SERIES,
    onHiddenSeriesChange as ((value: readonly Id[]) => void) | undefined,
  );
  const isHidden = useCallback((id: Id) => hidden.some((h) => Object.is(h, id)), [hidden]);
  const toggle = useCallback(
    (id: Id) => setHidden(isHidden(id) ? hidden.filter((h) => !Object.is(h, id)) : [...hidden, id]),
    [hidden, isHidden, setHidden],
  );
  // A getter in the caller's `messages` that throws makes `messages` an invalid option: the chart shows its
  // error state (in the built-in words) and calls onError, as for a throwing accessor, instead of throwing.
  const common = useMemo(
    () => attempt(() => resolveCommon(input.locale, input.messages?.common), 'messages'),
    [input.locale, input.messages],
  );
  const text = common.ok ? common.value : resolveCommon(input.locale, undefined);
  const rootRef = useMemo(() => mergeRefs(input.ref, measureRef), [input.ref, measureRef]);
  return {
    width,
    selectedId: selected,
    hiddenSeries: hidden,
    isHidden,
    frame: {
      ...(others as Partial<ChartFrameProps>),
      kind: input.kind,
      rootRef,
      width,
      height: input.height,
      text,
      locale: input.locale,
      selectedId: selected,
      onSelect: select,
      onActiveChange: onActiveChange as ChartFrameProps['onActiveChange'],
      renderTooltip: renderTooltip as ChartFrameProps['renderTooltip'],
      hiddenSeries: hidden,
      onToggleSeries: toggle,
      ...(common.ok ? null : { error: common.error }),
    },
  };
}
