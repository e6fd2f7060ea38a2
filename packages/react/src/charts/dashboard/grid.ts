/** The gap between panels, in pixels (the dashboard sheet's grid gap). */
const GAP = 16;
/** A panel's padding (12 px a side) and border (1 px a side) around the chart it holds: 2 × 12 + 2 × 1. */
const PANEL_CHROME = 26;

/**
 * The dashboard's columns at `width` (3 from 960 px, 2 from 640 px, else 1) and the inner width of a panel
 * spanning `span` columns (gaps of 16 px, 12 px padding and a 1 px border in each panel).
 *
 * @example
 * dashboardGrid(1280).panel(2); // 822: the MRR-by-plan chart's width on a 1,280 px dashboard
 */
export function dashboardGrid(width: number): { columns: 1 | 2 | 3; panel: (span: number) => number } {
  const columns = width >= 960 ? 3 : width >= 640 ? 2 : 1;
  const column = (width - GAP * (columns - 1)) / columns;
  return {
    columns,
    panel: (span) =>
      Math.max(
        200,
        Math.floor(Math.min(span, columns) * column + (Math.min(span, columns) - 1) * GAP - PANEL_CHROME),
      ),
  };
}
