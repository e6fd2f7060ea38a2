import type { InfluenceInput } from '@kamkit/core';
import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef, useId } from 'react';
import type { ChartBaseProps } from '../../primitives/ChartFrame';
import { ChartFrame } from '../../primitives/ChartFrame';
import { round } from '../../primitives/text';
import { stakeholdersSheet } from '../../theme/sheets/stakeholders';
import { attitudeGlyph, StakeholderLegend } from './StakeholderLegend';
import type {
  InfluenceKind,
  StakeholderCard,
  StakeholderLayout,
  StakeholderLayoutOptions,
} from './useStakeholderLayout';
import { CARD_TEXT, useStakeholderLayout, WIN_BADGE } from './useStakeholderLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [stakeholdersSheet];

/**
 * Props of {@link StakeholderMap}.
 *
 * Structural errors (duplicate id, missing manager, cycle, nobody at the top, an influence line or `target`
 * naming nobody) never throw: the map renders an error state — a `role="alert"` message naming the problem,
 * `data-error="<code>"` on the root — so a typo in the data cannot take the page down. There is deliberately no
 * `onError` callback: reporting needs an effect, and the map stays a server-safe component (no client-only
 * React APIs outside the client entry). To react to the error in code, use the headless hook in your client
 * component (`useStakeholderLayout(options).error` is core's `KamkitError`, with `code`, `id`, `index`), or
 * validate first with core's `stakeholderMap(people, options)`, which throws that error.
 */
export interface StakeholderMapProps<T, L extends InfluenceInput = InfluenceInput>
  extends ChartBaseProps,
    StakeholderLayoutOptions<T, L> {
  /** Draw extra SVG on top of the map, with the computed layout (cards, lines, trees) in the map's coordinates. */
  children?: (layout: StakeholderLayout<T, L>) => ReactNode;
}

function Card<T>({ card, relationshipMax }: { card: StakeholderCard<T>; relationshipMax: number }) {
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
  const powerLevel =
    node.decisionPower === 'high'
      ? 3
      : node.decisionPower === 'medium'
        ? 2
        : node.decisionPower === 'low'
          ? 1
          : 0;
  // Dots for a small whole-number scale (1–5 as on the slide), a meter otherwise (e.g. 0–1 or 0–10).
  const dots =
    Number.isInteger(relationshipMax) && relationshipMax >= 2 && relationshipMax <= 7 ? relationshipMax : 0;
  const level = card.relationshipLevel;
  return (
    <g
      className="kamkit-stakeholders__card"
      data-id={String(card.id)}
      data-attitude={attitude}
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
      <rect className="kamkit-stakeholders__card-bg" width={w} height={h} rx={6} />
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
            {node.attitude ?? 'unknown'}
          </text>
        ) : null}
      </g>
      {level !== null ? (
        dots > 0 ? (
          <g className="kamkit-stakeholders__relationship" data-value={level}>
            {Array.from({ length: dots }, (_, i) => (
              <circle
                key={i}
                className="kamkit-stakeholders__relationship-dot"
                data-on={i < Math.round(level) ? 'true' : 'false'}
                cx={w - 38 - (dots - 1 - i) * 7}
                cy={bottom - 4}
                r={2.6}
              />
            ))}
          </g>
        ) : (
          <g className="kamkit-stakeholders__relationship" data-value={level}>
            <rect
              className="kamkit-stakeholders__relationship-dot"
              data-on="false"
              x={w - 82}
              y={bottom - 6.5}
              width={46}
              height={5}
              rx={2.5}
            />
            <rect
              className="kamkit-stakeholders__relationship-dot"
              data-on="true"
              x={w - 82}
              y={bottom - 6.5}
              width={round((46 * level) / relationshipMax)}
              height={5}
              rx={2.5}
            />
          </g>
        )
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
            width={WIN_BADGE.width}
            height={WIN_BADGE.height}
            rx={WIN_BADGE.height / 2}
          />
          <text x={WIN_BADGE.x + WIN_BADGE.width / 2} y={WIN_BADGE.y + 3.5} textAnchor="middle">
            To win
          </text>
        </g>
      ) : null}
    </g>
  );
}

function StakeholderMapInner<T, L extends InfluenceInput = InfluenceInput>(
  props: StakeholderMapProps<T, L>,
  ref: Ref<HTMLDivElement>,
) {
  const {
    people,
    id,
    parentId,
    secondaryParentId,
    decisionPower,
    attitude,
    relationship,
    keyContact,
    isKeyStakeholder,
    name,
    jobTitle,
    organisation,
    influences,
    influenceKind,
    target,
    pathFrom,
    paths,
    orientation,
    nodeWidth,
    nodeHeight,
    stackLeaves,
    relationshipMax,
    width,
    height,
    locale,
    title,
    description,
    children,
    ...rest
  } = props;
  const layout = useStakeholderLayout<T, L>({
    people,
    id,
    parentId,
    secondaryParentId,
    decisionPower,
    attitude,
    relationship,
    keyContact,
    isKeyStakeholder,
    name,
    jobTitle,
    organisation,
    influences,
    influenceKind,
    target,
    pathFrom,
    paths,
    orientation,
    nodeWidth,
    nodeHeight,
    stackLeaves,
    relationshipMax,
    width,
    height,
    locale,
  });
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '-');
  const arrowId = (kind: InfluenceKind) => `${uid}-arrow-${kind}`;
  const { error, cards, transform } = layout;
  const kinds = [...new Set(layout.influenceLines.map((l) => l.kind))];
  const halos = [
    ...layout.links.filter((l) => l.onPath),
    ...layout.secondaryLines.filter((l) => l.onPath),
    ...layout.influenceLines.filter((l) => l.onPath),
  ];
  const header = (
    <>
      {error ? (
        <p className="kamkit-stakeholders__error" role="alert" data-code={error.code}>
          {`The stakeholder map cannot be drawn: ${error.message}`}
        </p>
      ) : null}
      {layout.coverage && cards.length > 0 ? (
        <p className="kamkit-stakeholders__coverage" data-coverage={layout.coverage}>
          <span className="kamkit-stakeholders__coverage-dot" aria-hidden="true" />
          <strong>{`Coverage: ${layout.coverage}`}</strong>
          {` — ${layout.coverageReason}`}
        </p>
      ) : null}
      <StakeholderLegend layout={layout} />
    </>
  );
  return (
    <ChartFrame
      styles={STYLES}
      {...rest}
      rootRef={ref}
      kind="stakeholders"
      width={layout.width}
      height={layout.height}
      title={title ?? 'Stakeholder map'}
      description={description ?? layout.description}
      header={header}
      points={layout.points}
      explorerMode="xy"
      explorerLabel={`${title ?? 'Stakeholder map'}: use the arrow keys to move between people`}
      tableSpec={cards.length > 0 ? layout.table : undefined}
      data-orientation={layout.orientation}
      data-coverage={layout.coverage ?? undefined}
      data-error={error?.code}
    >
      {cards.length === 0 ? (
        <text className="kamkit-empty" x={layout.width / 2} y={layout.height / 2} textAnchor="middle">
          {error
            ? 'Stakeholder map unavailable: the hierarchy is broken.'
            : 'No people on the stakeholder map.'}
        </text>
      ) : (
        <>
          {kinds.length > 0 ? (
            <defs>
              {kinds.map((kind) => (
                <marker
                  key={kind}
                  id={arrowId(kind)}
                  className="kamkit-stakeholders__arrow"
                  data-kind={kind}
                  viewBox="0 0 10 10"
                  refX={9}
                  refY={5}
                  markerWidth={9}
                  markerHeight={9}
                  markerUnits="userSpaceOnUse"
                  orient="auto"
                >
                  <path d="M0,1L10,5L0,9Z" />
                </marker>
              ))}
            </defs>
          ) : null}
          <g
            className="kamkit-stakeholders__map"
            transform={`translate(${transform.tx},${transform.ty})${transform.scale === 1 ? '' : ` scale(${transform.scale})`}`}
          >
            <g className="kamkit-stakeholders__trees">
              {layout.trees.map((tree) =>
                tree.label ? (
                  <text
                    key={String(tree.rootId)}
                    className="kamkit-stakeholders__tree-label"
                    x={round(tree.labelX)}
                    y={round(tree.labelY)}
                  >
                    {tree.label}
                  </text>
                ) : null,
              )}
            </g>
            <g className="kamkit-stakeholders__links">
              {layout.links.map((link) => (
                <path
                  key={link.key}
                  className="kamkit-stakeholders__link"
                  data-on-path={link.onPath ? 'true' : undefined}
                  d={link.path}
                />
              ))}
            </g>
            {halos.length > 0 ? (
              <g className="kamkit-stakeholders__path">
                {halos.map((line) => (
                  <path key={line.key} className="kamkit-stakeholders__path-halo" d={line.path} />
                ))}
              </g>
            ) : null}
            <g className="kamkit-stakeholders__cards">
              {cards.map((card) => (
                <Card key={String(card.id)} card={card} relationshipMax={layout.relationshipMax} />
              ))}
            </g>
            {layout.secondaryLines.length > 0 ? (
              <g className="kamkit-stakeholders__secondaries">
                {layout.secondaryLines.map((line) => (
                  <path
                    key={line.key}
                    className="kamkit-stakeholders__secondary"
                    data-from={String(line.from)}
                    data-to={String(line.to)}
                    data-on-path={line.onPath ? 'true' : undefined}
                    d={line.path}
                  />
                ))}
              </g>
            ) : null}
            {layout.influenceLines.length > 0 ? (
              <g className="kamkit-stakeholders__influences">
                {layout.influenceLines.map((line) => (
                  <path
                    key={line.key}
                    className="kamkit-stakeholders__influence"
                    data-kind={line.kind}
                    data-from={String(line.from)}
                    data-to={String(line.to)}
                    data-on-path={line.onPath ? 'true' : undefined}
                    d={line.path}
                    markerEnd={`url(#${arrowId(line.kind)})`}
                  />
                ))}
              </g>
            ) : null}
            {children?.(layout)}
          </g>
        </>
      )}
    </ChartFrame>
  );
}

/**
 * Stakeholder map ("Abteilungskarte"): the account's org chart as a d3-hierarchy tree (top-down, or
 * `orientation="left-right"`), several organisations side by side (e.g. the hospital and an outside
 * consultancy). Cards show name, title, organisation where it differs, attitude by colour and icon, decision
 * power as 3/2/1 bars, relationship strength as dots and key contacts with a "0". Reporting lines are curved
 * links, second reporting lines dashed, influence lines dotted with arrowheads coloured by kind. Key
 * stakeholders to win are ringed and badged "To win"; the influence path to the `target` (default: the first
 * key stakeholder) is highlighted and stated in the `<desc>`, with the coverage (red/amber/green) in the header.
 * Broken hierarchies show an error state (`role="alert"`) instead of throwing.
 *
 * @example
 * <StakeholderMap
 *   people={stakeholders.people}
 *   influences={stakeholders.influences}
 *   relationship="relationshipStrength"
 * />
 */
export const StakeholderMap = /* @__PURE__ */ forwardRef(StakeholderMapInner) as <
  T,
  L extends InfluenceInput = InfluenceInput,
>(
  props: StakeholderMapProps<T, L> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
