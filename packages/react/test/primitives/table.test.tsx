import { KamkitError } from '@kamkit/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from '../../src/primitives/DataTable';
import { columnHelper, tableFromColumns, tableToCsv } from '../../src/primitives/table';

interface Account {
  name: string;
  mrr: number;
  days: number | null;
}

const accounts: Account[] = [
  { name: 'Acme', mrr: 1200, days: 3 },
  { name: '=cmd|calc', mrr: 800.5, days: null },
  { name: 'Globex', mrr: Number.NaN, days: 12 },
];

const column = columnHelper<Account>();
const columns = [
  column({ key: 'rank', header: 'Rank', value: (_, i) => i + 1 }),
  column({ key: 'name', header: 'Account', value: (a) => a.name }),
  column({
    key: 'mrr',
    header: 'MRR',
    value: (a) => a.mrr,
    format: (mrr) => (Number.isFinite(mrr) ? `${mrr.toFixed(2)} €` : 'unknown'),
  }),
  column({ key: 'days', header: 'Days', value: (a) => a.days, numeric: true }),
];

describe('tableFromColumns', () => {
  it('gives the text and the raw value of every column from one definition', () => {
    const table = tableFromColumns(accounts, columns, { caption: 'At risk' });
    expect(table.caption).toBe('At risk');
    expect(table.columns).toEqual([
      { key: 'rank', label: 'Rank', numeric: true },
      { key: 'name', label: 'Account' },
      { key: 'mrr', label: 'MRR', numeric: true },
      { key: 'days', label: 'Days', numeric: true },
    ]);
    expect(table.rows).toEqual([
      ['1', 'Acme', '1200.00 €', '3'],
      ['2', '=cmd|calc', '800.50 €', '–'],
      ['3', 'Globex', 'unknown', '12'],
    ]);
    expect(table.raw).toEqual([
      [1, 'Acme', 1200, 3],
      [2, '=cmd|calc', 800.5, null],
      [3, 'Globex', null, 12],
    ]);
    expect(table.omitted).toBe(0);
    expect(table.note).toBeUndefined();
  });

  it('lists the first maxTableRows rows, counts the others and appends the summary row', () => {
    const table = tableFromColumns(accounts, columns, {
      caption: 'At risk',
      maxTableRows: 1,
      summaryRow: { name: 'Total', mrr: 2000.5, days: null },
      note: 'The first account is listed.',
    });
    expect(table.rows).toEqual([
      ['1', 'Acme', '1200.00 €', '3'],
      ['4', 'Total', '2000.50 €', '–'],
    ]);
    expect(table.omitted).toBe(2);
    expect(table.note).toBe('The first account is listed.');
    expect(tableFromColumns(accounts, columns, { caption: '', maxTableRows: 0 }).rows).toEqual([]);
  });

  it('does not change the caller rows', () => {
    const copy = structuredClone(accounts);
    tableFromColumns(accounts, columns, { caption: '', maxTableRows: 2 });
    expect(accounts).toEqual(copy);
  });

  it('refuses a bad maxTableRows and duplicate keys with a KamkitError', () => {
    for (const bad of [-1, 1.5, Number.NaN]) {
      const error = (() => {
        try {
          tableFromColumns(accounts, columns, { caption: '', maxTableRows: bad });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(KamkitError);
      expect(error).toMatchObject({ code: 'INVALID_OPTION', field: 'maxTableRows' });
    }
    expect(() => tableFromColumns(accounts, [...columns, columns[0]!], { caption: '' })).toThrow(
      /"rank" is used twice/,
    );
  });
});

describe('the views of one table', () => {
  const table = tableFromColumns(accounts, columns, { caption: 'At risk' });

  it('renders as the data table with the texts, numeric columns marked', () => {
    render(<DataTable spec={table} hidden={false} />);
    const grid = screen.getByRole('table', { name: 'At risk' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Rank', 'Account', 'MRR', 'Days']);
    const cells = within(grid).getAllByRole('cell');
    expect(cells[2]?.textContent).toBe('1200.00 €');
    expect(cells[2]?.getAttribute('data-numeric')).toBe('true');
    expect(cells[1]?.getAttribute('data-numeric')).toBeNull();
  });

  it('exports the raw values as CSV, with text cells neutralised', () => {
    expect(tableToCsv(table)).toBe(
      ['Rank,Account,MRR,Days', '1,Acme,1200,3', "2,'=cmd|calc,800.5,", '3,Globex,,12'].join('\r\n'),
    );
  });
});
