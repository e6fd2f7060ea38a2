import type {
  FieldOrAccessor,
  IdField,
  NumberField,
  OnboardingAccount,
  OnboardingStage,
  OnboardingStatusResult,
} from '@kamkit/core';
import { onboardingStatus } from '@kamkit/core';
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { FormatOptions, Formatters } from '../../format/createFormat';
import { createShortFormat } from '../../primitives/compact';
import { toArray, useDataArray } from '../../primitives/data';
import type { LegendItem } from '../../primitives/Legend';
import type { LabelField } from '../../primitives/labels';
import { labeller } from '../../primitives/labels';
import { resolveMargin } from '../../primitives/margin';
import { capitalise, counter, measureText, namesList } from '../../primitives/text';
import { truncate } from '../../primitives/ticks';
import type { ExplorerPoint, Margin, TableSpec } from '../../primitives/types';
import type { OptionKeys } from '../../primitives/useLayoutMemo';
import { useLayoutMemo } from '../../primitives/useLayoutMemo';

/** Options of {@link useOnboardingLayout}: the options of core's `onboardingStatus` plus satisfaction, geometry and formatting. */
export interface OnboardingLayoutOptions<T> extends FormatOptions {
  /** The accounts. */
  data: Iterable<T>;
  /** The id of each account. Default: the field `id`, else the record's index. Ids must be unique. */
  id?: IdField<T>;
  /** The account's current stage. Default: the field `status`. */
  status?: FieldOrAccessor<T, unknown>;
  /** The stages in process order, first to last (the last is the goal, e.g. `'Live'`). Required. */
  stages: readonly OnboardingStage[];
  /** The account's name, for tooltips and the table. Default: the id. */
  label?: LabelField<T>;
  /** The account's satisfaction survey score (e.g. 0–10; missing = no survey). Optional: without it no satisfaction column. */
  satisfaction?: NumberField<T>;
  /** The satisfaction scale `[min, max]`. Default `[0, 10]`. */
  satisfactionScale?: readonly [number, number];
  /** What the records are, in words (plural). Default `'accounts'`. */
  unitLabel?: string;
  /** The singular of `unitLabel`. Default: `unitLabel` without a final "s". */
  unitLabelSingular?: string;
  width: number;
  /** Height in pixels. Default: 34 px a row plus the header. */
  height?: number;
  margin?: Partial<Margin>;
}

/** One drawn row: a stage, or a status that is not a stage. */
export interface OnboardingRowLayout<T> {
  /** The stage (or the unknown status). */
  stage: OnboardingStage;
  /** `'stage'`, or `'unknown'` for a status that is not one of `stages`. */
  kind: 'stage' | 'unknown';
  /** Position in `stages` (−1 for unknown statuses). */
  position: number;
  /** The name shown (shortened to 22 characters). */
  label: string;
  count: number;
  share: number;
  /** Accounts in this stage or a later one (equals `count` for unknown statuses). */
  atOrBeyond: number;
  atOrBeyondShare: number;
  accounts: OnboardingAccount<T>[];
  /** Mean satisfaction of the row's accounts with a score, or `null`. */
  satisfaction: number | null;
  /** Number of accounts with a satisfaction score. */
  responses: number;
  /** Geometry: row band, the count bar and the at-or-beyond bar. */
  y: number;
  rowHeight: number;
  /** The bar's vertical centre (the value and the satisfaction score sit on it). */
  center: number;
  bar: { x: number; y: number; width: number; height: number };
  beyondBar: { x: number; y: number; width: number; height: number };
  /** The stage name's anchor: right-aligned left of the bar, or left-aligned above it (`labels: 'above'`); `y` is its middle. */
  labelX: number;
  labelY: number;
  /** The count as written, e.g. "12 (40%)", and where: inside the bar's end when it would not fit after it. */
  valueText: string;
  valueInside: boolean;
  valueX: number;
  /** The satisfaction dot's x (when there is a score). */
  satisfactionX: number | null;
}

/** Everything {@link OnboardingStatus} draws, for custom rendering through its `children` render prop. */
export interface OnboardingLayout<T> {
  result: OnboardingStatusResult<T>;
  format: Formatters;
  /** Formats a satisfaction score, e.g. "7.5" or "7,5". */
  formatScore: (value: number) => string;
  width: number;
  height: number;
  margin: Margin;
  /** The bars' area (the label column is left of it, the satisfaction column right of it). */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Count → x. */
  x: (count: number) => number;
  /**
   * The satisfaction column (`null` without a `satisfaction` accessor): its track from `x0` to `x1` (no track when
   * `x0 === x1`, on the narrowest charts), the score right-aligned at `x0 − 8`, and its heading.
   */
  satisfactionColumn: {
    x0: number;
    x1: number;
    scale: readonly [number, number];
    x: (value: number) => number;
    /** "Satisfaction (0–10)", or "Satisfaction" when the long heading would run into the counts' heading. */
    title: string;
  } | null;
  /**
   * Where the stage names are: `'left'` of the bars, or `'above'` them on narrow charts (below about 400 px
   * with a satisfaction column), so the bars, counts and scores keep room.
   */
  labels: 'left' | 'above';
  /** The counts' column heading, e.g. "Accounts". */
  countTitle: string;
  rows: OnboardingRowLayout<T>[];
  legend: LegendItem[];
  /** The finding in words, e.g. "9 of 15 accounts (60%) have reached Live; 6 are still onboarding, most in Integration (3)." */
  finding: string;
  description: string;
  points: ExplorerPoint[];
  table: TableSpec;
  /** "1 account", "12 accounts". */
  units: (count: number) => string;
  labelOf: (account: OnboardingAccount<T>) => string;
}

/** The layout's options, each named once: its memo depends on their values. */
const LAYOUT_KEYS: OptionKeys<Parameters<typeof computeOnboardingLayout>[1]> = {
  currency: true,
  data: true,
  formatValue: true,
  height: true,
  label: true,
  locale: true,
  margin: true,
  satisfaction: true,
  satisfactionScale: true,
  unitLabel: true,
  unitLabelSingular: true,
  width: true,
};

/**
 * Computes the onboarding chart's layout: runs core's `onboardingStatus`, then one row per stage in process
 * order (and one per status that is not a stage, so none is dropped silently) with counts, shares, the
 * at-this-stage-or-later funnel and, with a `satisfaction` accessor, the mean survey score per stage; the finding
 * in words, explorer points and the data table. Memoised on its inputs.
 *
 * @example
 * const layout = useOnboardingLayout({ data: accounts, status: 'stage', stages: ['Kick-off', 'Setup', 'Live'], satisfaction: 'csat', width: 480 });
 * layout.finding; // "9 of 15 accounts (60%) have reached Live; 6 are still onboarding, most in Setup (4)."
 */
export function useOnboardingLayout<T>(options: OnboardingLayoutOptions<T>): OnboardingLayout<T> {
  const { id, status, stages } = options;
  const data = useDataArray(options.data);
  const result = useMemo(() => onboardingStatus(data, { id, status, stages }), [data, id, status, stages]);
  return useLayoutMemo(computeOnboardingLayout, result, { ...options, data }, LAYOUT_KEYS);
}

const ROW_HEIGHT = 34;
/** A row with its stage name above the bar. */
const ROW_HEIGHT_ABOVE = 44;

/** The pure part of {@link useOnboardingLayout}: layout of an already computed `onboardingStatus` result. */
export function computeOnboardingLayout<T>(
  result: OnboardingStatusResult<T>,
  options: Omit<OnboardingLayoutOptions<T>, 'id' | 'status' | 'stages'>,
): OnboardingLayout<T> {
  const format = createShortFormat(options);
  const decimal = new Intl.NumberFormat(format.locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const formatScore = (value: number) => decimal.format(value);
  const unitLabel = options.unitLabel ?? 'accounts';
  const singular = options.unitLabelSingular ?? unitLabel.replace(/s$/, '');
  const units = counter(format.integer, unitLabel, singular);
  const dataArray = toArray(options.data);
  const nameOf = labeller(options.label);
  const labelOf = (account: OnboardingAccount<T>) => nameOf(account, dataArray);
  const scale = options.satisfactionScale ?? ([0, 10] as const);
  const readScore =
    options.satisfaction === undefined
      ? undefined
      : typeof options.satisfaction === 'function'
        ? options.satisfaction
        : (d: T) =>
            d !== null && typeof d === 'object'
              ? ((d as Record<string, unknown>)[options.satisfaction as string] as number | null | undefined)
              : undefined;
  const meanScore = (accounts: readonly OnboardingAccount<T>[]) => {
    if (readScore === undefined) return { mean: null, responses: 0 };
    let sum = 0;
    let responses = 0;
    for (const a of accounts) {
      const v = readScore(a.datum, a.index, dataArray);
      if (typeof v === 'number' && Number.isFinite(v)) {
        sum += Math.min(scale[1], Math.max(scale[0], v));
        responses++;
      }
    }
    return { mean: responses > 0 ? sum / responses : null, responses };
  };

  const source = [
    ...result.rows.map((row) => ({
      stage: row.stage,
      kind: 'stage' as const,
      position: row.position,
      count: row.count,
      share: row.share,
      atOrBeyond: row.atOrBeyond,
      atOrBeyondShare: row.atOrBeyondShare,
      accounts: row.accounts,
    })),
    ...result.unknown.map((u) => ({
      stage: u.status,
      kind: 'unknown' as const,
      position: -1,
      count: u.count,
      share: u.share,
      atOrBeyond: u.count,
      atOrBeyondShare: u.share,
      accounts: u.accounts,
    })),
  ];
  const names = source.map((row) =>
    truncate(row.kind === 'unknown' ? `${row.stage} (other)` : String(row.stage), 22),
  );
  const longest = Math.max(4, ...names.map((name) => Array.from(name).length));
  const { width } = options;
  const countTitle = capitalise(unitLabel);
  const valueTexts = source.map((row) => `${format.integer(row.count)} (${format.percent(row.share)})`);
  const valueWidths = valueTexts.map((text) => measureText(text, { size: 12, bold: true }));
  const scores = source.map((row) => meanScore(row.accounts));
  const scoreWidth = Math.max(
    measureText('–', 12),
    ...scores.map((score) => (score.mean === null ? 0 : measureText(formatScore(score.mean), 12))),
  );
  const titles = [`Satisfaction (${scale[0]}–${scale[1]})`, 'Satisfaction'];
  const x = scaleLinear<number, number>();

  // Three layouts, widest first; the first whose counts, scores and headings fit is used (else the last):
  // names left of the bars; names above the bars; names above and the scores without a track.
  const variants = [
    { labels: 'left', track: true },
    { labels: 'above', track: true },
    { labels: 'above', track: false },
  ] as const;
  const build = (variant: (typeof variants)[number]) => {
    const above = variant.labels === 'above';
    const rowDefault = above ? ROW_HEIGHT_ABOVE : ROW_HEIGHT;
    const height = options.height ?? 30 + source.length * rowDefault + 8;
    const satisfactionRoom = variant.track ? 132 : Math.ceil(scoreWidth) + 20;
    const margin = resolveMargin(
      {
        top: 30,
        right: readScore ? satisfactionRoom : 72,
        bottom: 8,
        left: above ? 8 : Math.min(170, Math.max(64, Math.round(longest * 6.6 + 16))),
      },
      options.margin,
    );
    const plot = {
      x0: margin.left,
      x1: Math.max(margin.left + 1, width - margin.right),
      y0: margin.top,
      y1: Math.max(margin.top + 1, height - margin.bottom),
    };
    x.domain([0, Math.max(1, result.total)]).range([plot.x0, plot.x1]);
    const column = readScore
      ? (() => {
          const x0 = variant.track ? plot.x1 + 64 : width - 12;
          const x1 = Math.max(x0 + (variant.track ? 1 : 0), width - 12);
          return { x0, x1, scale, x: scaleLinear([scale[0], scale[1]], [x0, x1]).clamp(true) };
        })()
      : null;
    // Counts after their bar end before the score (or the chart's edge); else inside the bar's end.
    const valueLimit = column ? column.x0 - 8 - scoreWidth - 8 : width - 4;
    let fits = true;
    const rowHeight = source.length > 0 ? (plot.y1 - plot.y0) / source.length : rowDefault;
    const rows: OnboardingRowLayout<T>[] = source.map((row, i) => {
      const top = plot.y0 + i * rowHeight;
      const barHeight = above
        ? Math.max(4, Math.min(20, rowHeight - 24))
        : Math.max(4, Math.min(20, rowHeight - 12));
      const barY = above ? top + rowHeight - 6 - barHeight : top + (rowHeight - barHeight) / 2;
      const { mean, responses } = scores[i] as { mean: number | null; responses: number };
      const barWidth = x(row.count) - plot.x0;
      const end = plot.x0 + barWidth;
      const valueWidth = valueWidths[i] as number;
      const outside = end + 6 + valueWidth <= valueLimit;
      const inside = !outside && barWidth >= valueWidth + 12;
      if (!outside && !inside) fits = false;
      return {
        ...row,
        label: names[i] as string,
        satisfaction: mean,
        responses,
        y: top,
        rowHeight,
        center: barY + barHeight / 2,
        bar: { x: plot.x0, y: barY, width: barWidth, height: barHeight },
        beyondBar: { x: plot.x0, y: barY, width: x(row.atOrBeyond) - plot.x0, height: barHeight },
        labelX: above ? plot.x0 : plot.x0 - 8,
        labelY: above ? barY - 9 : barY + barHeight / 2,
        valueText: valueTexts[i] as string,
        valueInside: inside,
        valueX: inside ? end - 6 : end + 6,
        satisfactionX: mean !== null && column ? column.x(mean) : null,
      };
    });
    // The headings: the counts' at the bars' start, the satisfaction's ending at the track's end.
    const countEnd = plot.x0 + measureText(countTitle, { size: 12, bold: true }) + 12;
    const title = column
      ? titles.find((t) => column.x1 - measureText(t, { size: 12, bold: true }) >= countEnd)
      : undefined;
    if (column && title === undefined) fits = false;
    const satisfactionColumn = column
      ? { ...column, title: title ?? (titles[titles.length - 1] as string) }
      : null;
    return { height, margin, plot, rows, satisfactionColumn, labels: variant.labels, fits };
  };
  let geometry = build(variants[0]);
  for (const variant of variants.slice(1)) {
    if (geometry.fits) break;
    geometry = build(variant);
  }
  const { height, margin, plot, rows, satisfactionColumn, labels } = geometry;
  x.range([plot.x0, plot.x1]);

  const legend: LegendItem[] = [
    { label: 'In stage', color: 'var(--_accent)' },
    { label: 'In stage or later', color: 'var(--_accent-muted)' },
  ];
  if (readScore)
    legend.push({ label: `Satisfaction (${scale[0]}–${scale[1]})`, color: 'currentColor', shape: 'line' });

  const stageRows = rows.filter((row) => row.kind === 'stage');
  const goal = stageRows[stageRows.length - 1];
  const total = result.total;
  let finding: string;
  if (total === 0 || goal === undefined) {
    finding = `No ${unitLabel} with an onboarding status.`;
  } else {
    const goalName = String(goal.stage);
    const onboarding = stageRows.slice(0, -1);
    const still = onboarding.reduce((n, row) => n + row.count, 0);
    const busiest = onboarding.reduce<OnboardingRowLayout<T> | undefined>(
      (best, row) => (row.count > (best?.count ?? 0) ? row : best),
      undefined,
    );
    const most = busiest ? `, most in ${busiest.stage} (${format.integer(busiest.count)})` : '';
    if (goal.count === total && total > 1) finding = `All ${units(total)} have reached ${goalName}.`;
    else if (goal.count === 0)
      finding = `None of the ${units(total)} has reached ${goalName} yet; ${format.integer(still)} ${still === 1 ? 'is' : 'are'} onboarding${most}.`;
    else
      finding = `${format.integer(goal.count)} of ${units(total)} (${format.percent(goal.share)}) ${goal.count === 1 ? 'has' : 'have'} reached ${goalName}${still > 0 ? `; ${format.integer(still)} ${still === 1 ? 'is' : 'are'} still onboarding${most}` : ''}.`;
  }
  let detail = '';
  const unknownCount = result.unknown.reduce((n, u) => n + u.count, 0);
  if (unknownCount > 0) {
    detail += ` ${capitalise(units(unknownCount))} ${unknownCount === 1 ? 'has' : 'have'} a status that is not a stage (${namesList(
      result.unknown.map((u) => String(u.status)),
      3,
    )}).`;
  }
  if (readScore && total > 0 && goal !== undefined) {
    const during = meanScore(stageRows.slice(0, -1).flatMap((row) => row.accounts));
    const parts: string[] = [];
    if (during.mean !== null) parts.push(`${formatScore(during.mean)} during onboarding`);
    if (goal.satisfaction !== null) parts.push(`${formatScore(goal.satisfaction)} at ${goal.stage}`);
    const scored = stageRows.slice(0, -1).filter((row) => row.satisfaction !== null);
    const lowest = scored.reduce<OnboardingRowLayout<T> | undefined>(
      (low, row) =>
        (row.satisfaction as number) < (low?.satisfaction ?? Number.POSITIVE_INFINITY) ? row : low,
      undefined,
    );
    if (parts.length > 0) {
      detail += ` Mean satisfaction (${scale[0]}–${scale[1]}): ${parts.join(', ')}${
        lowest && scored.length > 1
          ? `; lowest during onboarding in ${lowest.stage} (${formatScore(lowest.satisfaction as number)})`
          : ''
      }.`;
    } else detail += ' No satisfaction scores.';
  }
  const excludedNote =
    result.excluded.length > 0
      ? ` ${capitalise(units(result.excluded.length))} without an onboarding status left out.`
      : '';
  const description = `${finding}${detail}${excludedNote}`;

  const points: ExplorerPoint[] =
    total === 0
      ? []
      : rows.map((row) => {
          const lines = [`${capitalise(units(row.count))} (${format.percent(row.share)})`];
          if (row.kind === 'stage' && row.position < stageRows.length - 1)
            lines.push(
              `${format.integer(row.atOrBeyond)} at this stage or later (${format.percent(row.atOrBeyondShare)})`,
            );
          if (row.kind === 'unknown') lines.push('Not one of the stages');
          if (readScore)
            lines.push(
              row.satisfaction === null
                ? 'Satisfaction: no survey'
                : `Satisfaction: ${formatScore(row.satisfaction)} of ${scale[1]} (${format.integer(row.responses)} ${row.responses === 1 ? 'response' : 'responses'})`,
            );
          if (row.accounts.length > 0) lines.push(namesList(row.accounts.map(labelOf), 4));
          return {
            // Rows are stacked: every point sits at the plot's centre line, so the pointer picks the row by y.
            x: (plot.x0 + plot.x1) / 2,
            y: row.y + row.rowHeight / 2,
            box: {
              x: row.bar.x,
              y: row.bar.y,
              width: Math.max(2, row.beyondBar.width),
              height: row.bar.height,
            },
            title: row.kind === 'unknown' ? `${row.stage} (not a stage)` : String(row.stage),
            lines,
          };
        });

  const table: TableSpec = {
    caption: finding,
    columns: [
      { key: 'stage', label: 'Stage' },
      { key: 'count', label: capitalise(unitLabel), numeric: true },
      { key: 'share', label: 'Share', numeric: true },
      { key: 'beyond', label: 'At this stage or later', numeric: true },
      ...(readScore
        ? [
            { key: 'satisfaction', label: `Satisfaction (${scale[0]}–${scale[1]})`, numeric: true },
            { key: 'responses', label: 'Responses', numeric: true },
          ]
        : []),
    ],
    rows: rows.map((row) => [
      row.kind === 'unknown' ? `${row.stage} (not a stage)` : String(row.stage),
      format.integer(row.count),
      format.percent(row.share, 1),
      row.kind === 'unknown' ? '' : format.integer(row.atOrBeyond),
      ...(readScore
        ? [row.satisfaction === null ? '–' : formatScore(row.satisfaction), format.integer(row.responses)]
        : []),
    ]),
    raw: rows.map((row) => [
      String(row.stage),
      row.count,
      row.share,
      row.kind === 'unknown' ? null : row.atOrBeyond,
      ...(readScore ? [row.satisfaction, row.responses] : []),
    ]),
    note: excludedNote.trim() || undefined,
  };

  return {
    result,
    format,
    formatScore,
    width,
    height,
    margin,
    plot,
    x,
    satisfactionColumn,
    labels,
    countTitle,
    rows,
    legend,
    finding,
    description,
    points,
    table,
    units,
    labelOf,
  };
}
