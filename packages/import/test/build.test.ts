import { describe, expect, it } from 'vitest';
import { importedAccountsToCsv, issuesToCsv } from '../src/export';
import { neutraliseCell } from '../src/neutralise';
import { viewOf } from '../src/session';
import { importFile } from './test-helpers';

const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;

describe('years as columns', () => {
  it('reads two years', async () => {
    const { result } = await importFile(
      lines('id,name,Revenue 2023,Revenue 2024', 'K-1,Alpha,100,200', 'K-2,Beta,,300'),
    );
    expect(result.years).toEqual(['2023', '2024']);
    expect(result.settings.shape).toBe('columns');
    expect(result.accounts.map((a) => [a.id, a.revenue])).toEqual([
      ['K-1', { '2023': 100, '2024': 200 }],
      ['K-2', { '2023': null, '2024': 300 }],
    ]);
    expect(result.issues).toEqual([]);
  });

  it('reads five German year columns in a ; file, 1.234 as 1234', async () => {
    const { result, resolved } = await importFile(
      lines(
        'Kundennummer;Kunde;Umsatz 2020;Umsatz 2021;Umsatz 2022;Umsatz 2023;Umsatz 2024;MRR',
        'K-1;Grünwaldau;1.234;12.345,67;1.000.000;2.500,5;-;1.234',
        'K-2;Falkenried;950;1.100;1.250,00;;3.000;2.100',
      ),
      { locale: 'en-US' },
    );
    expect(result.years).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(result.settings.delimiter).toBe(';');
    // '-' is not a number: row 2 is skipped with an error naming the cell.
    expect(result.issues.map((i) => [i.severity, i.row, i.column, i.columnLetter])).toEqual([
      ['error', 2, 'Umsatz 2024', 'G'],
    ]);
    expect(result.accounts).toHaveLength(1);
    expect(result.accounts[0]!.revenue).toEqual({
      '2020': 950,
      '2021': 1100,
      '2022': 1250,
      '2023': null,
      '2024': 3000,
    });
    // MRR only has '1.234'-like values: decided by the rest of the file, not by the English locale.
    expect(result.accounts[0]!.mrr).toBe(2100);
    expect(resolved.numberFormat.file).toBe('comma');
    expect(resolved.numberFormat.byColumn[7]).toEqual({ format: 'comma', source: 'file' });
  });

  it("resolves an all-ambiguous file by the delimiter, then by the user's locale", async () => {
    const semicolon = await importFile(lines('id;name;Umsatz 2024', 'K-1;A;1.234', 'K-2;B;5.678'));
    expect(semicolon.result.accounts.map((a) => a.revenue['2024'])).toEqual([1234, 5678]);
    const tab = lines('id\tname\tUmsatz 2024', 'K-1\tA\t1.234');
    expect((await importFile(tab, { locale: 'de-DE' })).result.accounts[0]!.revenue['2024']).toBe(1234);
    expect((await importFile(tab, { locale: 'en-US' })).result.accounts[0]!.revenue['2024']).toBe(1.234);
  });

  it("applies the user's number-format override to every column", async () => {
    const { result } = await importFile(lines('id;name;Umsatz 2024', 'K-1;A;1.234', 'K-2;B;12,5'), {
      settings: { numberFormat: 'point' },
    });
    expect(result.accounts.map((a) => a.revenue['2024'])).toEqual([1.234]);
    expect(result.issues[0]).toMatchObject({ row: 3, column: 'Umsatz 2024', code: 'not-a-number' });
  });

  it('reads English numbers with thousands commas in quotes', async () => {
    const { result } = await importFile(
      lines('Account ID,Account name,Revenue 2024,Net price (%)', 'K-1,"Alpha, Inc.","1,234,567.89",86.5'),
    );
    expect(result.accounts[0]).toMatchObject({ name: 'Alpha, Inc.', netPricePct: 86.5 });
    expect(result.accounts[0]!.revenue['2024']).toBe(1234567.89);
  });
});

describe('years as rows', () => {
  const long = (years: number[]) =>
    lines(
      'Kundennummer;Kunde;Segment;Jahr;Umsatz',
      ...['K-1', 'K-2'].flatMap((id, a) =>
        years.map((y, i) => `${id};Kunde ${a + 1};Labor;${y};${a + 1}.00${i}.000,00`),
      ),
    );

  it('reads two years', async () => {
    const { result } = await importFile(long([2023, 2024]));
    expect(result.settings.shape).toBe('rows');
    expect(result.years).toEqual(['2023', '2024']);
    expect(result.accounts.map((a) => [a.id, a.name, a.segment, a.row, a.revenue])).toEqual([
      ['K-1', 'Kunde 1', 'Laboratory', 2, { '2023': 1000000, '2024': 1001000 }],
      ['K-2', 'Kunde 2', 'Laboratory', 4, { '2023': 2000000, '2024': 2001000 }],
    ]);
  });

  it('reads five years and fills years an account lacks with null', async () => {
    const text = `${long([2020, 2021, 2022, 2023, 2024])}K-3;Kunde 3;Klinik;FY2024;5,5\r\n`;
    const { result } = await importFile(text);
    expect(result.years).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(result.accounts).toHaveLength(3);
    expect(result.accounts[2]!.revenue).toEqual({
      '2020': null,
      '2021': null,
      '2022': null,
      '2023': null,
      '2024': 5.5,
    });
    expect(result.accounts[0]!.revenue['2022']).toBe(1002000);
  });

  it('reports a second row for the same account and year, and conflicting account fields', async () => {
    const { result } = await importFile(
      lines(
        'id,name,segment,year,revenue',
        'K-1,A,Clinic,2023,10',
        'K-1,A,Laboratory,2024,20',
        'K-1,A,Clinic,2024,30',
      ),
    );
    expect(result.accounts[0]).toMatchObject({ segment: 'Clinic', revenue: { '2023': 10, '2024': 20 } });
    expect(result.issues.map((i) => [i.severity, i.code, i.row])).toEqual([
      ['warning', 'conflicting-value', 3],
      ['error', 'duplicate-year', 4],
    ]);
    expect(result.issues[1]!.message).toContain('row 3');
  });

  it('can be forced to columns by the user', async () => {
    const { result } = await importFile(long([2023]), { settings: { shape: 'columns' } });
    expect(result.settings.shape).toBe('columns');
    expect(result.years).toEqual([]);
  });
});

describe('validation', () => {
  const bad = lines(
    'Account ID,Account name,Revenue 2023,Revenue 2024,Satisfaction,Segment,Plan',
    'K-1,Alpha,100,200,8,Clinic,Premium', // row 2
    'K-2,Beta,-50,300,7,Labor,basic', // row 3: negative revenue (warning), German + lower-case enums
    'K-1,Gamma,1,2,3,,', // row 4: duplicate id
    'K-3,Delta,abc,400,,,', // row 5: not a number
    'K-4,,1,2,,,', // row 6: missing name
    ',Epsilon,1,2,,,', // row 7: missing id
    'K-5,Zeta,1,2,11,,', // row 8: satisfaction out of range
    'K-6,"=HYPERLINK(""http://x"",""y"")",1,2,,Pharma,', // row 9: formula-like name, unknown segment
    'K-7,<script>alert(1)</script>,1,2,,,', // row 10: markup stays text
    ',,,,,,', // blank row: ignored
    'K-8,Eta,"1,000",2,7.5,,', // row 12: fine (satisfaction is a number, not an integer column)
  );

  it('names the spreadsheet row and column of every error and keeps the valid rows', async () => {
    const { result } = await importFile(bad);
    expect(result.accounts.map((a) => a.id)).toEqual(['K-1', 'K-2', 'K-6', 'K-7', 'K-8']);
    expect(result.rowCount).toBe(10);
    expect(result.skippedRows).toBe(5);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.row, i.columnLetter, i.column, i.code])).toEqual([
      [4, 'A', 'Account ID', 'duplicate-id'],
      [5, 'C', 'Revenue 2023', 'not-a-number'],
      [6, 'B', 'Account name', 'missing-required'],
      [7, 'A', 'Account ID', 'missing-required'],
      [8, 'E', 'Satisfaction', 'out-of-range'],
    ]);
    expect(errors[0]!.message).toBe('Account ID "K-1" is already used in row 2. Row skipped.');
    expect(errors[1]!.value).toBe('abc');
    expect(result.errorCount).toBe(5);
  });

  it('keeps negative revenue with a warning, and reads German enum values', async () => {
    const { result } = await importFile(bad);
    const beta = result.accounts.find((a) => a.id === 'K-2')!;
    expect(beta.revenue['2023']).toBe(-50);
    expect(beta.segment).toBe('Laboratory');
    expect(beta.plan).toBe('Basic');
    expect(result.issues.find((i) => i.code === 'negative-revenue')).toMatchObject({
      severity: 'warning',
      row: 3,
      column: 'Revenue 2023',
    });
  });

  it('keeps hostile cells as text, warns about formulas and neutralises them on export', async () => {
    const { result } = await importFile(bad);
    const formula = result.accounts.find((a) => a.id === 'K-6')!;
    const markup = result.accounts.find((a) => a.id === 'K-7')!;
    expect(formula.name).toBe('=HYPERLINK("http://x","y")');
    expect(formula.segment).toBeNull();
    expect(markup.name).toBe('<script>alert(1)</script>');
    expect(result.issues.filter((i) => i.row === 9).map((i) => i.code)).toEqual([
      'formula-like',
      'unknown-value',
    ]);
    const csv = importedAccountsToCsv(result.accounts, result.years);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain('<script>alert(1)</script>');
    expect(csv.startsWith('\uFEFFid,name,segment')).toBe(true);
    const issueCsv = issuesToCsv(result.issues);
    expect(issueCsv).toContain(`"${neutraliseCell('=HYPERLINK("http://x","y")').replace(/"/g, '""')}"`);
    expect(issueCsv).not.toMatch(/,=HYPERLINK/);
  });

  it('computes the contribution margin from the latest year', async () => {
    const { result } = await importFile(
      lines('id,name,Revenue 2023,Revenue 2024,Cost to serve', 'K-1,A,5,100,30', 'K-2,B,5,,30'),
    );
    expect(result.accounts.map((a) => a.contributionMargin)).toEqual([70, null]);
  });

  it('reports a file without id or name column instead of importing nothing silently', async () => {
    const { result } = await importFile(lines('foo,bar', '1,2'));
    expect(result.accounts).toEqual([]);
    expect(result.issues.map((i) => [i.row, i.message])).toEqual([
      [null, 'No column is mapped to Account ID.'],
      [null, 'No column is mapped to Account name.'],
    ]);
  });

  it('counts rows below a title row as the spreadsheet does', async () => {
    const { result, summary } = await importFile(
      lines('Kundenliste Stand 31.12.2024', '', 'Kundennummer;Kunde;Umsatz 2024', 'K-1;A;1', 'K-1;B;2'),
    );
    expect(summary.headerRow).toBe(3);
    expect(result.issues[0]).toMatchObject({ row: 5, code: 'duplicate-id' });
    expect(result.issues[0]!.message).toContain('row 4');
  });

  it('warns about rows with more cells than the header (an unquoted decimal comma)', async () => {
    const { result } = await importFile(lines('id,name,Revenue 2024', 'K-1,A,1234', 'K-2,B,1234,56'));
    expect(result.issues[0]).toMatchObject({ severity: 'warning', code: 'malformed-row', row: 3 });
  });

  it('reads dates as months in the detected order', async () => {
    const { result, resolved } = await importFile(
      lines(
        'id,name,Customer since',
        'K-1,A,3/4/2021',
        'K-2,B,12/25/2021',
        'K-3,C,2020-07-01',
        'K-4,D,31.02.2020',
      ),
    );
    expect(resolved.dateOrder).toEqual({ order: 'mdy', source: 'file' });
    expect(result.accounts.map((a) => a.customerSince)).toEqual(['2021-03', '2021-12', '2020-07']);
    expect(result.issues.find((i) => i.row === 5)).toMatchObject({
      code: 'not-a-date',
      column: 'Customer since',
    });
  });
});

describe('loading', () => {
  it('rejects an old .xls file with a helpful message', async () => {
    await expect(
      importFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    ).rejects.toThrow(/old Excel 97–2003/);
  });

  it('rejects an empty file', async () => {
    await expect(importFile('')).rejects.toThrow('The file is empty.');
  });

  it('builds a preview of raw text and parsed values', async () => {
    const { preview } = await importFile(lines('id;name;Umsatz 2024', 'K-1;A;1.234', 'K-2;B;x'));
    expect(preview).toHaveLength(2);
    expect(preview[0]!.cells.map((c) => [c.field, c.raw, c.value])).toEqual([
      ['id', 'K-1', 'K-1'],
      ['name', 'A', 'A'],
      ['revenue_2024', '1.234', 1234],
    ]);
    expect(preview[1]!.cells[2]!.problem?.severity).toBe('error');
  });
});

describe('viewOf', () => {
  it('sends counts and the first issues instead of every account', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `K-${i},A,x`);
    const analysis = await importFile(lines('id,name,Revenue 2024', ...rows, 'K-99,B,5'));
    const view = viewOf(analysis, 10);
    expect(view.summary).toMatchObject({ accountCount: 1, issueCount: 30, errorCount: 30, rowCount: 31 });
    expect(view.summary.issues).toHaveLength(10);
    expect('accounts' in view.summary).toBe(false);
    expect(view.preview).toBe(analysis.preview);
  });
});
