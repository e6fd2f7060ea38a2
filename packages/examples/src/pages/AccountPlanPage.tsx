import { StakeholderMap } from '@kamkit/react';
import type { CSSProperties } from 'react';
import { useEffect, useRef } from 'react';
import { ChartCard } from '../components/ChartCard';
import { useWorkspace } from '../workspace';

/** Account plan: whom to win over at the flagship account, and through whom. */
export function AccountPlanPage() {
  const { data, settings } = useWorkspace();
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
        <h2>Account plan</h2>
        <p>
          Your file has no stakeholder map. The demo data shows one for its flagship account:{' '}
          <a href="#/import">go back to the demo data</a> from the header to see it.
        </p>
      </section>
    );
  }
  const revenue = flagship.revenue[data.years[data.years.length - 1] ?? ''];
  return (
    <div className="grid">
      <ChartCard
        className="grid__wide"
        title={`Whom do we need to win at ${flagship.name}?`}
        lead={
          <>
            {flagship.name} ({flagship.plan ?? 'no plan'}
            {revenue != null
              ? `, revenue ${new Intl.NumberFormat(settings.locale, { style: 'currency', currency: settings.currency, maximumFractionDigits: 0 }).format(revenue)}`
              : ''}
            ): reporting lines, relationship quality by colour, decision power, key contacts and dotted lines
            of influence. The highlighted path is the shortest way from a supporter to the key stakeholder.
          </>
        }
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
