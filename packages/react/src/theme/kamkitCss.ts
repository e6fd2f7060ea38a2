import { baseCss } from './baseCss';
import type { ChartSheet } from './ChartSheet';
import { abcSheet } from './sheets/abc';
import { breakdownSheet } from './sheets/breakdown';
import { curveSheet } from './sheets/curve';
import { dashboardSheet } from './sheets/dashboard';
import { exportMenuSheet } from './sheets/exportMenu';
import { heatSheet } from './sheets/heat';
import { legendToggleSheet } from './sheets/legendToggle';
import { lorenzSheet } from './sheets/lorenz';
import { quadrantSheet } from './sheets/quadrant';
import { rankingSheet } from './sheets/ranking';
import { stakeholdersSheet } from './sheets/stakeholders';
import { whaleSheet } from './sheets/whale';

/**
 * All of the kit's CSS in one string: the base sheet and every chart family's sheet — the same text as the
 * static file `@kamkit/react/styles.css` (written from this string at build). For apps that render charts with
 * `injectStyles={false}` and ship the CSS themselves, e.g. under a strict Content Security Policy without nonces
 * (`style-src 'self'`); charts that inject their styles need none of this. Importing it adds every chart's CSS to
 * the bundle; linking the static file does not.
 *
 * @example
 * // with a bundler
 * import '@kamkit/react/styles.css';
 * // or a build step
 * writeFileSync('public/kamkit.css', kamkitCss);
 */
export const kamkitCss: string = /* @__PURE__ */ joinSheets([
  { id: 'base', css: baseCss },
  curveSheet,
  abcSheet,
  legendToggleSheet,
  lorenzSheet,
  whaleSheet,
  quadrantSheet,
  breakdownSheet,
  rankingSheet,
  dashboardSheet,
  stakeholdersSheet,
  heatSheet,
  exportMenuSheet,
]);

function joinSheets(sheets: readonly ChartSheet[]): string {
  return sheets.map((sheet) => sheet.css).join('');
}
