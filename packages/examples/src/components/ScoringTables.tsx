import type { ChartItem, Criterion } from '@kamkit/react';
import { ScoringTable } from '@kamkit/react';
import type { CSSProperties } from 'react';
import { accountHref } from '../route';
import type { WorkspaceAccount } from '../workspace';
import { ChartCard } from './ChartCard';
import { useText } from './text';

/** Props of {@link ScoringTables}. */
export interface ScoringTablesProps {
  data: readonly WorkspaceAccount[];
  criteria: Criterion<WorkspaceAccount>[];
  /** The width both tables share. */
  width: number;
  locale: string;
  currency: string;
  /** The selected account (shared with the scoring matrix). */
  selectedId: string | null;
  onSelect: (item: ChartItem<WorkspaceAccount> | null) => void;
  /** Accounts each table draws (the data table and CSV list all). */
  maxRows?: number;
}

/**
 * Narrowest width each table is drawn at: below it the criteria headers and their weights no longer fit their
 * columns, so on a phone the table keeps this width and scrolls sideways in its card.
 */
const MIN_WIDTH = { growth: 460, harmony: 640 } as const;

/**
 * The template's two scoring tables — growth potential and harmony — side by side when both fit at their minimum widths, stacked below;
 * both follow the shared selection.
 */
export function ScoringTables({ width, maxRows = 12, ...props }: ScoringTablesProps) {
  const sideBySide = width >= MIN_WIDTH.growth + MIN_WIDTH.harmony + 16;
  // Side by side, each table gets its minimum and half of the width left over.
  const spare = Math.max(0, width - 16 - MIN_WIDTH.growth - MIN_WIDTH.harmony);
  const widthOf = (axis: 'growth' | 'harmony') =>
    sideBySide ? MIN_WIDTH[axis] + Math.floor(spare / 2) : Math.max(width, MIN_WIDTH[axis]);
  return (
    <div className={sideBySide ? 'scoring-tables scoring-tables--pair' : 'scoring-tables'}>
      {(['growth', 'harmony'] as const).map((axis) => (
        <div
          key={axis}
          className="scroll-x scroll-wide"
          style={{ '--chart-min': `${MIN_WIDTH[axis]}px` } as CSSProperties}
        >
          <ScoringTable
            data={props.data}
            criteria={props.criteria}
            axis={axis}
            label="name"
            maxRows={maxRows}
            locale={props.locale}
            currency={props.currency}
            width={widthOf(axis)}
            selectedId={props.selectedId}
            onSelect={props.onSelect}
            table="toggle"
          />
        </div>
      ))}
    </div>
  );
}

/**
 * The Prioritisation page's card of the two scoring tables, with a selection bar that names the selected account
 * (shared with the scoring matrix) and links to its page.
 */
export function ScoringTablesCard(props: Omit<ScoringTablesProps, 'width' | 'maxRows'>) {
  const t = useText();
  const selected = props.selectedId === null ? undefined : props.data.find((a) => a.id === props.selectedId);
  return (
    <ChartCard
      className="grid__wide"
      title={t(
        'The two scoring tables: growth potential and harmony',
        'Die zwei Scoring-Tabellen: Wachstumspotenzial und Harmonie',
      )}
      lead={t(
        'Every account with each criterion’s rating (weights in the header) and the weighted axis score. Sort by a column; the selection is shared with the matrix.',
        'Jedes Konto mit der Bewertung je Kriterium (Gewichte im Kopf) und dem gewichteten Achsenwert. Nach einer Spalte sortieren; die Auswahl teilt sich die Tabelle mit der Matrix.',
      )}
      exportName="scoring-tables"
    >
      {({ width }) => (
        <>
          <p className="selection" aria-live="polite">
            {selected ? (
              <>
                {t('Selected:', 'Ausgewählt:')} <strong>{selected.name}</strong> ·{' '}
                <a href={accountHref(selected.id)}>{t('Open account page', 'Kontoseite öffnen')} →</a>
              </>
            ) : (
              t(
                'Select an account in the matrix or a table.',
                'Wählen Sie ein Konto in der Matrix oder einer Tabelle.',
              )
            )}
          </p>
          <ScoringTables
            data={props.data}
            criteria={props.criteria}
            width={width}
            locale={props.locale}
            currency={props.currency}
            selectedId={props.selectedId}
            onSelect={props.onSelect}
          />
        </>
      )}
    </ChartCard>
  );
}
