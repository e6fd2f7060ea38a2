import type { ChartItem } from '@kamkit/react';
import { ProfitMatrix, ScoreBreakdown, ScoringMatrix, score, WhaleCurve, whaleCurve } from '@kamkit/react';
import { useMemo, useState } from 'react';
import { ChartCard } from '../components/ChartCard';
import { CrossSellCard } from '../components/CrossSellMatrix';
import {
  activeAccounts,
  buildCriteria,
  defaultWeights,
  axesScorable as scorable,
  type Weights,
} from '../components/criteria';
import { openSelectedAccount } from '../components/drill';
import { ScoringTablesCard } from '../components/ScoringTables';
import { useText } from '../components/text';
import { WeightsEditor } from '../components/WeightsEditor';
import { useWorkspace, type WorkspaceAccount } from '../workspace';

/** The whale curve of contribution margin: how much the best accounts make and the worst destroy. */
function WhaleCard() {
  const { data, settings } = useWorkspace();
  const t = useText();
  const latest = data.years[data.years.length - 1] ?? '';
  const format = { locale: settings.locale, currency: settings.currency };
  return (
    <ChartCard
      title={t(
        'How much profit do the best accounts make — and the worst destroy?',
        'Wie viel Gewinn machen die besten Konten — und wie viel vernichten die schlechtesten?',
      )}
      lead={t(
        `The whale curve: cumulative contribution margin ${latest} from the most to the least profitable account — every account that was a customer in ${latest}, also those that left during the year (their cost and revenue of ${latest} count).`,
        `Die Walkurve: kumulierter Deckungsbeitrag ${latest} vom profitabelsten zum am wenigsten profitablen Konto — jedes Konto, das ${latest} Kunde war, auch die im Lauf des Jahres gekündigten (ihre Kosten und Umsätze ${latest} zählen).`,
      )}
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
  );
}

/** The profit matrix: cost to serve against net price realised, every account with cost in the latest year. */
function ProfitCard() {
  const { data, settings } = useWorkspace();
  const t = useText();
  const latest = data.years[data.years.length - 1] ?? '';
  const revenue = useMemo(() => (a: WorkspaceAccount) => a.revenue[latest] ?? null, [latest]);
  const format = { locale: settings.locale, currency: settings.currency };
  return (
    <ChartCard
      title={t('Which accounts earn their cost?', 'Welche Konten verdienen ihre Kosten?')}
      lead={t(
        `Cost to serve against net price realised (Shapiro et al., 1987); bubble area is revenue ${latest}. Every account with cost to serve in ${latest}, also those that left during the year.`,
        `Betreuungskosten gegen realisierten Nettopreis (Shapiro u. a., 1987); die Blasenfläche ist der Umsatz ${latest}. Jedes Konto mit Betreuungskosten ${latest}, auch die im Lauf des Jahres gekündigten.`,
      )}
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
          onSelect={openSelectedAccount}
        />
      )}
    </ChartCard>
  );
}

/**
 * Which accounts the scoring covers, in the page's words: the active ones (see `activeAccounts`); on the demo
 * data they are the accounts the Scenario scores.
 */
function scopeNote(
  active: number,
  churned: number,
  demoData: boolean,
  t: (en: string, de: string) => string,
): string {
  if (churned === 0) return t(`All ${active} accounts are scored.`, `Bewertet werden alle ${active} Konten.`);
  const note = t(
    `Scored: the ${active} accounts still with us; churned accounts (${churned}) have nothing left to win and are left out.`,
    `Bewertet werden die ${active} Konten, die noch Kunden sind; gekündigte Konten (${churned}) haben nichts mehr zu gewinnen und fehlen.`,
  );
  return demoData
    ? `${note} ${t('The Scenario scores the same accounts.', 'Das Szenario bewertet dieselben Konten.')}`
    : note;
}

/** Prioritisation: where to spend time (scoring matrix), and which accounts earn money (profit matrix, whale curve). */
export function PrioritisationPage() {
  const { data, settings } = useWorkspace();
  const active = useMemo(() => activeAccounts(data.accounts), [data.accounts]);
  const churned = data.accounts.length - active.length;
  const [weights, setWeights] = useState<Weights>(defaultWeights);
  const latest = data.years[data.years.length - 1] ?? '';
  const revenue = useMemo(() => (a: WorkspaceAccount) => a.revenue[latest] ?? null, [latest]);
  const format = { locale: settings.locale, currency: settings.currency };
  const t = useText();
  const axesScorable = scorable(weights);
  const criteria = useMemo(() => buildCriteria(weights, settings.locale), [weights, settings.locale]);
  const scored = useMemo(
    () => (axesScorable ? score(active, { criteria }) : null),
    [axesScorable, active, criteria],
  );
  const top = scored?.rows[0];
  // One selection shared by the matrix, the two scoring tables and the breakdown: selecting an account in any
  // of them marks it in all and names it in the selection bar, which links to its page.
  const [selected, setSelected] = useState<string | null>(null);
  const selectedAccount = selected ? active.find((a) => a.id === selected) : undefined;
  const onSelect = (item: ChartItem<WorkspaceAccount> | null) =>
    setSelected(item?.kind === 'account' ? String(item.id) : null);
  const breakdownId = selectedAccount?.id ?? (top?.id as string | undefined);

  return (
    <div className="grid">
      <ChartCard
        className="grid__wide"
        title={t('Where should we spend our time?', 'Wo sollten wir unsere Zeit einsetzen?')}
        lead={`${t(
          `Growth potential (computed from revenue growth and revenue potential) against harmony; bubble area is revenue ${latest}. Move the weights to see the matrix change; select a bubble or a table row to mark the account in both.`,
          `Wachstumspotenzial (berechnet aus Umsatzwachstum und Umsatzpotenzial) gegen Harmonie; die Blasenfläche ist der Umsatz ${latest}. Verschieben Sie die Gewichte, um die Matrix zu verändern; wählen Sie eine Blase oder eine Tabellenzeile, um das Konto in beiden zu markieren.`,
        )} ${scopeNote(active.length, churned, data.source.kind === 'demo', t)}`}
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
                data={active}
                criteria={criteria}
                size={revenue}
                label="name"
                {...format}
                width={width < 900 ? width : width - 340}
                height={width < 600 ? 420 : 520}
                table="toggle"
                selectedId={selected}
                onSelect={onSelect}
              />
            ) : (
              <p role="alert">
                {t(
                  'Give at least one growth and one harmony criterion a weight above zero.',
                  'Geben Sie mindestens einem Wachstums- und einem Harmonie-Kriterium ein Gewicht über null.',
                )}
              </p>
            )}
          </div>
        )}
      </ChartCard>

      {axesScorable ? (
        <ScoringTablesCard
          data={active}
          criteria={criteria}
          {...format}
          selectedId={selected}
          onSelect={onSelect}
        />
      ) : null}

      {axesScorable && breakdownId ? (
        <ChartCard
          title={t('Why does an account score as it does?', 'Warum erzielt ein Konto seinen Score?')}
          lead={t(
            "Each criterion's weighted contribution to the account's growth and harmony scores.",
            'Der gewichtete Beitrag jedes Kriteriums zu Wachstums- und Harmonie-Score des Kontos.',
          )}
          exportName={`score-breakdown-${breakdownId}`}
          controls={
            <label className="select">
              {t('Account', 'Konto')}{' '}
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
              data={active}
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

      <ProfitCard />

      <WhaleCard />

      {data.source.kind === 'demo' ? <CrossSellCard {...format} /> : null}
    </div>
  );
}
