import type { ChartItem, Criterion } from '@kamkit/react';
import { ScoringTable } from '@kamkit/react';
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
 * The template's two scoring tables — growth potential and harmony — side by side from 900 px, stacked below
 * (each needs about 420 px for its criteria columns); both follow the shared selection.
 */
export function ScoringTables({ width, maxRows = 12, ...props }: ScoringTablesProps) {
  const sideBySide = width >= 900;
  const tableWidth = sideBySide ? Math.floor((width - 16) / 2) : width;
  return (
    <div className={sideBySide ? 'scoring-tables scoring-tables--pair' : 'scoring-tables'}>
      {(['growth', 'harmony'] as const).map((axis) => (
        <ScoringTable
          key={axis}
          data={props.data}
          criteria={props.criteria}
          axis={axis}
          label="name"
          maxRows={maxRows}
          locale={props.locale}
          currency={props.currency}
          width={tableWidth}
          selectedId={props.selectedId}
          onSelect={props.onSelect}
          table="toggle"
        />
      ))}
    </div>
  );
}
