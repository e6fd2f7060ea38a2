import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { useId } from 'react';
import { Explorer, TableToggle } from '../client';
import type { ChartSheet } from '../theme/ChartSheet';
import { ChartStyles } from '../theme/ChartStyles';
import { DataTable } from './DataTable';
import type { LegendItem } from './Legend';
import { Legend } from './Legend';
import type { ExplorerPoint, TableMode, TableSpec } from './types';

/**
 * Props every chart accepts besides its data, passed through to {@link ChartFrame}. Unknown HTML attributes are
 * spread onto the root `<div>`, except `id`, which is the id accessor of the chart's data (as in `@kamkit/core`).
 */
export interface ChartBaseProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title' | 'children' | 'id'> {
  /** Width of the chart's coordinate system in pixels. The SVG scales down fluidly to its container. */
  width?: number;
  /** Height of the chart's coordinate system in pixels. */
  height?: number;
  /** The chart's accessible title (also the SVG `<title>`). Each chart has a sensible default. */
  title?: string;
  /** Replaces the generated description (the SVG `<desc>`) that states the chart's finding in words. */
  description?: string;
  /** `'dark'` forces the dark palette for this chart; by default it follows a `data-kamkit-theme`/`.dark` ancestor. */
  theme?: 'light' | 'dark';
  /** Keyboard and pointer exploration with tooltips. Default `true`; `false` renders a static chart (works as a React Server Component). */
  interactive?: boolean;
  /** How the chart offers its data as a table. Default `'hidden'` (visually hidden, read by screen readers). */
  table?: TableMode;
  /** Renders the kit's base CSS (de-duplicated in `<head>` by React 19). Default `true`. */
  injectStyles?: boolean;
}

/** What a chart component hands to {@link ChartFrame}. */
export interface ChartFrameProps extends ChartBaseProps {
  /** Chart kind, e.g. `'pareto'`: adds the class `kamkit-pareto` and `data-kamkit-chart="pareto"`. */
  kind: string;
  width: number;
  height: number;
  title: string;
  description: string;
  /** The SVG content (marks, axes). */
  children: ReactNode;
  /** HTML above the legend, e.g. a headline figure ("MRR at risk: 48.200 €"). */
  header?: ReactNode;
  /** HTML below the plot, e.g. a per-tier summary. */
  footer?: ReactNode;
  legend?: readonly LegendItem[];
  points?: readonly ExplorerPoint[];
  explorerMode?: 'x' | 'xy';
  explorerLabel?: string;
  tableSpec?: TableSpec;
  /** Forwarded to the root element. */
  rootRef?: Ref<HTMLDivElement>;
  /** The chart family's stylesheets, rendered after the base CSS unless `injectStyles={false}`. */
  styles?: readonly ChartSheet[];
}

/**
 * The shell of every chart: root `<div>` (spreads unknown props, merges `className`, forwards the ref), legend,
 * an `<svg role="img">` with `<title>` and `<desc>`, the interactive explorer and the data table.
 */
export function ChartFrame(props: ChartFrameProps) {
  const {
    kind,
    width,
    height,
    title,
    description,
    children,
    legend,
    points,
    explorerMode,
    explorerLabel,
    tableSpec,
    rootRef,
    styles,
    header,
    footer,
    theme,
    interactive = true,
    table = 'hidden',
    injectStyles = true,
    className,
    ...rest
  } = props;
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <div
      {...rest}
      ref={rootRef}
      className={className ? `kamkit-chart kamkit-${kind} ${className}` : `kamkit-chart kamkit-${kind}`}
      data-kamkit-chart={kind}
      data-kamkit-theme={theme}
    >
      {injectStyles ? <ChartStyles sheets={styles} /> : null}
      {header}
      {legend ? <Legend items={legend} /> : null}
      <div className="kamkit-chart__plot">
        <svg
          className="kamkit-chart__svg"
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          preserveAspectRatio="xMidYMid meet"
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          {children}
        </svg>
        {interactive && points && points.length > 0 ? (
          <Explorer
            points={points}
            width={width}
            height={height}
            mode={explorerMode ?? 'x'}
            label={explorerLabel ?? `${title}: use the arrow keys to move between data points`}
          />
        ) : null}
      </div>
      {footer}
      {tableSpec && table !== 'none' ? (
        table === 'toggle' && interactive ? (
          <TableToggle spec={tableSpec} showLabel="Show data table" hideLabel="Hide data table" />
        ) : (
          <DataTable spec={tableSpec} hidden={table !== 'visible'} />
        )
      ) : null}
    </div>
  );
}
