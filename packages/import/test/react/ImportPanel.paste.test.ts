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

describe('German problem sentences', () => {
  it('words every problem in German by its code, ending errors with "Zeile übersprungen."', async () => {
    render(
      createElement(ImportPanel, {
        locale: 'de-DE',
        onApply: () => {},
        createClient: createInlineImportClient,
      }),
    );
    await act(async () => {
      paste('Kundennummer\tKunde\tUmsatz 2024\nK-1\tKlinik A\tn/a\nK-2\tKlinik B\t-5\nK-2\tKlinik C\t100\n');
    });
    await screen.findByRole('button', { name: '1 Kunden importieren' }, { timeout: 5000 });
    const items = [...document.querySelectorAll('.kamkit-import__issues li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Fehler Zeile 2, Spalte C (Umsatz 2024): „Umsatz 2024“: „n/a“ ist keine Zahl. Zeile übersprungen.',
      'Warnung Zeile 3, Spalte C (Umsatz 2024): „Umsatz 2024“ ist negativ (-5); so übernommen (z. B. Gutschriften). Bitte das Vorzeichen prüfen.',
      'Fehler Zeile 4, Spalte A (Kundennummer): Kundennummer „K-2“ steht schon in Zeile 3. Zeile übersprungen.',
    ]);
  });
});
