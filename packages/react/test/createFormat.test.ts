import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFormat } from '../src/format/createFormat';

const NumberFormat = Intl.NumberFormat;
afterEach(() => {
  Intl.NumberFormat = NumberFormat;
});

/** Counts `new Intl.NumberFormat(…)` calls while `run` runs. */
function constructions(run: () => void): number {
  let count = 0;
  Intl.NumberFormat = new Proxy(NumberFormat, {
    construct(target, args) {
      count++;
      return Reflect.construct(target, args);
    },
  });
  try {
    run();
  } finally {
    Intl.NumberFormat = NumberFormat;
  }
  return count;
}

describe('createFormat', () => {
  it('formats values, ticks, shares and counts for en-US', () => {
    const f = createFormat();
    expect(f.locale).toBe('en-US');
    expect(f.value(1_234_567.4)).toBe('1,234,567');
    expect(f.tick(1_234_567)).toBe('1.2M');
    expect(f.tick(999)).toBe('999');
    expect(f.percent(0.2)).toBe('20%');
    expect(f.percent(0.12345, 1)).toBe('12.3%');
    expect(f.integer(1234.6)).toBe('1,235');
  });

  it('formats money for de-DE', () => {
    const f = createFormat({ locale: 'de-DE', currency: 'EUR' });
    // Intl separates the unit with a (narrow) no-break space.
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(f.value(1_234_567))).toBe('1.234.567 €');
    expect(plain(f.tick(1_200_000))).toBe('1,2 Mio. €');
    expect(plain(f.percent(0.2))).toBe('20 %');
    expect(plain(f.percent(0.125, 1))).toBe('12,5 %');
  });

  it('keeps money and plain numbers of one locale apart', () => {
    expect(createFormat({ locale: 'en-GB', currency: 'GBP' }).value(5)).toBe('£5');
    expect(createFormat({ locale: 'en-GB' }).value(5)).toBe('5');
    expect(createFormat({ locale: 'en-GB', currency: 'EUR' }).value(5)).toBe('€5');
  });

  it('uses formatValue for values only', () => {
    const f = createFormat({ formatValue: (v) => `${v} pts` });
    expect(f.value(3)).toBe('3 pts');
    expect(f.tick(3)).toBe('3');
  });

  it('builds each Intl.NumberFormat once, however often charts format', () => {
    // A locale no other test uses, so the module's cache starts empty for it.
    const first = constructions(() => {
      const f = createFormat({ locale: 'fr-CH', currency: 'CHF' });
      for (let i = 0; i < 100; i++) {
        f.value(i);
        f.tick(i * 1000);
        f.percent(i / 100);
        f.percent(i / 100, 1);
        f.integer(i);
      }
    });
    expect(first).toBe(5); // full, compact, integer, percent with 0 and with 1 digit
    const again = constructions(() => {
      const f = createFormat({ locale: 'fr-CH', currency: 'CHF' });
      f.percent(0.5, 1);
      f.value(1);
    });
    expect(again).toBe(0);
  });

  it('falls back to en-US for a locale Intl does not support, with a development warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(createFormat({ locale: 'xx-XX' }).locale).toBe('en-US');
    expect(createFormat({ locale: 'de_DE' }).integer(1234)).toBe('1,234');
    expect(warn.mock.calls.map(([m]) => String(m))).toEqual([
      expect.stringMatching(/locale "xx-XX" is not supported/),
      expect.stringMatching(/locale "de_DE" is not supported/),
    ]);
    warn.mockRestore();
  });

  it('writes plain numbers for an unknown currency, with a development warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(createFormat({ currency: 'EURO' }).value(1234)).toBe('1,234');
    expect(createFormat({ currency: '€' }).value(5)).toBe('5');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/currency "EURO" is not an ISO 4217 code/);
    warn.mockRestore();
  });

  it('writes plain numbers with up to two decimals', () => {
    expect(createFormat({ locale: 'de-DE' }).number(1234.567)).toBe('1.234,57');
  });
});
