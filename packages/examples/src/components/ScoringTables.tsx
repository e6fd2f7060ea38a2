import type { ChartItem, Criterion } from '@kamkit/react';
import { ScoringTable } from '@kamkit/react';
import type { CSSProperties } from 'react';
import type { WorkspaceAccount } from '../workspace';

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
