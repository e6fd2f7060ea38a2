import { describe, expect, it } from 'vitest';
import { detectDateOrder, excelSerialToIso, localeDateOrder, parseLocaleDate } from '../src/dates';

describe('parseLocaleDate', () => {
  it('reads German dd.mm.yyyy dates day-first whatever the order', () => {
    expect(parseLocaleDate('15.03.2021', 'dmy')).toBe('2021-03-15');
    expect(parseLocaleDate('01.04.2019', 'mdy')).toBe('2019-04-01');
    expect(parseLocaleDate('1.4.21', 'dmy')).toBe('2021-04-01');
  });

  it('reads / dates in the given order', () => {
    expect(parseLocaleDate('3/4/2021', 'mdy')).toBe('2021-03-04');
    expect(parseLocaleDate('3/4/2021', 'dmy')).toBe('2021-04-03');
    expect(parseLocaleDate('12/31/2024', 'dmy')).toBeUndefined();
  });

  it('reads ISO dates and months, and month-only forms', () => {
    expect(parseLocaleDate('2024-12-31', 'mdy')).toBe('2024-12-31');
    expect(parseLocaleDate('2024-12-31T00:00:00Z', 'dmy')).toBe('2024-12-31');
    expect(parseLocaleDate('2024-03', 'dmy')).toBe('2024-03');
    expect(parseLocaleDate('03.2024', 'dmy')).toBe('2024-03');
    expect(parseLocaleDate('2024/03', 'dmy')).toBe('2024-03');
  });

  it('returns null for empty text and undefined for impossible dates', () => {
    expect(parseLocaleDate(' ', 'dmy')).toBeNull();
    expect(parseLocaleDate('31.02.2024', 'dmy')).toBeUndefined();
    expect(parseLocaleDate('soon', 'dmy')).toBeUndefined();
    expect(parseLocaleDate('13.13.2024', 'dmy')).toBeUndefined();
  });
});

describe('detectDateOrder', () => {
  it('decides from days above 12 and from dotted dates', () => {
    expect(detectDateOrder(['3/4/2021', '25/12/2021']).order).toBe('dmy');
    expect(detectDateOrder(['3/4/2021', '12/25/2021']).order).toBe('mdy');
    expect(detectDateOrder(['01.04.2021']).order).toBe('dmy');
    expect(detectDateOrder(['3/4/2021', '2024-01-01']).order).toBeNull();
  });

  it('knows the order of locales and converts Excel serial numbers', () => {
    expect(localeDateOrder('en-US')).toBe('mdy');
    expect(localeDateOrder('en-GB')).toBe('dmy');
    expect(localeDateOrder('de-DE')).toBe('dmy');
    expect(excelSerialToIso(45292)).toBe('2024-01-01');
    expect(excelSerialToIso(12)).toBeUndefined();
  });
});
