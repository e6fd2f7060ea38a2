import type { FieldOrAccessor, IdField, NumberField } from '@kamkit/core';
import type {
  AxisTitleOptions,
  CommonChartOptions,
  RecordOptions,
  ValueFormatOptions,
} from '../../../contract/commonOptions';
import {
  AXIS_TITLE_OPTIONS,
  COMMON_CHART_OPTIONS,
  RECORD_OPTIONS,
  VALUE_FORMAT_OPTIONS,
} from '../../../contract/commonOptions';
import { optionKeys } from '../../../contract/options';
import type { Period } from '../../../primitives/periods';

/**
 * The MRR movements chart's layout options, each declared once: the chart's props extend this interface and
 * {@link MRR_MOVEMENTS_OPTIONS} lists its keys (checked by the compiler).
 */
export interface MrrMovementsLayoutOptions<T>
  extends CommonChartOptions<T, 'dashboard'>,
    RecordOptions<T>,
    ValueFormatOptions,
    AxisTitleOptions {
  /**
   * Records, one per account and period (e.g. month), each with the account's id and MRR. The records of
   * `from` are the "before" snapshot, the records of `to` the "after" snapshot.
   */
  data: Iterable<T>;
  /** The period of each record: an ISO month `'2024-03'`, a `Date` or a number. Default: the field `period`. */
  period?: FieldOrAccessor<T, unknown>;
  /** The period to compare from. Default: the first period in the data. */
  from?: Period;
  /** The period to compare to. Default: the last period in the data. */
  to?: Period;
  /**
   * The account id, the same in every period. Default: the field `id`; when no record of a snapshot has one,
   * the record's position. Records with and without ids cannot be mixed (`INVALID_ID`).
   */
  id?: IdField<T>;
  /** MRR of each record (finite, ≥ 0): a field name or `(d, i, data) => number`. Default: the field `mrr`. */
  value?: NumberField<T>;
  /** The plan, passed through to the movement rows (`planBefore`, `planAfter`). Optional. */
  plan?: FieldOrAccessor<T, unknown>;
  /** Height in pixels. Default 320. */
  height?: number;
  /** Title of the bottom axis. Default: none (the steps are named under the bars). */
  xLabel?: string;
  /** Title of the left axis. Default: the catalogue's `dashboard.movements.value` ("MRR"). */
  yLabel?: string;
}

/** The keys of {@link MrrMovementsLayoutOptions}. */
export const MRR_MOVEMENTS_OPTIONS = /* @__PURE__ */ optionKeys<MrrMovementsLayoutOptions<unknown>>()(
  COMMON_CHART_OPTIONS,
  RECORD_OPTIONS,
  VALUE_FORMAT_OPTIONS,
  AXIS_TITLE_OPTIONS,
  ['period', 'from', 'to', 'value', 'plan'] as const,
);

/** The options the layout reads besides core's result and the snapshots. */
export const MRR_MOVEMENTS_LAYOUT_KEYS = [
  'label',
  'locale',
  'currency',
  'formatValue',
  'messages',
  'width',
  'height',
  'margin',
  'xLabel',
  'yLabel',
] as const satisfies readonly (typeof MRR_MOVEMENTS_OPTIONS)[number][];

/** Default height of the chart. */
export const MRR_MOVEMENTS_HEIGHT = 320;

/** The series the legend toggles: the bars by kind. */
export const MOVEMENT_SERIES = ['total', 'increase', 'decrease'] as const;

/** The id of a kind's series: `'series:total'`, `'series:increase'`, `'series:decrease'`. */
export const kindSeriesId = (kind: (typeof MOVEMENT_SERIES)[number]) => `series:${kind}`;
