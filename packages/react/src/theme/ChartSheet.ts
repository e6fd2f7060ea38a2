/**
 * A stylesheet a chart needs besides the kit's base CSS. `ChartStyles` renders it as
 * `<style href="kamkit-{id}" precedence="kamkit">`, which React 19 hoists into `<head>` once per page.
 *
 * @example
 * const mySheet: ChartSheet = { id: 'my-chart', css: ':where(.my-mark){fill:var(--kamkit-accent)}' };
 * <ChartFrame kind="my-chart" styles={[mySheet]} … />
 */
export interface ChartSheet {
  /** Unique name; two sheets with the same id are one sheet. */
  id: string;
  /** The CSS text. Use `:where()` selectors so users' rules win. */
  css: string;
}
