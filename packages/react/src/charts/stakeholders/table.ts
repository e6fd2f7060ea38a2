import type { ColumnTable } from '../../primitives/table';
import { columnHelper, tableFromColumns } from '../../primitives/table';
import type { PersonWords } from './points';
import { influenceNames, relationshipWords, stepWords } from './points';
import type { StakeholderCard } from './types';

/**
 * Stage 6b, table: one row per drawn person in tree order, every field in words (the relationship as "4 of 5
 * (good)"); raw values (the relationship number, `true`/`false`, the path position) for CSV.
 */
export function stakeholderTable<T>(
  cards: readonly StakeholderCard<T>[],
  words: PersonWords<unknown>,
  caption: string,
  yesNo: { yes: string; no: string },
  maxTableRows: number | undefined,
): ColumnTable {
  const { text } = words;
  const column = columnHelper<StakeholderCard<unknown>>();
  const rows = cards as readonly StakeholderCard<unknown>[];
  const orNull = (s: string) => (s === '' ? null : s);
  const text_ = (v: string | null) => v ?? '';
  const columns = [
    column({ key: 'name', header: text.name, value: (c) => c.name }),
    column({ key: 'title', header: text.jobTitle, value: (c) => c.jobTitle }),
    column({ key: 'organisation', header: text.organisation, value: (c) => c.organisation }),
    column({ key: 'manager', header: text.reportsTo, value: (c) => c.manager, format: (v) => v ?? '—' }),
    column({
      key: 'dotted',
      header: text.dottedTo,
      value: (c) => orNull(c.dottedManagers.join(', ')),
      format: text_,
    }),
    column({
      key: 'power',
      header: text.decisionPower,
      value: (c) => c.node.decisionPower,
      format: (v) => (v === null ? text.unknown : text.power[v as 'high']),
    }),
    column({
      key: 'attitude',
      header: text.attitudeHeader,
      value: (c) => c.node.attitude,
      format: (v) => (v === null ? text.unknown : text.attitude[v as 'neutral']),
    }),
    column({
      key: 'relationship',
      header: text.relationship,
      value: (c) => c.node.relationship,
      format: (_, c) => {
        const r = relationshipWords(c, words);
        return r === null ? text.unknown : `${r.value} (${r.quality})`;
      },
    }),
    column({
      key: 'keyContact',
      header: text.keyContactHeader,
      value: (c) => c.node.keyContact,
      format: (v) => (v ? yesNo.yes : yesNo.no),
    }),
    column({
      key: 'keyStakeholder',
      header: text.keyStakeholder,
      value: (c) => c.node.keyStakeholder,
      format: (v) => (v ? text.toWinCell : yesNo.no),
    }),
    column({
      key: 'influencedBy',
      header: text.influencedByHeader,
      value: (c) => orNull(influenceNames(words.influencedBy.get(c.id), 'from', words)),
      format: text_,
    }),
    column({
      key: 'influences',
      header: text.influencesHeader,
      value: (c) => orNull(influenceNames(words.influencing.get(c.id), 'to', words)),
      format: text_,
    }),
    column({
      key: 'path',
      header: text.pathHeader,
      value: (c) => c.pathIndex,
      format: (_, c) => {
        const step = stepWords(c, words);
        return step.charAt(0).toUpperCase() + step.slice(1);
      },
    }),
  ];
  return tableFromColumns(rows, columns, { caption, maxTableRows });
}
