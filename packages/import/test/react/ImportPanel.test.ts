// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInlineImportClient } from '../../src/client';
import { ImportPanel } from '../../src/react/ImportPanel';
import type { ImportResult } from '../../src/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => new File([readFileSync(path.join(here, '../fixtures', name))], name);

afterEach(cleanup);

async function renderWith(name: string, locale = 'en-US') {
  const onApply = vi.fn<(result: ImportResult) => void>();
  render(createElement(ImportPanel, { locale, onApply, createClient: createInlineImportClient }));
  const input = screen.getByLabelText('CSV or Excel file to import') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [fixture(name)] } });
  });
  await screen.findByRole('button', { name: /^Import \d+ accounts$/ }, { timeout: 5000 });
  return { onApply };
}

describe('ImportPanel', () => {
  it('has a labelled file input behind a real button, and a live region', () => {
    render(
      createElement(ImportPanel, {
        locale: 'en-US',
        onApply: () => {},
        createClient: createInlineImportClient,
      }),
    );
    expect(screen.getByRole('button', { name: 'Choose a file…' })).toBeTruthy();
    expect(screen.getByLabelText('CSV or Excel file to import').getAttribute('type')).toBe('file');
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('link', { name: 'CSV (Deutsch, ;)' }).getAttribute('href')).toBe(
      'kamkit-import-template-de.csv',
    );
  });

  it('imports the German fixture: detected settings, mapping, preview, and the result on Import', async () => {
    const { onApply } = await renderWith('accounts-de.csv');
    expect((screen.getByLabelText('Encoding') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(
      'Detected: Windows-1252',
    );
    expect((screen.getByLabelText('Delimiter') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(
      'Detected: Semicolon (;)',
    );
    expect((screen.getByLabelText('Revenue 2024') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(
      'J · Umsatz 2024',
    );
    const preview = screen.getByRole('region', { name: 'Preview of the first rows' });
    expect(within(preview).getByText('115.000')).toBeTruthy();
    expect(within(preview).getByText('→ 115000')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      '30 rows read: 30 accounts ready, 0 rows skipped, 0 warnings.',
    );
    expect(
      screen.getByText(
        /^MRR \(EUR\): values such as "115\.000" read either way; read as 115000 \(decimal comma\)/,
      ),
    ).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Import 30 accounts' }));
    });
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply.mock.calls[0]![0].accounts).toHaveLength(30);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Imported 30 accounts from accounts-de.csv.'),
    );
  });

  it('lists problems by row and column and shows hostile names as text', async () => {
    await renderWith('accounts-bad.csv');
    expect(screen.getByRole('heading', { name: 'Problems: 5 errors, 4 warnings' })).toBeTruthy();
    const issues = document.querySelector('.kamkit-import__issues') as HTMLElement;
    const items = within(issues)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toBe(
      'Error Row 5, column A (Account ID): Account ID "acc-032" is already used in row 3. Row skipped.',
    );
    expect(document.querySelector('.kamkit-import script')).toBeNull();
    expect(screen.getByRole('button', { name: 'Import 21 accounts' })).toBeTruthy();
  });

  it('re-reads the rows when the user changes the mapping or the number format', async () => {
    const { onApply } = await renderWith('accounts-de.csv');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Revenue 2024'), { target: { value: '' } });
    });
    await waitFor(() => expect(screen.queryByRole('columnheader', { name: 'Revenue 2024' })).toBeNull());
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Number format'), { target: { value: 'point' } });
    });
    // Read with a decimal point, '1.250.000,00' is not a number: every row has an error now.
    const button = (await screen.findByRole(
      'button',
      { name: 'Import 0 accounts' },
      { timeout: 5000 },
    )) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(
      '30 rows read: 0 accounts ready, 30 rows skipped, 0 warnings.',
    );
    expect(onApply).not.toHaveBeenCalled();
  });

  it('says why an old .xls file cannot be read', async () => {
    render(
      createElement(ImportPanel, {
        locale: 'en-US',
        onApply: () => {},
        createClient: createInlineImportClient,
      }),
    );
    const xls = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], 'old.xls');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('CSV or Excel file to import'), { target: { files: [xls] } });
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/old Excel 97–2003 \(\.xls\) file/);
  });
});
