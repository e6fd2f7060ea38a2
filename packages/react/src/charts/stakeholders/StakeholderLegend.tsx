import type { InfluenceInput } from '@kamkit/core';
import type { ReactNode } from 'react';
import type { InfluenceKind, StakeholderLayout } from './useStakeholderLayout';

const ATTITUDE_GLYPH = { positive: '+', neutral: '=', negative: '−', unknown: '?' } as const;

/** The glyph drawn in a card's attitude icon, so colour is not the only signal. */
export function attitudeGlyph(attitude: string | null): string {
  return ATTITUDE_GLYPH[(attitude ?? 'unknown') as keyof typeof ATTITUDE_GLYPH] ?? '?';
}

const INFLUENCE_WORDS: Record<InfluenceKind, string> = {
  positive: 'Influence for us',
  negative: 'Influence against us',
  neutral: 'Influence (neutral)',
  unknown: 'Influence',
};

/** A legend key drawn with HTML and CSS (no SVG), styled by the same variables as the map. */
function Key({
  kind,
  ...data
}: {
  kind: string;
  'data-attitude'?: string;
  'data-kind'?: string;
  children?: ReactNode;
}) {
  return <span className="kamkit-stakeholders__key" data-key={kind} aria-hidden="true" {...data} />;
}

/**
 * The stakeholder map's legend (HTML and CSS, above the plot): attitudes (colour and icon), decision power, relationship,
 * key contact, the key stakeholder to win, the kinds of lines and the highlighted path — only what the map shows.
 */
export function StakeholderLegend<T, L extends InfluenceInput>({
  layout,
}: {
  layout: StakeholderLayout<T, L>;
}) {
  const { cards } = layout;
  if (cards.length === 0) return null;
  const items: { key: string; label: string; swatch: ReactNode }[] = [];
  for (const attitude of ['positive', 'neutral', 'negative', 'unknown'] as const) {
    if (!cards.some((c) => (c.node.attitude ?? 'unknown') === attitude)) continue;
    items.push({
      key: `attitude-${attitude}`,
      label:
        attitude === 'unknown' ? 'Attitude unknown' : attitude.charAt(0).toUpperCase() + attitude.slice(1),
      swatch: (
        <Key kind="attitude" data-attitude={attitude}>
          {attitudeGlyph(attitude)}
        </Key>
      ),
    });
  }
  if (cards.some((c) => c.node.decisionPower !== null)) {
    items.push({
      key: 'power',
      label: 'Decision power (3 bars: high)',
      swatch: (
        <Key kind="power">
          <span />
          <span />
          <span />
        </Key>
      ),
    });
  }
  if (cards.some((c) => c.relationshipLevel !== null)) {
    items.push({
      key: 'relationship',
      label: `Relationship (of ${layout.format.integer(layout.relationshipMax)})`,
      swatch: (
        <Key kind="relationship">
          <span />
          <span />
          <span />
        </Key>
      ),
    });
  }
  if (cards.some((c) => c.node.keyContact)) {
    items.push({ key: 'key-contact', label: 'Key contact', swatch: <Key kind="key-contact">0</Key> });
  }
  if (cards.some((c) => c.node.keyStakeholder)) {
    items.push({ key: 'to-win', label: 'Key stakeholder to win', swatch: <Key kind="to-win" /> });
  }
  if (layout.links.length > 0) {
    items.push({ key: 'reporting', label: 'Reports to', swatch: <Key kind="reporting" /> });
  }
  if (layout.secondaryLines.length > 0) {
    items.push({ key: 'secondary', label: 'Dotted reporting line', swatch: <Key kind="secondary" /> });
  }
  for (const kind of ['positive', 'negative', 'neutral', 'unknown'] as const) {
    if (!layout.influenceLines.some((l) => l.kind === kind)) continue;
    items.push({
      key: `influence-${kind}`,
      label: INFLUENCE_WORDS[kind],
      swatch: <Key kind="influence" data-kind={kind} />,
    });
  }
  if (layout.path && layout.path.length > 0) {
    items.push({ key: 'path', label: 'Path to win', swatch: <Key kind="path" /> });
  }
  return (
    <ul className="kamkit-legend kamkit-stakeholders__legend">
      {items.map((item) => (
        <li key={item.key} className="kamkit-legend__item">
          {item.swatch}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
