import { StakeholderMap } from '@kamkit/react';
import type { CSSProperties } from 'react';
import { useEffect, useRef } from 'react';
import { ChartCard } from '../components/ChartCard';
import { useText } from '../components/text';
import { useWorkspace } from '../workspace';

/** Account plan: whom to win over at the flagship account, and through whom. */
export function AccountPlanPage() {
  const { data, settings } = useWorkspace();
  const t = useText();
  const map = data.stakeholders;
  const flagship = data.accounts.find((a) => a.id === data.flagshipId);
  const scroller = useRef<HTMLDivElement>(null);
  const centred = useRef(false);
  // On a phone the map is wider than the screen: open it once with the stakeholder to win in view, not cut off
  // at the right edge (the user scrolls sideways from there). The map appears once its card is measured, so
  // this runs after each render until it has found the card.
  useEffect(() => {
    const box = scroller.current;
    const key = box?.querySelector('[data-key-stakeholder=true]');
    if (centred.current || !box || !key) return;
    centred.current = true;
    if (box.scrollWidth <= box.clientWidth) return;
    const card = key.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    box.scrollLeft += card.left + card.width / 2 - (view.left + view.width / 2);
  });
  if (!map || !flagship) {
    return (
      <section className="card">
        <h2>{t('Account plan', 'Account-Plan')}</h2>
        <p>
          {t(
            'Your file has no stakeholder map. The demo data shows one for its flagship account: go back to the demo data from the header to see it.',
            'Ihre Datei enthält keine Stakeholder-Karte. Die Demodaten zeigen eine für ihren Vorzeigekunden: Wechseln Sie im Kopf zurück zu den Demodaten, um sie zu sehen.',
          )}
        </p>
      </section>
    );
  }
  const revenue = flagship.revenue[data.years[data.years.length - 1] ?? ''];
  return (
    <div className="grid">
      <ChartCard
        className="grid__wide"
        title={t(
          `Whom do we need to win at ${flagship.name}?`,
          `Wen müssen wir bei ${flagship.name} gewinnen?`,
        )}
        lead={`${flagship.name} (${flagship.plan ?? t('no plan', 'kein Plan')}${
          revenue != null
            ? `, ${t('revenue', 'Umsatz')} ${new Intl.NumberFormat(settings.locale, { style: 'currency', currency: settings.currency, maximumFractionDigits: 0 }).format(revenue)}`
            : ''
        }): ${t(
          'reporting lines, the quality of our relationship by colour, attitude by icon and word, decision power, key contacts and dotted lines of influence (a negative line is drawn but never a route). The highlighted path is the best way to the key stakeholder by the kit’s rule: through supporters first, then the fewest steps, then the strongest weakest relationship.',
          'Berichtslinien, die Qualität unserer Beziehung als Farbe, die Haltung als Symbol und Wort, Entscheidungsmacht, Schlüsselkontakte und gestrichelte Einflusslinien (eine negative Linie wird gezeichnet, ist aber nie ein Weg). Der hervorgehobene Weg ist der beste zur Schlüsselperson nach der Regel des Kits: zuerst über Befürworter, dann mit den wenigsten Schritten, dann mit der stärksten schwächsten Beziehung.',
        )}`}
        exportName={`stakeholders-${flagship.id}`}
        csv={() => [
          [
            'Name',
            'Title',
            'Organisation',
            'Reports to',
            'Decision power',
            'Attitude',
            'Relationship (1–5)',
            'Key contact',
          ],
          ...map.people.map((p) => [
            p.name,
            p.title,
            p.organisation,
            map.people.find((q) => q.id === p.parentId)?.name ?? '',
            p.decisionPower,
            p.attitude,
            p.relationshipStrength,
            p.keyContact,
          ]),
        ]}
      >
        {({ width }) => (
          <div
            className="scroll-x account-map"
            ref={scroller}
            style={{ '--map-view': `${width}px` } as CSSProperties}
          >
            <StakeholderMap
              data={map.people}
              influences={map.influences}
              relationship="relationshipStrength"
              locale={settings.locale}
              width={Math.max(width, 900)}
              table="toggle"
            />
          </div>
        )}
      </ChartCard>
    </div>
  );
}
