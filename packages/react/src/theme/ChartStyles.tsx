import { baseCss } from './baseCss';
import type { ChartSheet } from './ChartSheet';

/** Props of {@link ChartStyles}. */
export interface ChartStylesProps {
  /** The chart family's sheets to render after the base CSS, e.g. `[curveSheet, abcSheet]`. Default none. */
  sheets?: readonly ChartSheet[];
  /**
   * The nonce of a strict Content Security Policy (`style-src 'nonce-…'`), written on every `<style>`.
   * React 19 hoists these styles into `<head>` and writes the nonce there only when the server render is given
   * the same value as a render option: `renderToReadableStream(app, { nonce: { style: nonce } })` (the same for
   * `renderToPipeableStream`). Under a policy without nonces, use `injectStyles={false}` and link
   * `@kamkit/react/styles.css` instead. Default none.
   */
  nonce?: string;
}

/**
 * Renders the kit's base stylesheet and the given chart sheets. With React 19 the `href`/`precedence` props
 * hoist each into `<head>` once for the whole page (also when server-rendered); with React 18 each chart
 * carries its own copies, which is harmless: no rule depends on the order of the sheets (checked by
 * `scripts/check-css-order.mjs`). Charts render it themselves unless `injectStyles={false}`.
 *
 * @example
 * <ChartStyles sheets={[quadrantSheet]} nonce={cspNonce} />
 */
export function ChartStyles({ sheets, nonce }: ChartStylesProps = {}) {
  return (
    <>
      <style href="kamkit-base" precedence="kamkit" nonce={nonce}>
        {baseCss}
      </style>
      {sheets?.map((sheet) => (
        <style key={sheet.id} href={`kamkit-${sheet.id}`} precedence="kamkit" nonce={nonce}>
          {sheet.css}
        </style>
      ))}
    </>
  );
}
