import type { ReactNode } from 'react';
import { measureText, round } from '../../primitives/text';
import { CARD_TEXT, WIN_BADGE } from './cards';
import type { StakeholderCard, StakeholderMore } from './types';

const ATTITUDE_GLYPH = { positive: '+', neutral: '=', negative: '−', unknown: '?' } as const;

/** The glyph drawn in a card's attitude icon (with the word beside it, so colour is never the only signal). */
export function attitudeGlyph(attitude: string | null): string {
  return ATTITUDE_GLYPH[(attitude ?? 'unknown') as keyof typeof ATTITUDE_GLYPH] ?? '?';
}

const POWER_LEVEL = { high: 3, medium: 2, low: 1 } as const;
const BADGE_FONT = { size: 9.5, bold: true } as const;

/**
 * One person's card: background and stripe in the relationship quality's colour (`data-band` 1–5, mapped by the
 * sheet), name, title and organisation, the attitude icon and word, the relationship as a swatch and "4/5",
 * decision power as 3/2/1 bars, a key contact's "0", a key stakeholder's ring and badge.
 */
export function Card<T>({
  card,
  selected,
  toWin,
}: {
  card: StakeholderCard<T>;
  selected: boolean;
  toWin: string;
}) {
  const { width: w, height: h, node } = card;
  const attitude = node.attitude ?? 'unknown';
  const rows: { className: string; text: string }[] = [
    ...card.nameLines.map((text) => ({ className: 'kamkit-stakeholders__name', text })),
    ...card.titleLines.map((text) => ({ className: 'kamkit-stakeholders__title', text })),
    ...(card.organisationLine
      ? [{ className: 'kamkit-stakeholders__organisation', text: card.organisationLine }]
      : []),
  ];
  const bottom = h - 11;
  const powerLevel = node.decisionPower === null ? 0 : POWER_LEVEL[node.decisionPower];
  // The badge fits its word ("To win", "Gewinnen"): measured, at least the default width.
  const badge = Math.max(WIN_BADGE.width, Math.ceil(measureText(toWin, BADGE_FONT) + 12));
  return (
    <g
      className="kamkit-stakeholders__card"
      data-id={String(card.id)}
      data-attitude={attitude}
      data-band={card.band ?? 'unknown'}
      data-decision-power={node.decisionPower ?? 'unknown'}
      data-key-stakeholder={node.keyStakeholder ? 'true' : undefined}
      data-key-contact={node.keyContact ? 'true' : undefined}
      data-on-path={card.pathIndex !== null ? 'true' : undefined}
      data-target={card.target ? 'true' : undefined}
      data-stacked={card.stacked ? 'true' : undefined}
      transform={`translate(${round(card.x)},${round(card.y)})`}
    >
      {node.keyStakeholder ? (
        <rect
          className="kamkit-stakeholders__win-ring"
          x={-5}
          y={-5}
          width={w + 10}
          height={h + 10}
          rx={10}
        />
      ) : null}
      <rect
        className="kamkit-stakeholders__card-bg"
        data-selected={selected ? 'true' : undefined}
        width={w}
        height={h}
        rx={6}
      />
      <path className="kamkit-stakeholders__stripe" d={`M6,0V${h}A6,6 0 0 1 0,${h - 6}V6A6,6 0 0 1 6,0Z`} />
      {rows.map((row, i) => (
        <text key={i} className={row.className} x={CARD_TEXT.left} y={CARD_TEXT.top + i * CARD_TEXT.row}>
          {row.text}
        </text>
      ))}
      <g className="kamkit-stakeholders__attitude" data-attitude={attitude}>
        <circle
          className="kamkit-stakeholders__attitude-icon"
          cx={CARD_TEXT.left + 6}
          cy={bottom - 4}
          r={6.5}
        />
        <text
          className="kamkit-stakeholders__attitude-glyph"
          x={CARD_TEXT.left + 6}
          y={bottom - 0.5}
          textAnchor="middle"
        >
          {attitudeGlyph(node.attitude)}
        </text>
        {card.attitudeWord ? (
          <text className="kamkit-stakeholders__attitude-word" x={CARD_TEXT.left + 17} y={bottom}>
            {card.attitudeWord}
          </text>
        ) : null}
      </g>
      {card.relationshipText !== null ? (
        <g className="kamkit-stakeholders__relationship" data-value={card.relationshipLevel ?? undefined}>
          <rect
            className="kamkit-stakeholders__relationship-swatch"
            x={w - 80}
            y={bottom - 9}
            width={10}
            height={10}
            rx={2}
          />
          <text className="kamkit-stakeholders__relationship-text" x={w - 66} y={bottom}>
            {card.relationshipText}
          </text>
        </g>
      ) : null}
      {powerLevel > 0 ? (
        <g className="kamkit-stakeholders__power" data-level={powerLevel}>
          {[0, 1, 2].map((i) => (
            <rect
              key={i}
              className="kamkit-stakeholders__power-bar"
              data-on={i < powerLevel ? 'true' : 'false'}
              x={w - 26 + i * 5.5}
              y={bottom + 1.5 - (5 + i * 3.5)}
              width={4}
              height={5 + i * 3.5}
            />
          ))}
        </g>
      ) : null}
      {node.keyContact ? (
        <g className="kamkit-stakeholders__key-contact-marker">
          <circle className="kamkit-stakeholders__key-contact" cx={w - 14} cy={13} r={7} />
          <text className="kamkit-stakeholders__key-contact-text" x={w - 14} y={16.5} textAnchor="middle">
            0
          </text>
        </g>
      ) : null}
      {node.keyStakeholder ? (
        <g className="kamkit-stakeholders__win-badge">
          <rect
            x={WIN_BADGE.x}
            y={WIN_BADGE.y - WIN_BADGE.height / 2}
            width={badge}
            height={WIN_BADGE.height}
            rx={WIN_BADGE.height / 2}
          />
          <text x={WIN_BADGE.x + badge / 2} y={WIN_BADGE.y + 3.5} textAnchor="middle">
            {toWin}
          </text>
        </g>
      ) : null}
    </g>
  );
}

/** A "+N" card: the count, large, and whose reports it stands for. */
export function MoreCard({ more, selected }: { more: StakeholderMore; selected: boolean }): ReactNode {
  return (
    <g
      className="kamkit-stakeholders__more"
      data-manager={String(more.managerId)}
      data-count={more.count}
      data-stacked={more.stacked ? 'true' : undefined}
      transform={`translate(${round(more.x)},${round(more.y)})`}
    >
      <rect
        className="kamkit-stakeholders__more-bg"
        data-selected={selected ? 'true' : undefined}
        width={more.width}
        height={more.height}
        rx={6}
      />
      <text
        className="kamkit-stakeholders__more-count"
        x={more.width / 2}
        y={more.height / 2 - 4}
        textAnchor="middle"
      >
        {more.text}
      </text>
      {more.captionLines.map((line, i) => (
        <text
          key={i}
          className="kamkit-stakeholders__more-caption"
          x={more.width / 2}
          y={more.height / 2 + 18 + i * CARD_TEXT.row}
          textAnchor="middle"
        >
          {line}
        </text>
      ))}
    </g>
  );
}
