import type { ChurnRiskResult, MrrMovementsResult, UpsellCandidatesResult } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt } from '../../contract/errors';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import type { ChartMessages } from '../../messages/catalogue';
import type { dashboard } from '../../messages/en/dashboard';
import { resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { createShortFormat } from '../../primitives/compact';
import type { Period, PeriodFormat } from '../../primitives/periods';
import { createPeriodFormat } from '../../primitives/periods';
import { DASHBOARD_CATALOGUES } from './plans/useMrrByPlanLayout';

/** The built-in key figures of {@link KpiTiles}. */
export type KpiKey =
  | 'mrr'
  | 'accounts'
  | 'netNewMrr'
  | 'newMrr'
  | 'expansionMrr'
  | 'contractionMrr'
  | 'churnedMrr'
  | 'nrr'
  | 'grr'
  | 'accountsAtRisk'
  | 'mrrAtRisk'
  | 'upsell';

/** A change against the previous period, shown under a tile's value. */
export interface KpiDelta {
  /** The change as written, with its sign: "+$120K (+6.7%)", "−3". */
  text: string;
  /** The change as a number (signed). */
  raw: number;
  /** `'up'`, `'down'` or `'flat'`: drawn as an arrow and stated in words for screen readers. */
  direction: 'up' | 'down' | 'flat';
  /** Whether the change is good (`'positive'`), bad (`'negative'`) or neither: sets the arrow's colour. */
  tone: 'positive' | 'negative' | 'neutral';
  /** What the change is against, e.g. "vs Jan 2024". */
  context?: string;
}

/** One key-figure tile. Custom tiles can be passed to {@link KpiTiles} in `tiles`. */
export interface KpiTile {
  /** A stable key (`data-kpi`). */
  key: string;
  /** The figure's name, e.g. "MRR". */
  label: string;
  /** The value as written, e.g. "$1,921,250". */
  value: string;
  /** The value as a number (`null` when not a number). */
  raw?: number | null;
  /** The change against the previous period. */
  delta?: KpiDelta;
  /** A line of context, e.g. "17% of MRR". */
  note?: string;
  /** Marks a figure that needs attention (`'warning'`, e.g. accounts at risk): a marker and `data-tone`. */
  tone?: 'warning' | 'neutral';
}

/** Options of {@link useKpiTiles}. */
export interface KpiTilesOptions extends FormatOptions {
  /** A core `mrrMovements` result: MRR, its change, NRR, GRR and the movements. */
  movements?: MrrMovementsResult<unknown>;
  /** A core `churnRisk` result: accounts and MRR at risk. */
  churn?: ChurnRiskResult<unknown>;
  /** A core `upsellCandidates` result: accounts below the top plan. */
  upsell?: UpsellCandidatesResult<unknown>;
  /** The periods the movements compare, for "vs Jan 2024". */
  from?: Period;
  to?: Period;
  /**
   * Which tiles, in order: built-in keys and/or your own `KpiTile` objects. Default: `mrr`, `accounts`, `nrr`,
   * `grr`, `accountsAtRisk`, `mrrAtRisk`, `upsell` — those whose result is given.
   */
  tiles?: readonly (KpiKey | KpiTile)[];
  /** Any words of the catalogue (`dashboard.kpi`), e.g. `{ dashboard: { kpi: { mrr: 'ARR' } } }`. */
  messages?: ChartMessages<'dashboard'>;
}

/** What {@link useKpiTiles} returns: the tiles and the formatters, for custom rendering. */
export interface KpiTilesLayout {
  tiles: KpiTile[];
  format: Formatters;
  periodFormat: PeriodFormat;
  /** The tiles in one sentence, e.g. "MRR $1,921,250 (+6.7% vs Jan 2024); NRR 99%; …". */
  summary: string;
}

const DEFAULT_TILES: readonly KpiKey[] = [
  'mrr',
  'accounts',
  'nrr',
  'grr',
  'accountsAtRisk',
  'mrrAtRisk',
  'upsell',
];

const NO_OPTIONS = {};

/**
 * {@link useKpiTiles} without the throw: the layout, or the {@link KamkitError} the tiles show instead (a value
 * that is not a core result, a bad `locale`/`currency`, a getter of the caller's that throws: `INVALID_OPTION`
 * with the original as `cause`, or core's error as it is). The hooks run in the same order whatever fails.
 */
export function useKpiTilesAttempt(options: KpiTilesOptions): Attempt<KpiTilesLayout> {
  // Reading the options runs the caller's getters: one that throws is the tiles' error.
  const read = attempt(() => ({ ...options }));
  const o: KpiTilesOptions = read.ok ? read.value : NO_OPTIONS;
  const { movements, churn, upsell, from, to, tiles, messages, locale, currency, formatValue } = o;
  const layout = useMemo(
    () =>
      attempt(() =>
        computeKpiTiles({
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
        }),
      ),
    [movements, churn, upsell, from, to, tiles, messages, locale, currency, formatValue],
  );
  return read.ok ? layout : read;
}

/**
 * Builds the key-figure tiles from core results (`mrrMovements`, `churnRisk`, `upsellCandidates`): each with a
 * label, a formatted value and, where there is a previous period, the change with its sign and direction.
 * Tiles whose result is missing are left out. Memoised on its inputs.
 *
 * @throws {KamkitError} `INVALID_OPTION` (the original as `cause`) for a value that is not a core result, a bad
 * `locale` or `currency`, or a getter of yours that throws; `KpiTiles` shows it as its error state instead.
 *
 * @example
 * const { tiles } = useKpiTiles({ movements, churn, from: '2024-01', to: '2024-12', locale: 'de-DE', currency: 'EUR' });
 * tiles[0]; // { key: 'mrr', label: 'MRR', value: '1.921.250 €', delta: { text: '+45 Tsd. € (+2,4 %)', direction: 'up', … } }
 */
export function useKpiTiles(options: KpiTilesOptions): KpiTilesLayout {
  const result = useKpiTilesAttempt(options);
  if (!result.ok) throw result.error;
  return result.value;
}

/** What {@link kpiTile} reads: the results, the words and the formatters of {@link computeKpiTiles}. */
interface TileContext {
  m: MrrMovementsResult<unknown> | undefined;
  churn: ChurnRiskResult<unknown> | undefined;
  upsell: UpsellCandidatesResult<unknown> | undefined;
  format: Formatters;
  text: MessageShape<typeof dashboard>['kpi'];
  t: (message: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[1]) => string;
  context: string;
  range: string | undefined;
  sign: (v: number, text: (x: number) => string) => string;
  direction: (v: number) => KpiDelta['direction'];
  tone: (v: number, goodWhenUp?: boolean) => KpiDelta['tone'];
  paying: (side: 'mrrBefore' | 'mrrAfter') => number;
}

/** One built-in tile from the results (`null` when its result is not given). */
function kpiTile(key: KpiKey, c: TileContext): KpiTile | null {
  const { m, churn, upsell, format, text, t, context, range, sign, direction, tone, paying } = c;
  switch (key) {
    case 'mrr': {
      if (!m) return null;
      const change = m.endMrr - m.startMrr;
      const pct = m.startMrr > 0 ? ` (${sign(change / m.startMrr, (v) => format.percent(v, 1))})` : '';
      return {
        key,
        label: text.mrr,
        value: format.value(m.endMrr),
        raw: m.endMrr,
        delta: {
          text: `${sign(change, format.tick)}${pct}`,
          raw: change,
          direction: direction(change),
          tone: tone(change),
          context,
        },
      };
    }
    case 'accounts': {
      if (!m) return null;
      const end = paying('mrrAfter');
      const change = end - paying('mrrBefore');
      return {
        key,
        label: text.accounts,
        value: format.integer(end),
        raw: end,
        delta: {
          text: sign(change, format.integer),
          raw: change,
          direction: direction(change),
          tone: tone(change),
          context,
        },
      };
    }
    case 'netNewMrr':
      return m
        ? {
            key,
            label: text.netNewMrr,
            value: sign(m.netNewMrr, format.value),
            raw: m.netNewMrr,
            note: range,
          }
        : null;
    case 'newMrr':
    case 'expansionMrr':
    case 'contractionMrr':
    case 'churnedMrr': {
      if (!m) return null;
      const movement = (
        {
          newMrr: 'new',
          expansionMrr: 'expansion',
          contractionMrr: 'contraction',
          churnedMrr: 'churned',
        } as const
      )[key];
      return {
        key,
        label: text.movement[movement],
        value: format.value(m[movement]),
        raw: m[movement],
        note: t(text.movementAccounts, { count: m.counts[movement] }),
      };
    }
    case 'nrr':
    case 'grr': {
      const rate = m ? (key === 'nrr' ? m.netRevenueRetention : m.grossRevenueRetention) : null;
      if (!m) return null;
      return {
        key,
        label: key === 'nrr' ? text.nrr : text.grr,
        value: rate === null ? '–' : format.percent(rate, 1),
        raw: rate,
        note: rate === null ? text.noStart : range,
      };
    }
    case 'accountsAtRisk': {
      if (!churn) return null;
      const assessed = churn.rows.length;
      return {
        key,
        label: text.accountsAtRisk,
        value: format.integer(churn.accountsAtRisk),
        raw: churn.accountsAtRisk,
        note:
          assessed > 0
            ? t(text.accountsAtRiskShare, { count: assessed, share: churn.accountsAtRisk / assessed })
            : t(text.accountsAtRiskNote, { count: assessed }),
        tone: churn.accountsAtRisk > 0 ? 'warning' : 'neutral',
      };
    }
    case 'mrrAtRisk':
      return churn
        ? {
            key,
            label: text.mrrAtRisk,
            value: format.value(churn.mrrAtRisk),
            raw: churn.mrrAtRisk,
            note: t(text.mrrAtRiskNote, { share: churn.mrrAtRiskShare }),
            tone: churn.mrrAtRisk > 0 ? 'warning' : 'neutral',
          }
        : null;
    case 'upsell': {
      if (!upsell) return null;
      const top = upsell.topPlans.join(text.or);
      return {
        key,
        label: text.upsell,
        value: format.integer(upsell.rows.length),
        raw: upsell.rows.length,
        note: t(text.upsellNote, { plans: top }),
      };
    }
    default:
      return null;
  }
}

/** The pure part of {@link useKpiTiles}. */
export function computeKpiTiles(options: KpiTilesOptions): KpiTilesLayout {
  const format = createShortFormat(options);
  const known = [options.from, options.to].filter((p): p is Period => p !== undefined);
  const periodFormat = createPeriodFormat(format.locale, known);
  const text = resolveMessages(options.locale, options.messages, 'dashboard', DASHBOARD_CATALOGUES).family
    .kpi;
  const t = (message: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) =>
    translate(message, params, format);
  const { movements: m, churn, upsell } = options;
  const context =
    options.from !== undefined ? t(text.vs, { period: periodFormat.label(options.from) }) : text.vsStart;
  const range =
    options.from !== undefined && options.to !== undefined
      ? t(text.range, { from: periodFormat.label(options.from), to: periodFormat.label(options.to) })
      : undefined;
  const sign = (v: number, text: (x: number) => string) =>
    v > 0 ? `+${text(v)}` : v < 0 ? `−${text(-v)}` : text(0);
  const direction = (v: number): KpiDelta['direction'] => (v > 0 ? 'up' : v < 0 ? 'down' : 'flat');
  const tone = (v: number, goodWhenUp = true): KpiDelta['tone'] =>
    v === 0 ? 'neutral' : v > 0 === goodWhenUp ? 'positive' : 'negative';
  const paying = (side: 'mrrBefore' | 'mrrAfter') => (m ? m.rows.filter((row) => row[side] > 0).length : 0);

  const c = { m, churn, upsell, format, text, t, context, range, sign, direction, tone, paying };
  const build = (key: KpiKey) => kpiTile(key, c);

  const tiles = (options.tiles ?? DEFAULT_TILES).flatMap((entry) => {
    if (typeof entry !== 'string') return [entry];
    const tile = build(entry);
    return tile ? [tile] : [];
  });
  const summary = tiles
    .map(
      (tile) =>
        `${tile.label} ${tile.value}${tile.delta ? ` (${tile.delta.text}${tile.delta.context ? ` ${tile.delta.context}` : ''})` : ''}`,
    )
    .join('; ');
  return { tiles, format, periodFormat, summary: summary ? `${summary}.` : '' };
}
