'use client';

import type { Id, InfluenceInput } from '@kamkit/core';
import type { ReactElement, ReactNode, Ref } from 'react';
import { forwardRef, useCallback, useId, useMemo, useRef, useState } from 'react';
import { attempt } from '../../contract/errors';
import type { ChartItem } from '../../contract/types';
import type { ChartProps } from '../../contract/useChartShell';
import { useChartShell } from '../../contract/useChartShell';
import { stakeholders as deStakeholders } from '../../messages/de/stakeholders';
import { stakeholders as enStakeholders } from '../../messages/en/stakeholders';
import { resolveCommon, resolveMessages } from '../../messages/resolve';
import { translate } from '../../messages/translate';
import { ChartFrame } from '../../primitives/ChartFrame';
import { round } from '../../primitives/text';
import { stakeholdersSheet } from '../../theme/sheets/stakeholders';
import { Card, MoreCard } from './Card';
import type { StakeholderLayoutOptions } from './options';
import { STAKEHOLDER_OPTIONS } from './options';
import { arrowPath, StakeholderLegend } from './StakeholderLegend';
import type { InfluenceKind, StakeholderLayout, StakeholderMore } from './types';
import { useStakeholderLayout } from './useStakeholderLayout';

/** The stylesheets this chart renders besides the base CSS. */
const STYLES = [stakeholdersSheet];
const KINDS: readonly InfluenceKind[] = ['positive', 'neutral', 'negative'];
const NO_IDS: readonly Id[] = [];
const CATALOGUES = { en: enStakeholders, de: deStakeholders };

/**
 * Props of {@link StakeholderMap}: the shared chart props, events, and the layout options. A structural error
 * (duplicate id, missing manager, cycle, nobody at the top, an influence line or `target` naming nobody) renders
 * the error state in the chart's language and calls `onError` with core's `KamkitError` (`code`, `id`, `index`).
 */
export interface StakeholderMapProps<T, L extends InfluenceInput = InfluenceInput>
  extends ChartProps<T, StakeholderLayoutOptions<T, L>> {
  /** Width in pixels. Default: the container's width (640 on the server). The map scales down to fit, never up. */
  width?: number;
  /** Draw extra SVG on top of the map, with the computed layout (cards, lines, trees) in the map's coordinates. */
  children?: (layout: StakeholderLayout<T, L>) => ReactNode;
}

/** A "+N" card's item: kind `'bin'`, id `'more:<manager id>'`. */
const isMore = (item: ChartItem<unknown>) => item.kind === 'bin' && String(item.id).startsWith('more:');

/** The map's SVG: markers, tree labels, links, the path's halo, cards and "+N" cards, then the other lines. */
function MapMarks<T, L extends InfluenceInput>({
  layout,
  selected,
  uid,
  children,
}: {
  layout: StakeholderLayout<T, L>;
  selected: Id | null;
  uid: string;
  children?: ReactNode;
}) {
  const { cards, transform } = layout;
  const arrowId = (kind: InfluenceKind) => `${uid}-arrow-${kind}`;
  const kinds = KINDS.filter((kind) => layout.influenceLines.some((l) => l.kind === kind));
  const halos = [
    ...layout.links.filter((l) => l.onPath),
    ...layout.secondaryLines.filter((l) => l.onPath),
    ...layout.influenceLines.filter((l) => l.onPath),
  ];
  const byId = (id: Id) => selected !== null && Object.is(id, selected);
  return (
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
              <path d={arrowPath(kind)} />
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
            <Card key={String(card.id)} card={card} selected={byId(card.id)} toWin={layout.text.toWin} />
          ))}
          {layout.more.map((more) => (
            <MoreCard key={more.key} more={more} selected={byId(more.item.id)} />
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
                data-kind={line.kind ?? undefined}
                data-from={String(line.from)}
                data-to={String(line.to)}
                data-on-path={line.onPath ? 'true' : undefined}
                d={line.path}
                markerEnd={`url(#${arrowId(line.kind ?? 'neutral')})`}
              />
            ))}
          </g>
        ) : null}
        {children}
      </g>
    </>
  );
}

const SPEC = { kind: 'stakeholders', options: STAKEHOLDER_OPTIONS, height: 400, styles: STYLES };

function StakeholderMapInner<T, L extends InfluenceInput = InfluenceInput>(
  props: StakeholderMapProps<T, L>,
  ref: Ref<HTMLDivElement>,
) {
  const onSelect = props.onSelect;
  // A "+N" card opens on selection: its manager joins the expanded ones (kept by the chart).
  const [opened, setOpened] = useState<readonly Id[]>(NO_IDS);
  const moreRef = useRef<readonly StakeholderMore[]>([]);
  const select = useCallback(
    (item: ChartItem<T> | null) => {
      const group =
        item && isMore(item as ChartItem<unknown>)
          ? moreRef.current.find((g) => g.item.id === item.id)
          : undefined;
      if (group) setOpened((list) => [...list, group.managerId]);
      onSelect?.(item);
    },
    [onSelect],
  );
  const shell = useChartShell({ ...props, onSelect: select }, ref, SPEC);
  const options = shell.options as StakeholderLayoutOptions<T, L>;
  const given = options.expanded;
  const expanded = useMemo(
    () => (opened.length > 0 ? [...(given ?? []), ...opened] : given),
    [given, opened],
  );
  const result = useStakeholderLayout<T, L>({ ...options, expanded });
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '-');
  if (!result.ok) {
    // The hierarchy's own error codes (missing manager, cycle, …) are worded by this family's catalogue.
    // A getter in the caller's `messages` that throws (the reason for this error state) leaves the built-in words.
    const words = attempt(() =>
      resolveMessages(options.locale, options.messages, 'stakeholders', CATALOGUES),
    );
    const own = (
      words.ok ? words.value : resolveMessages(options.locale, undefined, 'stakeholders', CATALOGUES)
    ).family.errors;
    const failed = shell.failed(result.error);
    const text = failed.text ?? resolveCommon(options.locale, options.messages?.common);
    return <ChartFrame {...failed} text={{ ...text, errors: { ...own, ...text.errors } }} />;
  }
  const layout = result.value;
  moreRef.current = layout.more;
  const { cards } = layout;
  const selected = shell.selectedId;
  const header =
    cards.length > 0 ? (
      <>
        <p className="kamkit-stakeholders__coverage" data-coverage={layout.coverage}>
          <span className="kamkit-stakeholders__coverage-dot" aria-hidden="true" />
          <strong>
            {translate(layout.text.coverageHeader, { coverage: layout.coverageLabel }, layout.format)}
          </strong>
          {` — ${layout.coverageReason}`}
        </p>
        <StakeholderLegend layout={layout} />
      </>
    ) : null;
  return (
    <ChartFrame
      {...shell.framed(layout)}
      width={layout.width}
      height={layout.height}
      header={header}
      points={layout.points}
      explorerMode="xy"
      tableSpec={cards.length > 0 ? layout.table : undefined}
      data-orientation={layout.orientation}
      data-coverage={cards.length > 0 ? layout.coverage : undefined}
      data-collapsed={layout.collapsed > 0 ? layout.collapsed : undefined}
    >
      {cards.length === 0 ? (
        <text className="kamkit-empty" x={layout.width / 2} y={layout.height / 2} textAnchor="middle">
          {layout.description}
        </text>
      ) : (
        <MapMarks layout={layout} selected={selected} uid={uid}>
          {shell.children?.(layout)}
        </MapMarks>
      )}
    </ChartFrame>
  );
}

/**
 * Stakeholder map ("Abteilungskarte"): the account's org chart as a d3-hierarchy tree (top-down, or
 * `orientation="left-right"`), several organisations side by side (e.g. the hospital and an outside
 * consultancy). A card's colour is the quality of our relationship (a colour-blind-safe scale over
 * `relationshipDomain`, written as "4/5" on the card and in words in the tooltip); attitude is an icon and a
 * word; decision power 3/2/1 bars; a key contact a "0". Reporting lines are curved links, second reporting lines
 * dashed, influence lines dotted with arrowheads by kind — negative ones dashed with a blocking bar, never part
 * of a path. The key stakeholder to win is ringed and badged; core's best influence path to them is highlighted
 * and stated in the `<desc>`, with the coverage (red/amber/green) in the header. Large organisations collapse
 * into "+N" cards beyond `maxCards` (Enter or a click opens one). Errors render the error state.
 *
 * @example
 * <StakeholderMap data={stakeholders.people} influences={stakeholders.influences}
 *   relationship="relationshipStrength" locale="de-DE" onSelect={(item) => item && openPerson(item.id)} />
 */
export const StakeholderMap = /* @__PURE__ */ forwardRef(StakeholderMapInner) as <
  T,
  L extends InfluenceInput = InfluenceInput,
>(
  props: StakeholderMapProps<T, L> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
