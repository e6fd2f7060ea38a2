import type { ChartSheet } from '../ChartSheet';

/**
 * Styles of `ExportMenu`: a row of small outlined buttons. Rendered by the menu itself (as
 * `<style href="kamkit-export-menu">`), so charts without a menu do not carry them; rules use `:where()` like the
 * base sheet, so a user's CSS wins.
 */
export const exportMenuSheet: ChartSheet = {
  id: 'export-menu',
  css: `
:where(.kamkit-export-menu){display:inline-flex;flex-wrap:wrap;gap:4px;border:0;margin:0;padding:0;min-width:0}
:where(.kamkit-export-menu__button){font:inherit;color:inherit;background:none;border:1px solid var(--_grid,color-mix(in srgb,currentColor 14%,transparent));border-radius:4px;padding:2px 8px;cursor:pointer}
`,
};
