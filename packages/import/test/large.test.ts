import { describe, expect, it } from 'vitest';
import { importFile } from './test-helpers';

/** A German export with 50,000 accounts and 28 columns (about 7 MB). */
function bigCsv(rows: number): string {
  const header =
    'Kundennummer;Kunde;Kundensegment;Region;Land;Betreuer;Tarif;Umsatz 2022;Umsatz 2023;Umsatz 2024;MRR (EUR);Onboarding-Status;Zufriedenheit;Engagement-Score;Tage gefährdet;Betreuungskosten;Nettopreis (%);Umsatzpotenzial;Budgetwachstum;Marktposition;Strategische Passung;Kultur;Vision;Strategie;Nutzungsrückgang (%);Support-Tickets;Zahlungsverzug (Tage);Kunde seit';
  const out = [header];
  // German formatting by hand: toLocaleString is slow enough to dominate a 50,000-row fixture.
  const group = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, '.');
  const de = (n: number) =>
    `${group(Math.floor(n))},${String(Math.round((n % 1) * 100) % 100).padStart(2, '0')}`;
  for (let i = 0; i < rows; i++) {
    const r = 10_000 + ((i * 7919) % 2_000_000);
    out.push(
      [
        `K-${i + 1}`,
        `Klinik Nr. ${i + 1} Grünwaldau`,
        ['Krankenhaus', 'Klinik', 'Labor', 'Versicherung'][i % 4],
        'DACH',
        'DE',
        'Anna Müller',
        ['Basic', 'Standard', 'Premium'][i % 3],
        de(r),
        de(r * 1.1),
        de(r * 1.2),
        group(Math.round(r / 12 / 1000) * 1000),
        'Live',
        String(i % 11),
        String(i % 101),
        String(i % 90),
        group(r / 5),
        '87,5',
        ...Array.from({ length: 7 }, (_, k) => String(1 + ((i + k) % 10))),
        '2,5',
        String(i % 30),
        String(i % 15),
        `${String(1 + (i % 28)).padStart(2, '0')}.${String(1 + (i % 12)).padStart(2, '0')}.20${String(10 + (i % 15))}`,
      ].join(';'),
    );
  }
  return `${out.join('\r\n')}\r\n`;
}

describe('a large file', () => {
  it('imports 50,000 rows', async () => {
    const text = bigCsv(50_000);
    const started = performance.now();
    let progressCalls = 0;
    const { session, summary, settings, result } = await importFile(text);
    const loadedAndBuilt = performance.now() - started;
    // Once more with progress reporting, as the worker does it.
    const again = performance.now();
    session.analyse(summary.mapping, settings, 'de-DE', () => progressCalls++);
    const rebuild = performance.now() - again;
    console.log(
      `50,000 rows, ${(text.length / 1e6).toFixed(1)} MB: load + detect + validate ${Math.round(loadedAndBuilt)} ms; re-validate after a change ${Math.round(rebuild)} ms`,
    );
    expect(summary.rowCount).toBe(50_000);
    expect(result.accounts).toHaveLength(50_000);
    expect(result.errorCount).toBe(0);
    expect(result.accounts[49_999]!.row).toBe(50_001);
    expect(progressCalls).toBeGreaterThan(5);
  }, 120_000);
});
