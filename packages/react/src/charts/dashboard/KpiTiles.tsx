import type { KamkitError } from '@kamkit/core';
import type { HTMLAttributes, ReactElement, ReactNode, Ref } from 'react';
import { forwardRef, useId } from 'react';
import { attempt } from '../../contract/errors';
import { resolveMessages } from '../../messages/resolve';
import { ChartStyles } from '../../theme/ChartStyles';
import { dashboardSheet } from '../../theme/sheets/dashboard';
import { ErrorState, useStableError } from './ErrorState';
import { DASHBOARD_CATALOGUES } from './plans/useMrrByPlanLayout';
import type { KpiDelta, KpiTile, KpiTilesLayout, KpiTilesOptions } from './useKpiTiles';
import { useKpiTilesAttempt } from './useKpiTiles';

/** The stylesheets these tiles render besides the base CSS. */
const STYLES = [dashboardSheet];

/** Props of {@link KpiTiles}. Unknown HTML attributes are spread onto the root `<div>`. */
export interface KpiTilesProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'title' | 'children' | 'onError'>,
    KpiTilesOptions {
  /** The list's accessible name. Default: the catalogue's "Key figures" ("Kennzahlen"). */
  title?: string;
  /** A sentence read after the name (e.g. what the figures cover). Default: none. */
  description?: string;
  /**
   * `'light'`/`'dark'` force the palette for the tiles, whatever the page (a `.dark` ancestor or a
   * `data-kamkit-theme` ancestor); `'auto'` follows the reader's `prefers-color-scheme`. Unset: follows the
   * nearest `data-kamkit-theme` ancestor, else a `.dark` ancestor, else light.
   */
  theme?: 'light' | 'dark' | 'auto';
  /** Nonce of a strict Content Security Policy, written on the tiles' `<style>` elements. */
  nonce?: string;
  /** Renders the kit's base CSS. Default `true`. */
  injectStyles?: boolean;
  /** Accepted for symmetry with the charts; the tiles are plain HTML (no client code), so it changes nothing. */
  interactive?: boolean;
  /** Accepted for symmetry with the charts; the tiles are already text, so there is no separate table. */
  table?: 'hidden' | 'visible' | 'toggle' | 'none';
  /**
   * Called once with the `KamkitError` when the tiles show their error state (a value that is not a core result,
   * a bad `locale` or `currency`, a getter of yours that throws) instead of throwing out of render.
   */
  onError?: (error: KamkitError) => void;
  /** Renders extra content after the tiles, with the computed tiles. */
  children?: (layout: KpiTilesLayout) => ReactNode;
}

function Arrow({ direction }: { direction: KpiDelta['direction'] }) {
  return (
    <svg
      className="kamkit-kpi__arrow"
      viewBox="0 0 10 10"
      width="10"
      height="10"
      aria-hidden="true"
      focusable="false"
    >
      {direction === 'flat' ? (
        <rect x="1" y="4" width="8" height="2" />
      ) : (
        <path d={direction === 'up' ? 'M5 1 L9.5 8.5 L0.5 8.5 Z' : 'M5 9 L9.5 1.5 L0.5 1.5 Z'} />
      )}
    </svg>
  );
}

/** The props the tiles read themselves (the rest go to the root); reading them runs the caller's getters. */
function splitProps(props: KpiTilesProps) {
  const {
    movements,
    churn,
    upsell,
    from,
    to,
    tiles,
    messages,
    locale,
    currency,
    formatValue,
    title,
    description,
    theme,
    nonce,
    injectStyles = true,
    interactive: _interactive,
    table: _table,
    onError,
    className,
    children,
    ...rest
  } = props;
  const options = { movements, churn, upsell, from, to, tiles, messages, locale, currency, formatValue };
  return { options, title, description, theme, nonce, injectStyles, onError, className, children, rest };
}

function KpiTilesInner(props: KpiTilesProps, ref: Ref<HTMLDivElement>) {
  const split = attempt(() => splitProps(props));
  const p = split.ok ? split.value : undefined;
  const layout = useKpiTilesAttempt(p ? p.options : {});
  const id = useId();
  const kpi =
    p && layout.ok
      ? attempt(
          () =>
            resolveMessages(p.options.locale, p.options.messages, 'dashboard', DASHBOARD_CATALOGUES).family
              .kpi,
        )
      : undefined;
  const error = useStableError(
    !split.ok ? split.error : !layout.ok ? layout.error : kpi && !kpi.ok ? kpi.error : undefined,
  );
  const className = p?.className;
  const root = {
    ...p?.rest,
    ref,
    className: className ? `kamkit-chart kamkit-kpis ${className}` : 'kamkit-chart kamkit-kpis',
    'data-kamkit-chart': 'kpis',
    'data-kamkit-theme': p?.theme,
  };
  const styles = p?.injectStyles !== false ? <ChartStyles sheets={STYLES} nonce={p?.nonce} /> : null;
  if (error || !p || !layout.ok || !kpi?.ok) {
    const failure = error as KamkitError;
    const read = <R,>(get: () => R) => {
      const value = attempt(get);
      return value.ok ? value.value : undefined;
    };
    return (
      <div {...root} data-error={failure.code}>
        {styles}
        <ErrorState
          error={failure}
          locale={p ? p.options.locale : read(() => props.locale)}
          messages={p ? p.options.messages : read(() => props.messages)}
          onError={p ? p.onError : read(() => props.onError)}
        />
      </div>
    );
  }
  const { title, description, children } = p;
  const text = kpi.value;
  const name = title ?? text.title;
  return (
    <div {...root}>
      {styles}
      {description ? (
        <p id={`${id}-desc`} className="kamkit-visually-hidden">
          {description}
        </p>
      ) : null}
      {layout.value.tiles.length === 0 ? (
        <p className="kamkit-kpis__empty">{text.empty}</p>
      ) : (
        <ul
          className="kamkit-kpis__list"
          aria-label={name}
          aria-describedby={description ? `${id}-desc` : undefined}
        >
          {layout.value.tiles.map((tile) => (
            <Tile key={tile.key} tile={tile} directions={text.directions} />
          ))}
        </ul>
      )}
      {children?.(layout.value)}
    </div>
  );
}

/** One tile: its label (with a marker when it needs attention), value, change and note. */
function Tile({ tile, directions }: { tile: KpiTile; directions: Record<KpiDelta['direction'], string> }) {
  return (
    <li
      className="kamkit-kpi"
      data-kpi={tile.key}
      data-tone={tile.tone}
      data-direction={tile.delta?.direction}
      data-trend={tile.delta?.tone}
    >
      <span className="kamkit-kpi__label">
        {tile.tone === 'warning' ? <span className="kamkit-kpi__flag" aria-hidden="true" /> : null}
        {tile.label}
      </span>
      <span className="kamkit-kpi__value">{tile.value}</span>
      {tile.delta ? (
        <span className="kamkit-kpi__delta">
          <span className="kamkit-kpi__trend">
            <Arrow direction={tile.delta.direction} />
            <span className="kamkit-visually-hidden">{`${directions[tile.delta.direction]}: `}</span>
            <span className="kamkit-kpi__change">{tile.delta.text}</span>
          </span>
          {tile.delta.context ? (
            <span className="kamkit-kpi__context">{` ${tile.delta.context}`}</span>
          ) : null}
        </span>
      ) : null}
      {tile.note ? <span className="kamkit-kpi__note">{tile.note}</span> : null}
    </li>
  );
}

/**
 * Key-figure tiles from core results: MRR with its change against the previous period (sign, arrow and the
 * direction in words — colour is never the only signal), paying accounts, NRR, GRR, accounts and MRR at risk and
 * upsell candidates. Plain HTML: a list whose items read as text ("MRR $1,921,250 up: +$45K (+2.4%) vs Jan 2024").
 *
 * @example
 * <KpiTiles movements={mrrMovements(dec23, dec24)} churn={churnRisk(accounts, { signals })} from="2023-12" to="2024-12" locale="de-DE" currency="EUR" />
 */
export const KpiTiles = /* @__PURE__ */ forwardRef(KpiTilesInner) as (
  props: KpiTilesProps & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
