import type {
  Accessor,
  ChurnRiskOptions,
  ChurnRiskResult,
  ChurnSignal,
  FieldOrAccessor,
  Id,
  IdField,
  MrrMovementsResult,
  NumberField,
  OnboardingStage,
  UpsellCandidatesResult,
} from '@kamkit/core';
import { accessor, churnRisk, mrrMovements, upsellCandidates } from '@kamkit/core';
import { useMemo } from 'react';
import type { Attempt } from '../../contract/errors';
import { attempt, checkData } from '../../contract/errors';
import type { FormatOptions } from '../../format/createFormat';
import { toArray } from '../../primitives/data';
import type { LabelField } from '../../primitives/labels';
import type { Period } from '../../primitives/periods';
import { distinctPeriods, periodKey } from '../../primitives/periods';

/** One point of an account's MRR series, flattened: what the dashboard's MRR charts receive as `data`. */
export interface DashboardRecord<T> {
  /** The account's id. */
  id: Id;
  /** The account's record, untouched. */
  account: T;
  /** The account's position in `data`. */
  accountIndex: number;
  /** The point's period (e.g. `'2024-03'`). */
  period: unknown;
  /** The plan billed in the period. */
  plan: unknown;
  /** MRR in the period. */
  mrr: unknown;
}

/** Options of {@link useKaDashboard}: one set of accounts and the accessors every part of the dashboard reads. */
export interface KaDashboardOptions<T, P = Record<string, unknown>> extends FormatOptions {
  /** The accounts, one record each. */
  data: Iterable<T>;
  /** The account's id. Default: the field `id`, else the account's position. Ids must be unique. */
  id?: IdField<T>;
  /** The account's name. Default: the id. */
  label?: LabelField<T>;
  /**
   * The account's MRR series: one point per period with its period, plan and MRR. A field name or accessor.
   * Default: the field `mrr`. Periods an account has no point for count as MRR 0.
   */
  series?: string | ((account: T, index: number, data: readonly T[]) => Iterable<P> | null | undefined);
  /** The period of a series point (an ISO month `'2024-03'`, a `Date` or a number). Default: the field `period`. */
  period?: FieldOrAccessor<P, unknown>;
  /** The plan of a series point. Default: the field `plan`. */
  plan?: FieldOrAccessor<P, unknown>;
  /** The MRR of a series point (finite, ≥ 0): the dashboard's value. Default: the field `mrr`. */
  value?: NumberField<P>;
  /** The plans lowest first, e.g. `['Basic', 'Standard', 'Premium']`: the last is the upsell plan, stacked on top and highlighted. */
  plans?: readonly string[];
  /** The period the movements compare from. Default: the first period of the series. */
  from?: Period;
  /** The period the movements compare to (the "current" period). Default: the last period of the series. */
  to?: Period;
  /**
   * Which accounts are current customers (for onboarding, churn risk and upsell). Receives the account and its
   * MRR in `to`. Default: MRR in `to` > 0 (churned accounts are left out).
   */
  current?: (account: T, mrr: number) => boolean;
  /** The account's onboarding stage. Default: the field `status`. */
  status?: FieldOrAccessor<T, unknown>;
  /** The onboarding stages in order, the last is the goal (e.g. `'Live'`). Without it, no onboarding panel. */
  stages?: readonly OnboardingStage[];
  /** The account's satisfaction survey score (e.g. 0–10). Optional. */
  satisfaction?: NumberField<T>;
  /** The churn-risk signals (core's `churnRisk`). Without them, no endangerment column. */
  signals?: readonly ChurnSignal<T>[];
  /** Days in the at-risk queue. Default: the field `daysInQueue`. */
  daysInQueue?: NumberField<T>;
  /** Risk thresholds `[medium, high]`. Default `[33, 66]`. */
  levels?: readonly [number, number];
  /** Which accounts are at risk. Default: risk level `'high'`. */
  atRisk?: ChurnRiskOptions<T>['atRisk'];
  /** Churn probability 0–1 per account. Optional. */
  probability?: NumberField<T>;
  /**
   * Order of the endangerment column (core's `churnRisk`): by default importance (the ABC tier of MRR), then days
   * waiting; or `'mrr'`, `'expected-loss'`, `'risk'`, `'waiting'`, or a comparator.
   */
  rankBy?: ChurnRiskOptions<T>['rankBy'];
  /** Ranks upsell candidates (higher first). Default: the account's MRR in `to`. */
  upsellMeasure?: NumberField<T>;
}

/** What {@link useKaDashboard} computes: the flattened series, the current accounts and the core results. */
export interface KaDashboardModel<T> {
  /** Every series point as a {@link DashboardRecord}. */
  records: DashboardRecord<T>[];
  /** The distinct periods, ascending. */
  periods: Period[];
  from: Period | undefined;
  to: Period | undefined;
  /** All accounts as an array. */
  accounts: readonly T[];
  /** The current accounts (see `current`). */
  currentAccounts: T[];
  /** An account's MRR in `to` (0 when it has none). */
  mrrAtEnd: (account: T) => number;
  /** MRR movements from `from` to `to`. */
  movements: MrrMovementsResult<DashboardRecord<T>>;
  /** Churn risk of the current accounts (with `signals`). */
  churn: ChurnRiskResult<T> | undefined;
  /** Upsell candidates among the current accounts (with `plans`). */
  upsell: UpsellCandidatesResult<T> | undefined;
}

/**
 * Reads a {@link DashboardRecord}'s MRR for core's functions (which check that it is a finite number ≥ 0).
 *
 * @example
 * mrrMovements(before, after, { id: 'id', mrr: recordMrr });
 */
export function recordMrr<T>(record: DashboardRecord<T>): number | null | undefined {
  return record.mrr as number | null | undefined;
}

/** A reader of one option through core's `accessor`: the option's field or accessor, else the field `fallback`. */
function reader<D>(field: unknown, fallback: string, option: string): Accessor<D, unknown> {
  return accessor<D, unknown>((field ?? fallback) as FieldOrAccessor<D, unknown>, option);
}

/** `f` of the previous stage's value, as an {@link Attempt}; a failed stage passes its error on unchanged. */
function then<A, B>(previous: Attempt<A>, f: (value: A) => B, field?: string): Attempt<B> {
  return previous.ok ? attempt(() => f(previous.value), field) : previous;
}

/** A period's key for a memo's dependencies; one that cannot be keyed fails later, in the stage that reads it. */
function keyOf(period: unknown): unknown {
  if (period === undefined) return undefined;
  const key = attempt(() => periodKey(period as Period));
  return key.ok ? key.value : period;
}

const NO_OPTIONS = {};

/**
 * {@link useKaDashboard} without the throw: the model, or the {@link KamkitError} the dashboard shows instead
 * (data that is not iterable is `NOT_ITERABLE`; a bad option, an accessor or a getter of the caller's that
 * throws is core's error or `INVALID_OPTION` with the original as `cause`). Each memoised stage returns an
 * {@link Attempt} and passes an earlier failure on, so the hooks run in the same order whatever fails.
 */
export function useKaDashboardAttempt<T, P = Record<string, unknown>>(
  options: KaDashboardOptions<T, P>,
): Attempt<KaDashboardModel<T>> {
  // Reading the options runs the caller's getters: one that throws is the dashboard's error.
  const read = attempt(() => ({ ...options }));
  const o: Partial<KaDashboardOptions<T, P>> = read.ok ? read.value : NO_OPTIONS;
  const { data, series, period, plan, value, id, current, plans, signals, daysInQueue, levels } = o;
  const { atRisk, probability, rankBy, upsellMeasure } = o;
  const flat = useMemo(
    () =>
      attempt(() => {
        const invalid = checkData(data);
        if (invalid) throw invalid;
        const accounts = toArray(data as Iterable<T>);
        return { accounts, ...flattenSeries(accounts, { series, period, plan, value, id }) };
      }),
    [data, series, period, plan, value, id],
  );
  const fromKey = keyOf(o.from);
  const toKey = keyOf(o.to);
  // biome-ignore lint/correctness/useExhaustiveDependencies: periods are compared by key (equal Dates are one period).
  const base = useMemo(
    () =>
      then(flat, ({ accounts, records, periods }) => {
        const from = o.from ?? periods[0];
        const to = o.to ?? periods[periods.length - 1];
        const fk = from === undefined ? null : periodKey(from);
        const tk = to === undefined ? null : periodKey(to);
        const before = records.filter((r) => periodKey(r.period) === fk);
        const after = records.filter((r) => periodKey(r.period) === tk);
        const movements = mrrMovements(before, after, { id: 'id', mrr: recordMrr, plan: 'plan' });
        const endMrr = new Map<T, number>();
        for (const r of after) {
          if (typeof r.mrr === 'number' && Number.isFinite(r.mrr) && r.mrr > 0)
            endMrr.set(r.account, (endMrr.get(r.account) ?? 0) + r.mrr);
        }
        const mrrAtEnd = (account: T) => endMrr.get(account) ?? 0;
        const isCurrent = current ?? ((_: T, m: number) => m > 0);
        const currentAccounts = accounts.filter((a) => isCurrent(a, mrrAtEnd(a)));
        return { from, to, movements, mrrAtEnd, currentAccounts };
      }),
    [flat, fromKey, toKey, current],
  );

  const churn = useMemo(
    () =>
      then(base, (b) =>
        signals
          ? churnRisk(b.currentAccounts, {
              id,
              mrr: b.mrrAtEnd,
              signals,
              daysInQueue,
              levels,
              atRisk,
              probability,
              rankBy,
            })
          : undefined,
      ),
    [base, id, signals, daysInQueue, levels, atRisk, probability, rankBy],
  );
  const upsell = useMemo(
    () =>
      then(churn, () => {
        if (!base.ok || !flat.ok || !plans || plans.length === 0) return undefined;
        // The account's plan is the plan of its series point in `to`.
        const planAtEnd = new Map<T, unknown>();
        const tk = base.value.to === undefined ? null : periodKey(base.value.to);
        for (const r of flat.value.records)
          if (periodKey(r.period) === tk && !planAtEnd.has(r.account)) planAtEnd.set(r.account, r.plan);
        return upsellCandidates(base.value.currentAccounts, {
          id,
          plans,
          plan: (a) => planAtEnd.get(a),
          measure: upsellMeasure ?? base.value.mrrAtEnd,
        });
      }),
    [base, churn, flat, id, plans, upsellMeasure],
  );

  const model = useMemo(
    () =>
      then(upsell, (u) => {
        // `upsell` passes on every earlier failure, so the earlier stages succeeded here.
        const f = (flat as { value: Extract<typeof flat, { ok: true }>['value'] }).value;
        const b = (base as { value: Extract<typeof base, { ok: true }>['value'] }).value;
        const c = (churn as { value: Extract<typeof churn, { ok: true }>['value'] }).value;
        return {
          records: f.records,
          periods: f.periods,
          from: b.from,
          to: b.to,
          accounts: f.accounts,
          currentAccounts: b.currentAccounts,
          mrrAtEnd: b.mrrAtEnd,
          movements: b.movements,
          churn: c,
          upsell: u,
        };
      }),
    [flat, base, churn, upsell],
  );
  return read.ok ? model : read;
}

/**
 * Computes what the KA dashboard shares between its parts: flattens each account's MRR series into records
 * (one per account and period), resolves `from`/`to`, picks the current accounts, and runs core's
 * `mrrMovements`, `churnRisk` (with `signals`) and `upsellCandidates` (with `plans`) for the key figures.
 * Memoised on its inputs.
 *
 * @throws {KamkitError} `NOT_ITERABLE` when `data` is not iterable; core's error for a bad option (e.g.
 * `INVALID_OPTION` for `series: 42`); `INVALID_OPTION` with the original as `cause` when an accessor or a getter
 * of yours throws. `KaDashboard` shows these as its error state instead of throwing.
 *
 * @example
 * const model = useKaDashboard({ data: accounts, period: 'month', plans: ['Basic', 'Standard', 'Premium'], from: '2023-12', to: '2024-12' });
 * model.movements.netRevenueRetention; // e.g. 0.94
 */
export function useKaDashboard<T, P = Record<string, unknown>>(
  options: KaDashboardOptions<T, P>,
): KaDashboardModel<T> {
  const result = useKaDashboardAttempt(options);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * Flattens accounts with an MRR series into one {@link DashboardRecord} per account and period. Points without a
 * plan and with MRR 0 (months the organisation was not a customer) are skipped: they carry no MRR.
 *
 * @example
 * flattenSeries(accounts, { series: 'mrr', period: 'month' }).records[0]; // { id: 'acc-001', account, period: '2022-01', plan: 'Basic', mrr: 64530, … }
 */
export function flattenSeries<T, P>(
  accounts: readonly T[],
  options: Pick<KaDashboardOptions<T, P>, 'series' | 'period' | 'plan' | 'value' | 'id'>,
): { records: DashboardRecord<T>[]; periods: Period[] } {
  const readSeries = reader<T>(options.series, 'mrr', 'series');
  const readPeriod = reader<P>(options.period, 'period', 'period');
  const readPlan = reader<P>(options.plan, 'plan', 'plan');
  const readMrr = reader<P>(options.value, 'mrr', 'value');
  const readId = reader<T>(options.id, 'id', 'id');
  const records: DashboardRecord<T>[] = [];
  accounts.forEach((account, accountIndex) => {
    const raw = readId(account, accountIndex, accounts);
    const id: Id =
      typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw)) ? raw : accountIndex;
    const series = readSeries(account, accountIndex, accounts);
    if (
      series === null ||
      series === undefined ||
      typeof (series as Iterable<P>)[Symbol.iterator] !== 'function'
    )
      return;
    const points = Array.from(series as Iterable<P>);
    points.forEach((point, i) => {
      const plan = readPlan(point, i, points);
      const mrr = readMrr(point, i, points);
      if ((plan === null || plan === undefined || plan === '') && mrr === 0) return;
      records.push({ id, account, accountIndex, period: readPeriod(point, i, points), plan, mrr });
    });
  });
  return { records, periods: distinctPeriods(records.map((r) => r.period)) };
}
