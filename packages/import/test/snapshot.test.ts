import { describe, expect, it } from 'vitest';
import { ImportSession } from '../src/session';
import { AUTO_SETTINGS } from '../src/types';

const fixed = () => new Date(Date.UTC(2026, 5, 15));

async function importSnapshot(csv: string, snapshotYear: number | 'auto' = 'auto') {
  const session = new ImportSession({ now: fixed });
  const settings = { ...AUTO_SETTINGS, snapshotYear };
  const summary = await session.load(new TextEncoder().encode(csv), 'snapshot.csv', settings);
  return session.analyse(summary.mapping, settings, 'de-DE');
}

describe('one-year snapshots', () => {
  it('reads a German Umsatz column without a year as the current year of the injected clock', async () => {
    const { result, resolved } = await importSnapshot('Kundennummer;Kunde;Umsatz\nK-1;Klinik A;1.250,50\n');
    expect(resolved.shape).toEqual({ shape: 'snapshot', source: 'detected', snapshotYear: '2026' });
    expect(result.years).toEqual(['2026']);
    expect(result.accounts[0]?.revenue).toEqual({ '2026': 1250.5 });
  });

  it('uses the year the user confirmed', async () => {
    const { result } = await importSnapshot('id,name,revenue\nA,Alpha,100\n', 2024);
    expect(result.years).toEqual(['2024']);
    expect(result.accounts[0]?.revenue).toEqual({ '2024': 100 });
  });

  it('reports non-numeric and negative values row by row instead of refusing the file', async () => {
    const { result } = await importSnapshot('id,name,revenue\nA,Alpha,100\nB,Beta,n/a\nC,Gamma,-50\n');
    expect(result.accounts.map((a) => a.id)).toEqual(['A', 'C']);
    expect(result.issues.map((i) => [i.severity, i.code, i.row, i.columnLetter])).toEqual([
      ['error', 'not-a-number', 3, 'C'],
      ['warning', 'negative-revenue', 4, 'C'],
    ]);
    expect(result.issues[0]?.column).toBe('revenue');
  });
});
