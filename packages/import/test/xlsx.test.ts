import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { importFile } from './test-helpers';

/** A workbook as people make them: a title above the header, number and date cells, some numbers typed as text. */
async function workbook(): Promise<Uint8Array> {
  const header = [
    'Kundennummer',
    'Kunde',
    'Umsatz 2021',
    'Umsatz 2022',
    'Umsatz 2023',
    'Umsatz 2024',
    'Umsatz 2025',
    'Kunde seit',
    'Zufriedenheit',
  ];
  const data = [
    [{ value: 'Kundenliste Stand 31.12.2025', type: String }],
    [],
    header.map((value) => ({ value, type: String })),
    [
      { value: 'K-1', type: String },
      { value: 'Klinikum Grünwaldau', type: String },
      { value: 1234.5, type: Number, format: '#,##0.00' },
      { value: 2000, type: Number },
      { value: '1.234,56', type: String }, // a number typed as German text
      { value: 0, type: Number },
      null,
      { value: new Date(Date.UTC(2021, 2, 15)), type: Date, format: 'dd.mm.yyyy' },
      { value: 8, type: Number },
    ],
    [
      { value: 'K-2', type: String },
      { value: '=HYPERLINK("http://x")', type: String },
      { value: -5, type: Number },
      null,
      null,
      { value: 'n/a', type: String },
      { value: 10, type: Number },
      { value: 44197, type: Number }, // an Excel serial number without a date format: 2021-01-01
      { value: 7, type: Number },
    ],
    [
      { value: 'K-3', type: String },
      { value: 'Labor Süd', type: String },
      null,
      null,
      null,
      { value: 99, type: Number },
      { value: 1e6, type: Number },
      { value: '01.07.2020', type: String },
      { value: 11, type: Number },
    ],
  ];
  const buffer = await writeExcelFile([
    { sheet: 'Leer', data: [[{ value: 'nothing here', type: String }]] },
    { sheet: 'Kunden', data },
  ] as never).toBuffer();
  return new Uint8Array(buffer);
}

describe('Excel workbooks', () => {
  it('reads a generated workbook: header below a title, five years, number, text and date cells', async () => {
    const { result, summary } = await importFile(await workbook(), {
      fileName: 'kunden.xlsx',
      locale: 'en-US',
    });
    expect(summary).toMatchObject({
      kind: 'xlsx',
      sheet: 'Kunden',
      headerRow: 3,
      encoding: null,
      delimiter: null,
    });
    expect(result.years).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(result.accounts.map((a) => a.id)).toEqual(['K-1']);
    expect(result.accounts[0]).toMatchObject({
      row: 4,
      name: 'Klinikum Grünwaldau',
      revenue: { '2021': 1234.5, '2022': 2000, '2023': 1234.56, '2024': 0, '2025': null },
      customerSince: '2021-03',
      satisfaction: 8,
    });
    // Row 5 has an error, so it is skipped and its warnings (formula-like name, negative 2021) are moot.
    expect(result.issues.map((i) => [i.severity, i.row, i.columnLetter, i.code])).toEqual([
      ['error', 5, 'F', 'not-a-number'],
      ['error', 6, 'I', 'out-of-range'],
    ]);
  });

  it('reads the sheet the user picks', async () => {
    const { result, summary } = await importFile(await workbook(), {
      fileName: 'kunden.xlsx',
      settings: { sheet: 'Leer' },
    });
    expect(summary.sheet).toBe('Leer');
    expect(result.accounts).toEqual([]);
  });

  it('reports a broken workbook instead of throwing something unreadable', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    await expect(importFile(bytes, { fileName: 'broken.xlsx' })).rejects.toThrow(/could not be read/);
  });
});
