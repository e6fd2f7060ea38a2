import type { KamkitError } from '@kamkit/core';
import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { useId, useMemo } from 'react';
import { ErrorReporter, Explorer, TableToggle } from '../client';
import { errorText } from '../contract/errors';
import type { ChartEventProps } from '../contract/types';
import { createFormat } from '../format/createFormat';
import { common as enCommon } from '../messages/en/common';
import { translate } from '../messages/translate';
import type { MessageShape } from '../messages/types';
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
export interface ChartBaseProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'title' | 'children' | 'id' | 'onSelect' | 'onError'> {
  /**
   * Width of the chart in pixels. Default: the container's width (measured on the client; 640 on the server and
   * in the first render, so hydration matches). A chart is laid out at its width, so text keeps its size.
   */
  width?: number;
  /** Height of the chart's coordinate system in pixels. */
  height?: number;
  /** The chart's accessible title (also the SVG `<title>`). Each chart has a default from the message catalogue. */
  title?: string;
  /** Replaces the generated description (the SVG `<desc>`) that states the chart's finding in words. */
  description?: string;
  /**
   * `'light'`/`'dark'` force the palette for this chart, whatever the page (a `.dark` ancestor or a
   * `data-kamkit-theme` ancestor); `'auto'` follows the reader's `prefers-color-scheme`. With any of the three the
   * chart paints its own surface and text colour (`--kamkit-surface`, `--kamkit-text`). Unset: follows the nearest
   * `data-kamkit-theme` ancestor, else a `.dark` ancestor, else light; the chart is transparent and its text
   * inherits.
   */
  theme?: 'light' | 'dark' | 'auto';
  /**
   * Nonce of a strict Content Security Policy, written on the chart's `<style>` elements (see `ChartStyles`).
   * With React 19 also pass it to the server render: `renderToReadableStream(app, { nonce: { style: nonce } })`.
   */
  nonce?: string;
  /** Keyboard and pointer exploration with tooltips. Default `true`; `false` renders a static chart. */
  interactive?: boolean;
  /** How the chart offers its data as a table. Default `'hidden'` (visually hidden, read by screen readers). */
  table?: TableMode;
  /** Renders the kit's base CSS (de-duplicated in `<head>` by React 19). Default `true`. */
  injectStyles?: boolean;
  /**
   * Marks move when data changes in place (same chart, new values); off under `prefers-reduced-motion`.
   * Default `true`; `false` sets `data-kamkit-animate="false"` on the root, and the kit's CSS moves nothing.
   */
  animate?: boolean;
}

/** What a chart component hands to {@link ChartFrame}. */
export interface ChartFrameProps extends ChartBaseProps, Omit<ChartEventProps<unknown>, 'onError'> {
  /** Chart kind, e.g. `'pareto'`: adds the class `kamkit-pareto` and `data-kamkit-chart="pareto"`. */
  kind: string;
  width: number;
  height: number;
  title: string;
  description: string;
  /** The SVG content (marks, axes). */
  children?: ReactNode;
  /** HTML above the legend, e.g. a headline figure ("MRR at risk: 48.200 €"). */
  header?: ReactNode;
  /** HTML below the plot, e.g. a per-tier summary. */
  footer?: ReactNode;
  legend?: readonly LegendItem[];
  /** Hidden series ids and the toggle handler: legend entries with an `id` become `aria-pressed` buttons. */
  hiddenSeries?: readonly (string | number)[];
  onToggleSeries?: (id: string | number) => void;
  points?: readonly ExplorerPoint[];
  explorerMode?: 'x' | 'xy' | 'grid';
  explorerLabel?: string;
  tableSpec?: TableSpec;
  /** Forwarded to the root element. */
  rootRef?: Ref<HTMLDivElement>;
  /** The chart family's stylesheets, rendered after the base CSS unless `injectStyles={false}`. */
  styles?: readonly ChartSheet[];
  /** The `common` words in the chart's language (from `resolveMessages`). Default: English. */
  text?: MessageShape<typeof enCommon>;
  /** The locale of the error state's numbers and plural forms. Default `'en-US'`. */
  locale?: string;
  /** When set, the chart shows its error state (message and code) instead of `children`, and calls `onError`. */
  error?: KamkitError;
  onError?: (error: KamkitError) => void;
}

/**
 * The shell of every chart: root `<div>` (spreads unknown props, merges `className`, forwards the ref), legend,
 * an `<svg role="img">` with `<title>` and `<desc>`, the interactive explorer and the data table; or, with
 * `error`, the error state in the same root.
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
    hiddenSeries,
    onToggleSeries,
    points,
    explorerMode,
    explorerLabel,
    tableSpec,
    rootRef,
    styles,
    header,
    footer,
    theme,
    nonce,
    interactive = true,
    table = 'hidden',
    injectStyles = true,
    animate = true,
    className,
    text = enCommon,
    locale,
    error,
    onError,
    selectedId,
    defaultSelectedId,
    activeId,
    onSelect,
    onActiveChange,
    renderTooltip,
    tooltip,
    ...rest
  } = props;
  const id = useId();
  const format = useMemo(() => createFormat({ locale }), [locale]);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const root = {
    ...rest,
    ref: rootRef,
    className: className ? `kamkit-chart kamkit-${kind} ${className}` : `kamkit-chart kamkit-${kind}`,
    'data-kamkit-chart': kind,
    'data-kamkit-theme': theme,
    'data-kamkit-animate': animate ? undefined : 'false',
  };
  if (error) {
    return (
      <div {...root} data-error={error.code}>
        {injectStyles ? <ChartStyles sheets={styles} nonce={nonce} /> : null}
        <div className="kamkit-error" role="alert">
          <p className="kamkit-error__title">{text.errorTitle}</p>
          <p className="kamkit-error__message">{errorText(error, text, format)}</p>
          <p className="kamkit-error__code">{translate(text.errorCode, { code: error.code }, format)}</p>
        </div>
        <ErrorReporter error={error} onError={onError} />
      </div>
    );
  }
  return (
    <div {...root}>
      {injectStyles ? <ChartStyles sheets={styles} nonce={nonce} /> : null}
      {header}
      {legend ? (
        <Legend
          items={legend}
          hidden={hiddenSeries}
          onToggle={interactive ? onToggleSeries : undefined}
          label={text.legendLabel}
        />
      ) : null}
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
            label={
              explorerLabel ??
              translate(explorerMode === 'grid' ? text.explorerGrid : text.explorer, { title }, format)
            }
            roleDescription={text.explorerRole}
            selectedId={selectedId}
            defaultSelectedId={defaultSelectedId}
            activeId={activeId}
            onSelect={onSelect as ChartFrameProps['onSelect']}
            onActiveChange={onActiveChange}
            renderTooltip={renderTooltip}
            tooltip={tooltip}
            announceSelected={(name) => translate(text.selected, { name }, format)}
            announceCleared={translate(text.selectionCleared, {}, format)}
          />
        ) : null}
      </div>
      {footer}
      {tableSpec && table !== 'none' ? (
        table === 'toggle' && interactive ? (
          <TableToggle
            spec={tableSpec}
            showLabel={translate(text.showTable, {}, format)}
            hideLabel={translate(text.hideTable, {}, format)}
          />
        ) : (
          <DataTable spec={tableSpec} hidden={table !== 'visible'} />
        )
      ) : null}
    </div>
  );
}
