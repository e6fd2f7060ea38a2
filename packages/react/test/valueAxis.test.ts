import { describe, expect, it } from 'vitest';
import { textWidth } from '../src/primitives/measureText';
import { measuredAxisSpace } from '../src/primitives/valueAxis';

describe('textWidth', () => {
  it('measures the no-break spaces of de-DE and fr-FR numbers as a space', () => {
    expect(textWidth('\u00a0', 12)).toBe(textWidth(' ', 12));
    expect(textWidth('\u202f', 12)).toBe(textWidth(' ', 12));
    const de = new Intl.NumberFormat('de-DE', { style: 'percent' }).format(1); // "100 %" with U+00A0
    expect(de).toContain('\u00a0');
    expect(textWidth(de, 12)).toBe(textWidth('100 %', 12));
  });
});

describe('measuredAxisSpace', () => {
  it('puts the title past the widest tick label and the margin past the title', () => {
    const labels = ['0 €', '1,5\u00a0Mio.\u00a0€', '3,5\u00a0Mio.\u00a0€'];
    const widest = textWidth('3,5 Mio. €', 12);
    const space = measuredAxisSpace(labels, { title: true });
    expect(space.labelOffset).toBe(Math.ceil(8 + widest + 10));
    expect(space.margin).toBe(space.labelOffset + 12);
    expect(space).toEqual({ labelOffset: 78, margin: 90 });
  });

  it('without a title holds only the labels, and keeps a minimum', () => {
    expect(measuredAxisSpace(['0 %', '100 %']).margin).toBe(Math.ceil(8 + textWidth('100 %', 12) + 4));
    expect(measuredAxisSpace(['0 %', '100 %'], { min: { margin: 52 } }).margin).toBe(52);
    expect(measuredAxisSpace(['$40K'], { title: true, min: { labelOffset: 52, margin: 64 } })).toEqual({
      labelOffset: 52,
      margin: 64,
    });
  });
});
