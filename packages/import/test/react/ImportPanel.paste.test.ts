// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInlineImportClient } from '../../src/client';
import { ImportPanel } from '../../src/react/ImportPanel';
import { importMessagesDe, importMessagesEn } from '../../src/react/messages';
import type { ImportResult } from '../../src/types';

afterEach(cleanup);

function paste(text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true }) as Event & {
    clipboardData: { getData: (type: string) => string };
  };
  event.clipboardData = { getData: (type) => (type === 'text/plain' ? text : '') };
  document.body.dispatchEvent(event);
}

describe('ImportPanel: paste, progressive mapping, catalogues', () => {
  it('imports a range pasted from a German spreadsheet (tabs, 1.234,56) like a file', async () => {
    const onApply = vi.fn<(result: ImportResult) => void>();
    render(createElement(ImportPanel, { locale: 'de-DE', onApply, createClient: createInlineImportClient }));
    await act(async () => {
      paste('Kundennummer\tKunde\tUmsatz 2024\nK-1\tKlinik A\t1.234,56\nK-2\tKlinik B\t2.000\n');
    });
    const button = await screen.findByRole('button', { name: '2 Kunden importieren' }, { timeout: 5000 });
    await act(async () => {
      button.click();
    });
    const result = onApply.mock.calls[0]![0];
    expect(result.accounts.map((a) => a.revenue['2024'])).toEqual([1234.56, 2000]);
    expect(result.settings.delimiter).toBe('\t');
  });

  it('shows the fields found in the file first and the rest behind "More fields"', async () => {
    render(
      createElement(ImportPanel, {
        locale: 'en-US',
        onApply: () => {},
        createClient: createInlineImportClient,
      }),
    );
    await act(async () => {
      paste('Account ID\tAccount name\tRevenue 2024\tOwner\nA\tAlpha\t100\tAnna\n');
    });
    await screen.findByRole('button', { name: 'Import 1 accounts' }, { timeout: 5000 });
    const more = document.querySelector('details.kamkit-import__more') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')?.textContent).toMatch(/^More fields \(\d+\)$/);
    // Found or required: outside the disclosure; not in the file: inside it.
    expect(more.contains(screen.getByLabelText('Account owner'))).toBe(false);
    expect(more.contains(screen.getByLabelText('Revenue 2024'))).toBe(false);
    expect(more.contains(screen.getByLabelText('Satisfaction'))).toBe(true);
  });

  it('asks to confirm the year of a snapshot column (default: the current year)', async () => {
    render(
      createElement(ImportPanel, {
        locale: 'en-US',
        onApply: () => {},
        createClient: createInlineImportClient,
      }),
    );
    await act(async () => {
      paste('id\tname\trevenue\nA\tAlpha\t100\n');
    });
    await screen.findByRole('button', { name: 'Import 1 accounts' }, { timeout: 5000 });
    const year = screen.getByLabelText('Year of the revenue column') as HTMLInputElement;
    expect(year.value).toBe(String(new Date().getFullYear()));
  });

  it('has the same keys in the English and German catalogues', () => {
    expect(Object.keys(importMessagesDe).sort()).toEqual(Object.keys(importMessagesEn).sort());
    for (const key of Object.keys(importMessagesEn) as (keyof typeof importMessagesEn)[])
      expect(typeof importMessagesDe[key], key).toBe(typeof importMessagesEn[key]);
  });
});
