import { describe, expect, it } from 'vitest';
import {
  detectNumberFormat,
  localeNumberFormat,
  numberEvidence,
  parseLocaleNumber,
  resolveNumberFormat,
} from '../src/numbers';

describe('parseLocaleNumber', () => {
  it('reads German numbers with a decimal comma and dots for thousands', () => {
    expect(parseLocaleNumber('1.234,56', 'comma')).toBe(1234.56);
    expect(parseLocaleNumber('1.234', 'comma')).toBe(1234);
    expect(parseLocaleNumber('1.250.000,00', 'comma')).toBe(1250000);
    expect(parseLocaleNumber('12,5', 'comma')).toBe(12.5);
    expect(parseLocaleNumber(',5', 'comma')).toBe(0.5);
    expect(parseLocaleNumber('1234,5', 'comma')).toBe(1234.5);
  });

  it('reads English numbers with a decimal point and commas for thousands', () => {
    expect(parseLocaleNumber('1,234.56', 'point')).toBe(1234.56);
    expect(parseLocaleNumber('1.234', 'point')).toBe(1.234);
    expect(parseLocaleNumber('1,250,000', 'point')).toBe(1250000);
    expect(parseLocaleNumber('0.5', 'point')).toBe(0.5);
  });

  it('reads Swiss apostrophes and space, NBSP and narrow NBSP thousands separators', () => {
    expect(parseLocaleNumber("1'234.50", 'point')).toBe(1234.5);
    expect(parseLocaleNumber('1’234’567.5', 'point')).toBe(1234567.5);
    expect(parseLocaleNumber('1 234,56', 'comma')).toBe(1234.56);
    expect(parseLocaleNumber('1\u00a0234\u00a0567,8', 'comma')).toBe(1234567.8);
    expect(parseLocaleNumber('1\u202f234,5', 'comma')).toBe(1234.5);
    expect(parseLocaleNumber('1 234.5', 'point')).toBe(1234.5);
  });

  it('drops currency signs and codes before or after the number', () => {
    expect(parseLocaleNumber('1.234,56 €', 'comma')).toBe(1234.56);
    expect(parseLocaleNumber('€1,234.56', 'point')).toBe(1234.56);
    expect(parseLocaleNumber('$ 99.90', 'point')).toBe(99.9);
    expect(parseLocaleNumber("CHF 1'234.50", 'point')).toBe(1234.5);
    expect(parseLocaleNumber("Fr. 1'234.50", 'point')).toBe(1234.5);
    expect(parseLocaleNumber('EUR 1.234,56', 'comma')).toBe(1234.56);
    expect(parseLocaleNumber('1.234,56EUR', 'comma')).toBe(1234.56);
    expect(parseLocaleNumber('£12', 'point')).toBe(12);
  });

  it('reads negatives written with a minus, a trailing minus or parentheses', () => {
    expect(parseLocaleNumber('-1.234,56', 'comma')).toBe(-1234.56);
    expect(parseLocaleNumber('−12,5', 'comma')).toBe(-12.5);
    expect(parseLocaleNumber('1.234,56-', 'comma')).toBe(-1234.56);
    expect(parseLocaleNumber('(1,234.00)', 'point')).toBe(-1234);
    expect(parseLocaleNumber('($1,234.56)', 'point')).toBe(-1234.56);
    expect(parseLocaleNumber('-€1,234.56', 'point')).toBe(-1234.56);
    expect(parseLocaleNumber('€ -1.234,56', 'comma')).toBe(-1234.56);
    expect(parseLocaleNumber('+5', 'point')).toBe(5);
  });

  it('keeps percent values as percent numbers', () => {
    expect(parseLocaleNumber('12,5 %', 'comma')).toBe(12.5);
    expect(parseLocaleNumber('86.5%', 'point')).toBe(86.5);
    expect(parseLocaleNumber('-3 %', 'point')).toBe(-3);
  });

  it('reads scientific notation as Excel writes large numbers', () => {
    expect(parseLocaleNumber('1.5E+06', 'point')).toBe(1500000);
    expect(parseLocaleNumber('1,5E+06', 'comma')).toBe(1500000);
    expect(parseLocaleNumber('1.5E+06', 'comma')).toBeNaN();
  });

  it('returns null for empty text and NaN for text that is not a number in the format', () => {
    expect(parseLocaleNumber('', 'comma')).toBeNull();
    expect(parseLocaleNumber('   ', 'point')).toBeNull();
    for (const text of ['12x', 'n/a', '-', '1.2.3,4,5', '1,2,3', '--5', '(5', 'EUR', '1 23', '12,34,5'])
      expect(parseLocaleNumber(text, 'point'), text).toBeNaN();
    // Never silently reinterpreted in the other convention:
    expect(parseLocaleNumber('1,5', 'point')).toBeNaN();
    expect(parseLocaleNumber('1234,56', 'point')).toBeNaN();
    expect(parseLocaleNumber('12.5', 'comma')).toBeNaN();
    expect(parseLocaleNumber('1,234.56', 'comma')).toBeNaN();
    // A group never starts with 0:
    expect(parseLocaleNumber('0.500', 'comma')).toBeNaN();
  });
});

describe('numberEvidence', () => {
  it('tells which convention a value proves', () => {
    expect(numberEvidence('12.345,67')).toBe('comma');
    expect(numberEvidence('12,5')).toBe('comma');
    expect(numberEvidence('1.234.567')).toBe('comma');
    expect(numberEvidence('1,234.56')).toBe('point');
    expect(numberEvidence('0.5')).toBe('point');
    expect(numberEvidence('0,500')).toBe('comma');
    expect(numberEvidence('1,234,567')).toBe('point');
    expect(numberEvidence("1'234.50")).toBe('point');
  });

  it('calls a single separator followed by three digits ambiguous', () => {
    expect(numberEvidence('1.234')).toBe('ambiguous');
    expect(numberEvidence('12,345')).toBe('ambiguous');
    expect(numberEvidence('€ 118.000')).toBe('ambiguous');
  });

  it('calls values that read the same both ways neutral and others invalid or empty', () => {
    expect(numberEvidence('1234')).toBe('neutral');
    expect(numberEvidence("1'234")).toBe('neutral');
    expect(numberEvidence('1 234')).toBe('neutral');
    expect(numberEvidence('-5')).toBe('neutral');
    expect(numberEvidence('12x')).toBe('invalid');
    expect(numberEvidence(' ')).toBe('empty');
  });
});

describe('detectNumberFormat', () => {
  it('decides a German column from its decimal commas, so 1.234 in it means 1234', () => {
    const guess = detectNumberFormat(['1.234', '12.345,67', '', '980']);
    expect(guess.format).toBe('comma');
    expect(guess.votes).toEqual({
      point: 0,
      comma: 1,
      ambiguous: 1,
      neutral: 1,
      invalid: 0,
      example: '1.234',
    });
    expect(parseLocaleNumber('1.234', guess.format!)).toBe(1234);
  });

  it('decides an English column from its decimal points or repeated commas', () => {
    expect(detectNumberFormat(['1,234', '12.5']).format).toBe('point');
    expect(detectNumberFormat(['1,234', '1,234,567']).format).toBe('point');
  });

  it('decides a Swiss column (apostrophes, decimal point)', () => {
    expect(detectNumberFormat(["1'234.50", "12'000", '99.90']).format).toBe('point');
  });

  it('leaves a column of only ambiguous or neutral values undecided', () => {
    expect(detectNumberFormat(['1.234', '5.678', '118.000', '950']).format).toBeNull();
    expect(detectNumberFormat([]).format).toBeNull();
  });

  it('flags conflicting evidence and lets the majority win', () => {
    const guess = detectNumberFormat(['1,5', '2,5', '3.5']);
    expect(guess.conflicting).toBe(true);
    expect(guess.format).toBe('comma');
  });
});

describe('resolveNumberFormat', () => {
  const context = { override: 'auto', file: null, delimiter: null, locale: 'en-US' } as const;
  const ambiguous = detectNumberFormat(['1.234', '5.678']);

  it('takes an ambiguous column from the file, then the delimiter, then the locale', () => {
    expect(resolveNumberFormat(ambiguous, { ...context, file: 'comma', delimiter: ',' })).toEqual({
      format: 'comma',
      source: 'file',
    });
    expect(resolveNumberFormat(ambiguous, { ...context, delimiter: ';' })).toEqual({
      format: 'comma',
      source: 'delimiter',
    });
    expect(resolveNumberFormat(ambiguous, { ...context, delimiter: ',', locale: 'de-DE' })).toEqual({
      format: 'point',
      source: 'delimiter',
    });
    expect(resolveNumberFormat(ambiguous, { ...context, locale: 'de-DE' })).toEqual({
      format: 'comma',
      source: 'locale',
    });
    expect(resolveNumberFormat(ambiguous, { ...context, delimiter: '\t', locale: 'de-CH' }).format).toBe(
      'point',
    );
  });

  it("prefers the column's own evidence over the file, and the user's override over everything", () => {
    const english = detectNumberFormat(['1,234.5']);
    expect(resolveNumberFormat(english, { ...context, file: 'comma' })).toEqual({
      format: 'point',
      source: 'column',
    });
    expect(resolveNumberFormat(english, { ...context, override: 'comma' })).toEqual({
      format: 'comma',
      source: 'override',
    });
  });

  it('knows the decimal convention of locales', () => {
    expect(localeNumberFormat('de-DE')).toBe('comma');
    expect(localeNumberFormat('fr-FR')).toBe('comma');
    expect(localeNumberFormat('en-US')).toBe('point');
    expect(localeNumberFormat('en-GB')).toBe('point');
    expect(localeNumberFormat('de-CH')).toBe('point');
  });
});
