import type { Formatters } from '../../format/createFormat';
import type { abc } from '../../messages/en/abc';
import { translate } from '../../messages/translate';
import type { MessageShape } from '../../messages/types';
import { AXIS_TITLE_FONT, measureText } from '../../primitives/text';
import type { AbcBand } from './types';

/** The band labels' font (bold, 12 px: `.kamkit-band-label`). */
const FONT = AXIS_TITLE_FONT;

/**
 * Stage 3: the band labels, in one style for all bands — the most detailed of "A · 36 accounts", "A · 36" and
 * "A" that fits (measured, with 3 px on each side) every band wide enough for its letter. A narrower band (e.g.
 * 17 of 20,000 accounts) still gets its letter, centred, when it keeps 4 px from every other label; else none.
 * Sets `label` on each band.
 */
export function labelBands(
  bands: AbcBand[],
  text: MessageShape<typeof abc>['chart'],
  format: Formatters,
): void {
  const styles = [
    (band: AbcBand) => translate(text.bandLabel, { tier: band.tier, count: band.summary.count }, format),
    (band: AbcBand) => translate(text.bandLabelShort, { tier: band.tier, count: band.summary.count }, format),
    (band: AbcBand) => band.tier as string,
  ];
  const fits = (label: string, band: AbcBand) => measureText(label, FONT) <= band.x1 - band.x0 - 6;
  const labelled = bands.filter((band) => fits(band.tier, band));
  const style = styles.find((styleOf) => labelled.every((band) => fits(styleOf(band), band))) ?? styles[2];
  for (const band of labelled) band.label = (style as (band: AbcBand) => string)(band);
  const extent = (band: AbcBand): [number, number] => {
    const half = measureText(band.label, FONT) / 2;
    const centre = (band.x0 + band.x1) / 2;
    return [centre - half, centre + half];
  };
  for (const band of bands) {
    if (band.label) continue;
    band.label = band.tier;
    const [a, b] = extent(band);
    const clash = bands.some((other) => {
      if (other === band || !other.label) return false;
      const [c, d] = extent(other);
      return a < d + 4 && c < b + 4;
    });
    if (clash) band.label = '';
  }
}
