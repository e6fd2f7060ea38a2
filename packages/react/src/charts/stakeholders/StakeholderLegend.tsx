import type { InfluenceInput } from '@kamkit/core';
import type { ReactNode } from 'react';
import { translate } from '../../messages/translate';
import { attitudeGlyph } from './Card';
import type { InfluenceKind, StakeholderLayout } from './types';

/**
 * An influence line's arrowhead in a 10×10 box, tip at (10, 5): the map's line markers and the legend's keys
 * draw the same shape. A negative line ends in a bar across the arrow ("blocks"), so it differs by shape too.
 */
export const arrowPath = (kind: InfluenceKind) =>
  kind === 'negative' ? 'M0,1L7,5L0,9ZM8,0H10V10H8Z' : 'M0,1L10,5L0,9Z';

/**
 * The legend's key of an influence line: the map's dotted (or dashed) stroke and arrowhead, drawn in SVG so an
 * export (which draws the legend's boxes and clones its SVG) shows the arrowhead as the screen does.
 */
function InfluenceKey({ kind }: { kind: InfluenceKind }) {
  return (
    <Key kind="influence" data-kind={kind}>
      <svg width="26" height="9" viewBox="0 0 26 9" focusable="false" aria-hidden="true">
        <path className="kamkit-stakeholders__key-line" data-kind={kind} d="M1.5,4.5H18" />
        <path
          className="kamkit-stakeholders__key-arrow"
          transform="translate(17 0) scale(.9)"
          d={arrowPath(kind)}
        />
      </svg>
    </Key>
  );
}

/** A legend key drawn with HTML and CSS (the influence keys with SVG), styled by the same variables as the map. */
function Key({
  kind,
  children,
  ...data
}: { kind: string; children?: ReactNode } & Record<`data-${string}`, string>) {
  return (
    <span className="kamkit-stakeholders__key" data-key={kind} aria-hidden="true" {...data}>
      {children}
    </span>
  );
}

/**
 * The stakeholder map's legend (HTML and CSS, above the plot): the relationship quality scale (five colour
 * steps from weak to strong), attitudes (icon and word), decision power, key contact, the key stakeholder to
 * win, the kinds of lines and the highlighted path — only what the map shows.
 */
export function StakeholderLegend<T, L extends InfluenceInput>({
  layout,
}: {
  layout: StakeholderLayout<T, L>;
}) {
  const { cards, text, format } = layout;
  if (cards.length === 0) return null;
  const items: { key: string; label: string; swatch: ReactNode }[] = [];
  if (cards.some((c) => c.band !== null)) {
    const [min, max] = layout.relationshipDomain;
    items.push({
      key: 'relationship',
      label: translate(text.legendRelationship, { min, max }, format),
      swatch: (
        <Key kind="relationship">
          {[1, 2, 3, 4, 5].map((band) => (
            <span key={band} data-band={band} />
          ))}
        </Key>
      ),
    });
  }
  for (const attitude of ['positive', 'neutral', 'negative'] as const) {
    if (!cards.some((c) => c.node.attitude === attitude)) continue;
    items.push({
      key: `attitude-${attitude}`,
      label: text.legendAttitude[attitude],
      swatch: (
        <Key kind="attitude" data-attitude={attitude}>
          {attitudeGlyph(attitude)}
        </Key>
      ),
    });
  }
  if (cards.some((c) => c.node.attitude === null)) {
    items.push({
      key: 'attitude-unknown',
      label: text.legendAttitudeUnknown,
      swatch: (
        <Key kind="attitude" data-attitude="unknown">
          {attitudeGlyph(null)}
        </Key>
      ),
    });
  }
  if (cards.some((c) => c.node.decisionPower !== null)) {
    items.push({
      key: 'power',
      label: text.legendPower,
      swatch: (
        <Key kind="power">
          <span />
          <span />
          <span />
        </Key>
      ),
    });
  }
  if (cards.some((c) => c.node.keyContact)) {
    items.push({ key: 'key-contact', label: text.legendKeyContact, swatch: <Key kind="key-contact">0</Key> });
  }
  if (cards.some((c) => c.node.keyStakeholder)) {
    items.push({ key: 'to-win', label: text.legendToWin, swatch: <Key kind="to-win" /> });
  }
  if (layout.links.length > 0) {
    items.push({ key: 'reporting', label: text.legendReporting, swatch: <Key kind="reporting" /> });
  }
  if (layout.secondaryLines.length > 0) {
    items.push({ key: 'secondary', label: text.legendSecondary, swatch: <Key kind="secondary" /> });
  }
  for (const kind of ['positive', 'negative', 'neutral'] as const) {
    if (!layout.influenceLines.some((l) => l.kind === kind)) continue;
    items.push({
      key: `influence-${kind}`,
      label: text.legendInfluence[kind],
      swatch: <InfluenceKey kind={kind} />,
    });
  }
  if (layout.path && layout.path.length > 0) {
    items.push({ key: 'path', label: text.legendPath, swatch: <Key kind="path" /> });
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
