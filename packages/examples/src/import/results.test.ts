import { readXlsx, toXlsx } from '@kamkit/import';
import { describe, expect, it } from 'vitest';
import { demo } from '../data/demo';
import { fromDemoAccount, type WorkspaceData } from '../workspace';

import { resultSheets } from './results';

const data: WorkspaceData = {
  accounts: demo.accounts.map(fromDemoAccount),
  years: [...demo.years],
  months: [...demo.months],
  stakeholders: null,
  flagshipId: null,
  survey: null,
  source: { kind: 'demo' },
};

describe('resultSheets', () => {
  it('makes one sheet per view, numbers as numbers, and round-trips through an XLSX workbook', async () => {
    const sheets = resultSheets(data);
    expect(sheets.map((s) => s.name)).toEqual(['Tiers per year', 'Scores', 'At-risk queue']);
    expect(sheets[0]!.rows).toHaveLength(demo.accounts.length);
    const bytes = await toXlsx(sheets);
    const read = await readXlsx(bytes.buffer as ArrayBuffer);
    const tiers = read[0]!.rows;
    expect(tiers[0]).toEqual([
      'Account ID',
      'Account',
      'Tier 2022',
      'Revenue 2022',
      'Tier 2023',
      'Revenue 2023',
      'Tier 2024',
      'Revenue 2024',
      'Tier of the total',
    ]);
    const first = demo.accounts[0]!;
    const row = tiers.find((r) => r[0] === first.id)!;
    expect(row[7]).toBe(first.revenue['2024'] ?? null);
    const scores = read[1]!.rows;
    expect(typeof scores[1]?.[3]).toBe('number');
    expect(read[2]!.rows[0]?.[0]).toBe('Position');
  });

  it('scores and queues the accounts still with us, as the Prioritisation and dashboard pages do', () => {
    const [, scores, queue] = resultSheets(data);
    const churned = new Set(demo.accounts.filter((a) => a.churnedAt !== null).map((a) => a.id));
    expect(churned.size).toBe(14);
    expect(scores!.rows).toHaveLength(demo.accounts.length - churned.size);
    expect(scores!.rows.filter((r) => churned.has(String(r[1])))).toEqual([]);
    // The queue: every account the demo flagged (25), none of them churned.
    expect(queue!.rows.filter((r) => churned.has(String(r[1])))).toEqual([]);
    expect(queue!.rows).toHaveLength(demo.accounts.filter((a) => a.daysInQueue > 0).length);
  });
});
