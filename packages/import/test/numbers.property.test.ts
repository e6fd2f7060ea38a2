import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectNumberFormat, parseLocaleNumber } from '../src/numbers';

const runs = Number(process.env.KAMKIT_FC_RUNS ?? 1000);

/** Finite values a spreadsheet holds: money with cents, ratios, large totals; both signs. */
const values = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }).map((cents) => cents / 100),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
);

const cases = [
  { locale: 'de-DE', format: 'comma' },
  { locale: 'en-US', format: 'point' },
] as const;

describe('parseLocaleNumber (property)', () => {
  for (const { locale, format } of cases) {
    for (const useGrouping of [true, false]) {
      it(`a value formatted in ${locale} (${useGrouping ? 'grouped' : 'plain'}) and parsed back is the same number`, () => {
        const shown = new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping });
        // The number the formatted text stands for (formatting rounds to 6 decimals).
        const exact = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, useGrouping: false });
        fc.assert(
          fc.property(values, (value) => {
            const text = shown.format(value);
            const expected = Number(exact.format(value));
            // String() is exact for doubles and reads -0 as 0, which '-0' may well mean.
            expect(String(parseLocaleNumber(text, format))).toBe(String(expected));
          }),
          { numRuns: runs },
        );
      });
    }
  }

  it('a column of de-DE values is detected as decimal comma, en-US as decimal point, when any value decides', () => {
    fc.assert(
      fc.property(fc.array(values, { minLength: 1, maxLength: 30 }), (column) => {
        for (const { locale, format } of cases) {
          const texts = column.map((v) =>
            new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v),
          );
          const guess = detectNumberFormat(texts);
          if (guess.format !== null) expect(guess.format).toBe(format);
        }
      }),
      { numRuns: Math.max(100, runs / 10) },
    );
  });
});
