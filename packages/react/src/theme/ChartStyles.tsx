import { baseCss } from './baseCss';

/**
 * Renders the kit's base stylesheet. With React 19 the `href`/`precedence` props hoist it into `<head>` once
 * for the whole page (also when server-rendered); with React 18 each chart carries its own copy, which is
 * harmless. Charts render it themselves unless `injectStyles={false}`.
 */
export function ChartStyles() {
  return (
    <style href="kamkit-base" precedence="kamkit">
      {baseCss}
    </style>
  );
}
