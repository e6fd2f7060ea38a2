import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../src/columns';
import {
  autoMap,
  columnLetter,
  detectHeaderRow,
  detectShape,
  IMPORT_FIELDS,
  matchHeader,
} from '../src/fields';

describe('matchHeader', () => {
  it('maps German headers through the aliases of columns.ts', () => {
    expect(matchHeader('Kundennummer')).toEqual({ field: 'id' });
    expect(matchHeader('Kunden-Nr.')).toEqual({ field: 'id' });
    expect(matchHeader('Kunde')).toEqual({ field: 'name' });
    expect(matchHeader('Tarif')).toEqual({ field: 'plan' });
    expect(matchHeader('Tage gefährdet')).toEqual({ field: 'days_in_queue' });
    expect(matchHeader('TAGE GEFAEHRDET')).toEqual({ field: 'days_in_queue' });
    expect(matchHeader('Nettopreis (%)')).toEqual({ field: 'net_price' });
    expect(matchHeader('Strategische Passung')).toEqual({ field: 'strategic_fit' });
    expect(matchHeader('Betreuer')).toEqual({ field: 'owner' });
    expect(matchHeader('Kunde seit')).toEqual({ field: 'customer_since' });
  });

  it('maps every template key, label and alias back to its column', () => {
    for (const column of IMPORT_COLUMNS) {
      for (const header of [column.key, column.label, ...column.aliases]) {
        const match = matchHeader(header);
        const year = /^revenue_(\d{4})$/.exec(column.key)?.[1];
        expect(match, header).toEqual(year ? { year } : { field: column.key });
      }
    }
  });

  it('finds revenue years in any year and wording', () => {
    expect(matchHeader('Umsatz 2025')).toEqual({ year: '2025' });
    expect(matchHeader('Umsatz 2019')).toEqual({ year: '2019' });
    expect(matchHeader('Revenue FY2021')).toEqual({ year: '2021' });
    expect(matchHeader('Jahresumsatz 2023 (EUR)')).toEqual({ year: '2023' });
    expect(matchHeader('revenue_2026')).toEqual({ year: '2026' });
    expect(matchHeader('2024 Revenue')).toEqual({ year: '2024' });
    expect(matchHeader('Umsatz GJ 2024')).toEqual({ year: '2024' });
    expect(matchHeader('2024')).toEqual({ year: '2024' });
  });

  it('does not take plans, forecasts or unknown headers for revenue', () => {
    expect(matchHeader('Budget 2025')).toBeNull();
    expect(matchHeader('Umsatz 2024 Plan')).toBeNull();
    expect(matchHeader('Umsatz 2023/24')).toBeNull();
    expect(matchHeader('Bemerkung')).toBeNull();
    expect(matchHeader('')).toBeNull();
  });

  it('accepts a unit or scale after an alias, nothing else', () => {
    expect(matchHeader('Zufriedenheit (0–10)')).toEqual({ field: 'satisfaction' });
    expect(matchHeader('Engagement (0-100)')).toEqual({ field: 'engagement' });
    expect(matchHeader('Betreuungskosten in EUR')).toEqual({ field: 'cost_to_serve' });
    expect(matchHeader('Name des Ansprechpartners')).toBeNull();
  });

  it('recognises a long table: year and revenue columns', () => {
    expect(matchHeader('Jahr')).toEqual({ field: 'year' });
    expect(matchHeader('Geschäftsjahr')).toEqual({ field: 'year' });
    expect(matchHeader('Umsatz')).toEqual({ field: 'revenue' });
    expect(matchHeader('Revenue (EUR)')).toEqual({ field: 'revenue' });
  });
});

describe('autoMap and detectShape', () => {
  it('maps a German header row with years as columns', () => {
    const { mapping, notes } = autoMap(['Kundennummer', 'Kunde', 'Bemerkung', 'Umsatz 2022', 'Umsatz 2023']);
    expect(mapping).toEqual({ fields: { id: 0, name: 1 }, years: { '2022': 3, '2023': 4 } });
    expect(notes).toEqual([]);
    expect(detectShape(mapping)).toBe('columns');
  });

  it('keeps the first of two columns that mean the same, with a note', () => {
    const { mapping, notes } = autoMap(['ID', 'Kundennummer', 'Name', 'Umsatz 2024', 'Revenue 2024']);
    expect(mapping.fields.id).toBe(0);
    expect(mapping.years['2024']).toBe(3);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('A and B');
  });

  it('detects years as rows', () => {
    const { mapping } = autoMap(['Account ID', 'Account name', 'Year', 'Revenue']);
    expect(detectShape(mapping)).toBe('rows');
  });

  it('has one field per template column except the revenue years, plus the extra fields (owner, two dates, year, revenue, month)', () => {
    const keys = IMPORT_FIELDS.map((f) => f.key);
    expect(keys).toHaveLength(IMPORT_COLUMNS.length - 3 + 6);
    expect(keys.slice(0, 3)).toEqual(['id', 'name', 'owner']);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('detectHeaderRow and columnLetter', () => {
  it('skips title rows above the header', () => {
    const rows = [
      ['Kundenliste Stand 31.12.2024'],
      [],
      ['Kundennummer', 'Kunde', 'Umsatz 2024'],
      ['K-1', 'A', '5'],
    ];
    expect(detectHeaderRow(rows)).toBe(2);
    expect(
      detectHeaderRow([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe(0);
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
