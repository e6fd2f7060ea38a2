import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { autoMap } from '../src/fields';
import { isMrrMapping } from '../src/mrr';
import { ImportSession } from '../src/session';
import { AUTO_SETTINGS } from '../src/types';

const bytes = (text: string) => new TextEncoder().encode(text);
const accountsCsv = 'Account ID,Account name,Revenue 2024\nA,Alpha,1200\nB,Beta,600\n';

describe('monthly MRR in long form', () => {
  it('recognises German and English MRR headers', () => {
    expect(isMrrMapping(autoMap(['Kundennummer', 'Monat', 'MRR', 'Tarif']).mapping)).toBe(true);
    expect(isMrrMapping(autoMap(['Account ID', 'Billing month', 'MRR (EUR)']).mapping)).toBe(true);
    expect(isMrrMapping(autoMap(['Account ID', 'Name', 'Revenue 2024']).mapping)).toBe(false);
  });

  it('attaches a second file beside the yearly revenue, fills gaps with 0 and reports unknown accounts', async () => {
    const session = new ImportSession();
    const summary = await session.load(bytes(accountsCsv), 'accounts.csv', AUTO_SETTINGS);
    const mrr = await session.loadMrr(
      bytes(
        'Kundennummer;Monat;MRR;Tarif\nA;01.2024;100,50;Basis\nA;03.2024;120;Premium\nB;2024-02;50;Standard\nZ;2024-02;10;Basic\nB;2024-02;60;Standard\nA;04.2024;-5;Basic\n',
      ),
      'mrr.csv',
      AUTO_SETTINGS,
    );
    expect(mrr.rowCount).toBe(6);
    const { result } = session.analyse(summary.mapping, AUTO_SETTINGS, 'de-DE');
    expect(result.years).toEqual(['2024']);
    expect(result.months).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(result.mrrSource).toBe('mrr.csv');
    const a = result.accounts.find((x) => x.id === 'A')!;
    expect(a.mrrSeries).toEqual([
      { month: '2024-01', mrr: 100.5, plan: 'Basic' },
      { month: '2024-02', mrr: 0, plan: null },
      { month: '2024-03', mrr: 120, plan: 'Premium' },
    ]);
    expect(a.mrr).toBe(120);
    expect(a.plan).toBe('Premium');
    expect(result.issues.map((i) => [i.table, i.severity, i.code, i.row, i.columnLetter])).toEqual([
      ['mrr', 'warning', 'unknown-account', 5, 'A'],
      ['mrr', 'error', 'duplicate-month', 6, 'B'],
      ['mrr', 'error', 'out-of-range', 7, 'C'],
    ]);
  });

  it('refuses a second file without MRR columns with a message that names them', async () => {
    const session = new ImportSession();
    await session.load(bytes(accountsCsv), 'accounts.csv', AUTO_SETTINGS);
    await expect(session.loadMrr(bytes(accountsCsv), 'other.csv', AUTO_SETTINGS)).rejects.toThrow(
      /account id, a month and an MRR column/,
    );
  });

  it('reads a workbook’s MRR sheet beside its accounts sheet', async () => {
    const workbook = await writeExcelFile([
      {
        sheet: 'Accounts',
        data: [
          [{ value: 'Account ID' }, { value: 'Account name' }, { value: 'Revenue 2024' }],
          [{ value: 'A' }, { value: 'Alpha' }, { value: 1200, type: Number }],
        ],
      },
      {
        sheet: 'MRR',
        data: [
          [{ value: 'Account ID' }, { value: 'Month' }, { value: 'MRR' }, { value: 'Plan' }],
          [{ value: 'A' }, { value: '2024-11' }, { value: 100, type: Number }, { value: 'Standard' }],
          [{ value: 'A' }, { value: '2024-12' }, { value: 110, type: Number }, { value: 'Standard' }],
        ],
      },
    ]).toBuffer();
    const session = new ImportSession();
    const summary = await session.load(new Uint8Array(workbook), 'book.xlsx', AUTO_SETTINGS);
    expect(summary.sheet).toBe('Accounts');
    expect(summary.mrr?.source).toBe('book.xlsx › MRR');
    const { result } = session.analyse(summary.mapping, AUTO_SETTINGS, 'en-US');
    expect(result.accounts[0]?.mrrSeries.map((p) => p.mrr)).toEqual([100, 110]);
    expect(result.issues).toEqual([]);
  });
});
