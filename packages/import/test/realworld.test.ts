import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportSession } from '../src/session';
import { AUTO_SETTINGS } from '../src/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const read = (name: string) => new Uint8Array(readFileSync(path.join(here, 'fixtures', name)));
const clock = () => new Date(Date.UTC(2024, 11, 31));

async function load(name: string, locale: string, mrr?: string) {
  const session = new ImportSession({ now: clock });
  const summary = await session.load(read(name), name, AUTO_SETTINGS);
  if (mrr) await session.loadMrr(read(mrr), mrr, AUTO_SETTINGS);
  return { summary, ...session.analyse(summary.mapping, AUTO_SETTINGS, locale) };
}
const where = (
  issues: { severity: string; code: string; row: number | null; columnLetter: string | null }[],
) => issues.map((i) => `${i.severity} ${i.code} ${i.row ?? '-'}${i.columnLetter ?? ''}`);

describe('real-world export shapes', () => {
  it('an SAP customer-sales export: title rows, Windows-1252, "Debitor", "Umsatz GJ 2024", 251.340,10- (trailing minus)', async () => {
    const { summary, result } = await load('erp-sap-de.csv', 'de-DE');
    expect([summary.encoding, summary.delimiter, summary.headerRow]).toEqual(['windows-1252', ';', 4]);
    expect(result.years).toEqual(['2023', '2024']);
    expect(result.accounts.map((a) => [a.id, a.revenue['2024']])).toEqual([
      ['0000100234', 1310000],
      ['0000100235', -1200],
      ['0000100236', -251340.1],
      ['0000100237', 98000],
    ]);
    expect(result.accounts[1]?.name).toBe('Praxis Dr. Özdemir');
    expect(result.accounts[0]?.revenue['2023']).toBe(1234567.89);
    expect(where(result.issues)).toEqual(['warning negative-revenue 6F', 'warning negative-revenue 7F']);
  });

  it('a Salesforce report: title rows, "$1,250,000.00", (12,500.00), "Annual Revenue" beside "Revenue 2023", a totals row', async () => {
    const { summary, result, resolved } = await load('crm-salesforce-en.csv', 'en-US');
    expect(summary.headerRow).toBe(4);
    expect(resolved.shape).toEqual({ shape: 'snapshot', source: 'detected', snapshotYear: '2024' });
    expect(result.years).toEqual(['2023', '2024']);
    const [northwind, contoso, fabrikam] = result.accounts;
    expect(northwind?.revenue).toEqual({ '2023': 1100000, '2024': 1250000 });
    expect([northwind?.owner, northwind?.segment, northwind?.country, northwind?.customerSince]).toEqual([
      'Jane Smith',
      'Hospital system',
      'US',
      '2019-03',
    ]);
    expect([contoso?.segment, fabrikam?.segment, fabrikam?.churnedAt]).toEqual([
      'Clinic',
      'Laboratory',
      '2024-12',
    ]);
    // Row 8 (a formula-like name, CSAT 11) is skipped for its score; row 10 is the report's totals row.
    expect(where(result.issues)).toEqual(['error out-of-range 8J', 'warning total-row 10']);
    expect(result.skippedRows).toBe(2);
  });

  it('a Stripe-style billing export: customer_id, period_start, plan_nickname, months missing, an unknown customer', async () => {
    const { result } = await load('billing-stripe-accounts.csv', 'en-US', 'billing-stripe-mrr.csv');
    expect(result.months).toEqual(['2024-10', '2024-11', '2024-12']);
    expect(result.accounts.map((a) => a.mrrSeries.map((p) => p.mrr))).toEqual([
      [104166.67, 104166.67, 110000],
      [7166.67, 0, 7625],
      [19200.04, 0, 0],
    ]);
    expect(result.accounts.map((a) => a.plan)).toEqual(['Premium', 'Standard', 'Basic']);
    expect(where(result.issues)).toEqual(['warning unknown-account 9A']);
    expect(result.issues[0]?.table).toBe('mrr');
  });
});
