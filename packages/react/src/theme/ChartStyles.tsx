import { baseCss } from './baseCss';
import type { ChartSheet } from './ChartSheet';

/** Props of {@link ChartStyles}. */
export interface ChartStylesProps {
  /** The chart family's sheets to render after the base CSS, e.g. `[curveSheet, abcSheet]`. Default none. */
  sheets?: readonly ChartSheet[];
}

/**
 * Renders the kit's base stylesheet and the given chart sheets. With React 19 the `href`/`precedence` props
 * hoist each into `<head>` once for the whole page (also when server-rendered); with React 18 each chart
 * carries its own copies, which is harmless: no rule depends on the order of the sheets (checked by
 * `scripts/check-css-order.mjs`). Charts render it themselves unless `injectStyles={false}`.
 *
 * @example
 * <ChartStyles sheets={[quadrantSheet]} />
 */
export function ChartStyles({ sheets }: ChartStylesProps = {}) {
  return (
    <>
      <style href="kamkit-base" precedence="kamkit">
        {baseCss}
      </style>
      {sheets?.map((sheet) => (
        <style key={sheet.id} href={`kamkit-${sheet.id}`} precedence="kamkit">
          {sheet.css}
        </style>
      ))}
    </>
  );
}
