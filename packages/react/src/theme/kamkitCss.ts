import { baseCss } from './baseCss';
import type { ChartSheet } from './ChartSheet';
import { abcSheet } from './sheets/abc';
import { breakdownSheet } from './sheets/breakdown';
import { curveSheet } from './sheets/curve';
import { dashboardSheet } from './sheets/dashboard';
import { heatSheet } from './sheets/heat';
import { lorenzSheet } from './sheets/lorenz';
import { quadrantSheet } from './sheets/quadrant';
import { rankingSheet } from './sheets/ranking';
import { stakeholdersSheet } from './sheets/stakeholders';
import { whaleSheet } from './sheets/whale';

/**
 * All of the kit's CSS in one string: the base sheet and every chart family's sheet. For apps that render
 * charts with `injectStyles={false}` and ship the CSS themselves (e.g. under a strict Content Security Policy);
 * charts that inject their styles need none of this. Importing it adds every chart's CSS to the bundle.
 *
 * @example
 * // build step: write kamkit.css
 * writeFileSync('public/kamkit.css', kamkitCss);
 */
export const kamkitCss: string = /* @__PURE__ */ joinSheets([
  { id: 'base', css: baseCss },
  curveSheet,
  abcSheet,
  lorenzSheet,
  whaleSheet,
  quadrantSheet,
  breakdownSheet,
  rankingSheet,
  dashboardSheet,
  stakeholdersSheet,
  heatSheet,
]);

function joinSheets(sheets: readonly ChartSheet[]): string {
  return sheets.map((sheet) => sheet.css).join('');
}
