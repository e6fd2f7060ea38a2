'use client';

import type { KamkitError } from '@kamkit/core';
import type { Ref } from 'react';
import type { ChartBaseProps, ChartFrameProps } from '../primitives/ChartFrame';
import type { ChartSheet } from '../theme/ChartSheet';
import { splitProps } from './options';
import type { ChartEventProps } from './types';
import type { UseChart } from './useChart';
import { useChart } from './useChart';

/**
 * The props of a chart component whose layout options are `O`: the shared chart props (title, theme, table,
 * animate, HTML attributes …), the events, and every layout option, with `width` optional (the container's).
 * A chart's props interface extends this and adds what is its own (usually `children`).
 */
export type ChartProps<T, O extends { width: number }> = Omit<ChartBaseProps, 'width' | 'height'> &
  ChartEventProps<T> &
  Omit<O, 'width'> & {
    /** Width in pixels. Default: the container's width (640 on the server). */
    width?: number;
  };

/** What {@link useChartShell} needs to know about a chart besides its props. */
export interface ChartSpec {
  /** The chart's kind: class `kamkit-<kind>` and `data-kamkit-chart` on the root. */
  kind: string;
  /** The keys of its layout options (`<CHART>_OPTIONS`): split from the props, never on the DOM. */
  options: readonly PropertyKey[];
  /** Height of the frame when the `height` prop is not a number, until the layout sets its own. */
  height: number;
  /** The family's stylesheets, rendered after the base CSS. */
  styles?: readonly ChartSheet[];
}

/** The props {@link useChartShell} reads itself; the rest go to `useChart` and the frame. */
interface ShellProps {
  title?: string;
  description?: string;
  children?: unknown;
  width?: number;
  height?: number;
  locale?: string;
}

/** Frame props without the words the layout supplies. */
type FrameBase = Omit<ChartFrameProps, 'title' | 'description'>;

/** What {@link useChartShell} returns: {@link UseChart} plus the split props and the frame's props. */
export interface ChartShell<P extends ShellProps> extends UseChart {
  /**
   * The layout options (the props named in `spec.options`, those `undefined` left out), `width` set to the width
   * to lay out at. Typed by what the shell reads; the component casts it to its options type.
   */
  options: { width: number; height?: number };
  /** The `children` prop (a render function of the layout, for most charts). */
  children: P['children'];
  /** The frame's props: events wired, width, height, the common words and the family's stylesheets. */
  frame: FrameBase;
  /** The frame's props with the title and description: the props' if given, else the layout's. */
  framed: (layout: { title: string; description: string }) => ChartFrameProps;
  /** The frame's props for the error state (the props' title and description, if any). */
  failed: (error: KamkitError) => ChartFrameProps;
}

/**
 * The part every chart component shares (a client hook): splits the layout options from the props
 * (`splitProps`), runs {@link useChart} on the rest (width, selection, hidden series, common words, refs) and
 * hands back the frame's props for the chart and for its error state. The component keeps only what is its own:
 * its layout hook, its marks and its frame extras (legend, points, table).
 *
 * @example
 * const shell = useChartShell(props, ref, { kind: 'pareto', options: PARETO_OPTIONS, height: PARETO_HEIGHT });
 * const result = useParetoLayout<T>(shell.options as ParetoLayoutOptions<T>);
 * if (!result.ok) return <ChartFrame {...shell.failed(result.error)} />;
 * return <ChartFrame {...shell.framed(result.value)}>…</ChartFrame>;
 */
export function useChartShell<P extends ShellProps>(
  props: P,
  ref: Ref<HTMLDivElement>,
  spec: ChartSpec,
): ChartShell<P> {
  const [options, rest] = splitProps(props as Record<string, unknown>, spec.options as string[]);
  const { title, description, children, ...others } = rest as ShellProps & Record<string, unknown>;
  const height = typeof options.height === 'number' ? options.height : spec.height;
  const chart = useChart(others, {
    kind: spec.kind,
    ref,
    width: options.width as number | undefined,
    height,
    locale: options.locale as string | undefined,
    messages: options.messages as Parameters<typeof useChart>[1]['messages'],
  });
  const frame: FrameBase = spec.styles ? { ...chart.frame, styles: spec.styles } : chart.frame;
  return {
    ...chart,
    options: { ...options, width: chart.width } as ChartShell<P>['options'],
    children: children as P['children'],
    frame,
    framed: (layout) => ({
      ...frame,
      title: title ?? layout.title,
      description: description ?? layout.description,
    }),
    failed: (error) => ({ ...frame, title: title ?? '', description: description ?? '', error }),
  };
}
