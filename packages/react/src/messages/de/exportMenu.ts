import type { exportMenu as en } from '../en/exportMenu';
import type { MessageShape } from '../types';

/** Die Wörter des ExportMenu (Deutsch). */
export const exportMenu: MessageShape<typeof en> = {
  label: 'Diagramm herunterladen',
  svg: 'SVG',
  png: 'PNG',
  csv: 'CSV',
  svgLong: 'Als SVG herunterladen (Vektorgrafik)',
  pngLong: 'Als PNG herunterladen (Bild)',
  csvLong: 'Daten als CSV herunterladen',
  failed: 'Das Herunterladen ist fehlgeschlagen.',
};
