import type { Margin } from './types';

/** Merges a partial margin over a chart's default margin. */
export function resolveMargin(defaults: Margin, margin: Partial<Margin> | undefined): Margin {
  return margin ? { ...defaults, ...margin } : defaults;
}
