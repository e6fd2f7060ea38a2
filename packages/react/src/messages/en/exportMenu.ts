/** ExportMenu's words (English). */
export const exportMenu = {
  /** The group's accessible name. */
  label: 'Download the chart',
  svg: 'SVG',
  png: 'PNG',
  csv: 'CSV',
  /** Accessible names of the buttons (the visible text is the short format name). */
  svgLong: 'Download as SVG (vector image)',
  pngLong: 'Download as PNG (image)',
  csvLong: 'Download the data as CSV',
  /** Announced when a download fails. */
  failed: 'The download failed.',
};
