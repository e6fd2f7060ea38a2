import type { Criterion } from '@kamkit/react';
import { ProfitMatrix, ScoreBreakdown, ScoringMatrix, score, WhaleCurve, whaleCurve } from '@kamkit/react';
import { useId, useMemo, useState } from 'react';
import { ChartCard } from '../components/ChartCard';
import { demo } from '../data/demo';
import { useWorkspace, type WorkspaceAccount } from '../workspace';

type Weights = Record<string, number>;

interface CriterionSpec {
  key: string;
  label: string;
  axis: 'growth' | 'harmony';
  read: (account: WorkspaceAccount) => number | null;
}

/** The template's criteria: growth potential and harmony (strategic fit, culture, vision, strategy). */
const specs: CriterionSpec[] = [
  ...demo.criteria.growth.map((c) => ({
    key: c.key,
    label: c.label,
    axis: 'growth' as const,
    // An imported file has no computed revenue growth: that criterion is then missing and the axis renormalises.
    read: (a: WorkspaceAccount) => (a.growth as Partial<Record<string, number | null>>)[c.key] ?? null,
  })),
  ...demo.criteria.harmony.map((c) => ({
    key: c.key,
    label: c.label,
    axis: 'harmony' as const,
    read: (a: WorkspaceAccount) => a.harmony[c.key],
  })),
];
const defaultWeights: Weights = Object.fromEntries(
  [...demo.criteria.growth, ...demo.criteria.harmony].map((c) => [c.key, Math.round(c.weight * 100)]),
);

/** A live editor of the criteria weights, one slider per criterion, grouped by axis. */
function WeightsEditor({ weights, onChange }: { weights: Weights; onChange: (weights: Weights) => void }) {
  const id = useId();
  return (
    <div className="weights">
      {(['growth', 'harmony'] as const).map((axis) => {
        const group = specs.filter((s) => s.axis === axis);
        const total = group.reduce((sum, s) => sum + (weights[s.key] ?? 0), 0);
        return (
          <fieldset key={axis} className="weights__group">
            <legend>
              {axis === 'growth' ? 'Growth potential' : 'Harmony'} weights
              {total === 0 ? (
                <span className="weights__warning"> (all zero: the axis cannot be scored)</span>
              ) : null}
            </legend>
            {group.map((spec) => (
              <div key={spec.key} className="weights__row">
                <label htmlFor={`${id}-${spec.key}`}>{spec.label}</label>
                <input
                  id={`${id}-${spec.key}`}
                  type="range"
                  min={0}
                  max={100}
                  step={5}
                  value={weights[spec.key] ?? 0}
                  onChange={(event) => onChange({ ...weights, [spec.key]: Number(event.target.value) })}
                />
                <output htmlFor={`${id}-${spec.key}`}>
                  {total > 0 ? `${Math.round(((weights[spec.key] ?? 0) / total) * 100)} %` : '—'}
                </output>
              </div>
            ))}
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange(defaultWeights)}>
        Reset weights
      </button>
    </div>
  );
}

/** Prioritisation: where to spend time (scoring matrix), and which accounts earn money (profit matrix, whale curve). */
export function PrioritisationPage() {
  const { data, settings } = useWorkspace();
  const [weights, setWeights] = useState<Weights>(defaultWeights);
  const latest = data.years[data.years.length - 1] ?? '';
  const revenue = useMemo(() => (a: WorkspaceAccount) => a.revenue[latest] ?? null, [latest]);
  const format = { locale: settings.locale, currency: settings.currency };
  const axesScorable = (['growth', 'harmony'] as const).every((axis) =>
    specs.some((s) => s.axis === axis && (weights[s.key] ?? 0) > 0),
  );
  const criteria: Criterion<WorkspaceAccount>[] = useMemo(
    () =>
      specs.map((s) => ({
        key: s.key,
        label: s.label,
        axis: s.axis,
        weight: weights[s.key] ?? 0,
        value: s.read,
      })),
    [weights],
  );
  const scored = useMemo(
    () => (axesScorable ? score(data.accounts, { criteria }) : null),
    [axesScorable, data.accounts, criteria],
  );
  const top = scored?.rows[0];
  const [selected, setSelected] = useState<string | null>(null);
  const breakdownId =
    selected && data.accounts.some((a) => a.id === selected) ? selected : (top?.id as string | undefined);

  return (
    <div className="grid">
      <ChartCard
        className="grid__wide"
        title="Where should we spend our time?"
        lead={`Growth potential against harmony; bubble area is revenue ${latest}. Move the weights to see the matrix change.`}
        exportName="scoring-matrix"
        csv={() => [
          ['Rank', 'Account', 'Growth', 'Harmony', 'Total', 'Quadrant', 'Incomplete'],
          ...(scored?.rows ?? []).map((r) => [
            r.rank,
            r.datum.name,
            r.growth,
            r.harmony,
            r.total,
            r.quadrant.label,
            r.incomplete,
          ]),
        ]}
      >
        {({ width }) => (
          <div className="scoring">
            <WeightsEditor weights={weights} onChange={setWeights} />
            {axesScorable ? (
              <ScoringMatrix
                data={data.accounts}
                criteria={criteria}
                size={revenue}
                label="name"
                {...format}
                width={width < 900 ? width : width - 340}
                height={width < 600 ? 420 : 520}
                table="toggle"
              />
            ) : (
              <p role="alert">Give at least one growth and one harmony criterion a weight above zero.</p>
            )}
          </div>
        )}
      </ChartCard>

      {axesScorable && breakdownId ? (
        <ChartCard
          title="Why does an account score as it does?"
          lead="Each criterion's weighted contribution to the account's growth and harmony scores."
          exportName={`score-breakdown-${breakdownId}`}
          controls={
            <label className="select">
              Account{' '}
              <select value={breakdownId} onChange={(event) => setSelected(event.target.value)}>
                {(scored?.rows ?? []).slice(0, 50).map((r) => (
                  <option key={String(r.id)} value={String(r.id)}>
                    {r.rank}. {r.datum.name}
                  </option>
                ))}
              </select>
            </label>
          }
        >
          {({ width }) => (
            <ScoreBreakdown
              data={data.accounts}
              criteria={criteria}
              account={breakdownId}
              label="name"
              {...format}
              width={width}
              table="toggle"
            />
          )}
        </ChartCard>
      ) : null}

      <ChartCard
        title="Which accounts earn their cost?"
        lead={`Cost to serve against net price realised (Shapiro et al., 1987); bubble area is revenue ${latest}.`}
        exportName="profit-matrix"
      >
        {({ width }) => (
          <ProfitMatrix
            data={data.accounts}
            x="costToServe"
            y="netPricePct"
            formatY="percent"
            preset="shapiro"
            xScale="log"
            size={revenue}
            label="name"
            {...format}
            width={width}
            height={460}
            table="toggle"
          />
        )}
      </ChartCard>

      <ChartCard
        title="How much profit do the best accounts make — and the worst destroy?"
        lead="The whale curve: cumulative contribution margin from the most to the least profitable account."
        exportName="whale-curve"
        csv={() => {
          const result = whaleCurve(data.accounts, { profit: 'contributionMargin' });
          return [
            ['Rank', 'Account', 'Contribution margin', 'Cumulative', 'Cumulative share of total'],
            ...result.rows.map((r, i) => [i + 1, r.datum.name, r.profit, r.cumulative, r.cumulativeShare]),
          ];
        }}
      >
        {({ width }) => (
          <WhaleCurve
            data={data.accounts}
            value="contributionMargin"
            label="name"
            {...format}
            width={width}
            height={380}
            table="toggle"
          />
        )}
      </ChartCard>
    </div>
  );
}
