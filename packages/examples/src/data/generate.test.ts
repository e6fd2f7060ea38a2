import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountToRow, findColumn, IMPORT_COLUMNS, type ImportColumn, normalizeHeader } from './columns';
import { demo } from './demo';
import { ACCOUNT_COUNT, generateDemoData, mulberry32 } from './generate';
import { CONSULTANCY_NAME, FLAGSHIP_NAME } from './stakeholders';
import type { Account, Person } from './types';

const data = generateDemoData();
const byId = new Map(data.accounts.map((a) => [a.id, a]));
const account = (id: string): Account => {
  const a = byId.get(id);
  if (!a) throw new Error(`no account ${id}`);
  return a;
};

/** Share of the total that the top 20 % of accounts (by 2024 revenue, among those with revenue) make. */
function top20Share(accounts: readonly Account[]): number {
  const values = accounts
    .map((a) => a.revenue['2024'] ?? 0)
    .filter((v) => v > 0)
    .sort((a, b) => b - a);
  const total = values.reduce((s, v) => s + v, 0);
  const top = values.slice(0, Math.ceil(values.length * 0.2)).reduce((s, v) => s + v, 0);
  return top / total;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('mulberry32', () => {
  it('repeats its sequence for the same seed and stays in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateDemoData', () => {
  it('returns identical data for the same seed and defaults to seed 42', () => {
    expect(generateDemoData(42)).toEqual(data);
    expect(generateDemoData(42)).toEqual(generateDemoData(42));
    expect(data.seed).toBe(42);
    expect(demo).toEqual(data);
  });

  it('returns different accounts for a different seed', () => {
    const other = generateDemoData(7);
    expect(other.accounts).not.toEqual(data.accounts);
    expect(other.accounts.length).toBe(ACCOUNT_COUNT);
  });

  it('uses neither Math.random nor the clock', () => {
    for (const file of [
      './generate.ts',
      './random.ts',
      './series.ts',
      './scenario.ts',
      './stakeholders.ts',
    ]) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '') // comments may mention them
        .replace(/\/\/.*$/gm, '');
      expect(source, file).not.toMatch(/Math\.random|Date\.now|new Date|performance\.now/);
    }
  });

  it('has 150 accounts with unique ids acc-001…acc-150 and unique names', () => {
    expect(data.accounts).toHaveLength(150);
    expect(data.accounts.map((a) => a.id)).toEqual(
      Array.from({ length: 150 }, (_, i) => `acc-${String(i + 1).padStart(3, '0')}`),
    );
    expect(new Set(data.accounts.map((a) => a.name)).size).toBe(150);
  });

  it('has a heavy-tailed revenue: the top 20 % make 65–90 % of 2024 revenue', () => {
    const share = top20Share(data.accounts);
    expect(share).toBeGreaterThanOrEqual(0.65);
    expect(share).toBeLessThanOrEqual(0.9);
  });

  it('stays heavy-tailed for other seeds', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const share = top20Share(generateDemoData(seed).accounts);
      expect(share, `seed ${seed}`).toBeGreaterThanOrEqual(0.6);
      expect(share, `seed ${seed}`).toBeLessThanOrEqual(0.92);
    }
  });

  it('covers 2022-01 to 2024-12 with one MRR point per month for every account', () => {
    expect(data.years).toEqual(['2022', '2023', '2024']);
    expect(data.months).toHaveLength(36);
    expect(data.months[0]).toBe('2022-01');
    expect(data.months[35]).toBe('2024-12');
    expect(data.asOf).toBe('2024-12');
    for (const a of data.accounts) expect(a.mrr.map((p) => p.month)).toEqual(data.months);
  });

  it('makes revenue the sum of the year’s MRR, and null only when not a customer all year', () => {
    for (const a of data.accounts) {
      data.years.forEach((year, y) => {
        const months = a.mrr.slice(y * 12, y * 12 + 12);
        const active = months.filter((p) => p.plan !== null);
        if (active.length === 0) expect(a.revenue[year], `${a.id} ${year}`).toBeNull();
        else expect(a.revenue[year], `${a.id} ${year}`).toBe(months.reduce((s, p) => s + p.mrr, 0));
      });
      for (const p of a.mrr) {
        if (p.plan === null) expect(p.mrr).toBe(0);
        expect(Number.isInteger(p.mrr) && p.mrr >= 0).toBe(true);
      }
    }
  });

  it('makes latest MRR × 12 ≈ 2024 revenue for accounts on one plan all of 2024', () => {
    const steady = data.accounts.filter((a) => {
      const months = a.mrr.slice(24);
      return months.every((p) => p.plan !== null && p.plan === months[0]?.plan && p.mrr > 0);
    });
    expect(steady.length).toBeGreaterThan(100);
    for (const a of steady) {
      const latest = a.mrr[35]!.mrr;
      expect(Math.abs(latest * 12 - a.revenue['2024']!) / a.revenue['2024']!, a.id).toBeLessThan(0.01);
    }
  });

  it('keeps plan, customerSince and churnedAt consistent with the MRR series', () => {
    for (const a of data.accounts) {
      const active = a.mrr.filter((p) => p.plan !== null);
      expect(active.at(-1)?.plan, a.id).toBe(a.plan);
      if (a.churnedAt === null) expect(a.mrr[35]!.plan, a.id).not.toBeNull();
      else {
        expect(a.mrr.find((p) => p.month === a.churnedAt)?.plan, a.id).toBeNull();
        expect(active.at(-1)!.month < a.churnedAt, a.id).toBe(true);
      }
      if (a.customerSince >= '2022-01') expect(active[0]?.month, a.id).toBe(a.customerSince);
      else expect(a.mrr[0]!.plan, a.id).not.toBeNull();
    }
  });

  it('has upgrades and downgrades', () => {
    const order = { Basic: 0, Standard: 1, Premium: 2 };
    let up = 0;
    let down = 0;
    for (const a of data.accounts) {
      for (let i = 1; i < a.mrr.length; i++) {
        const [p, q] = [a.mrr[i - 1]!.plan, a.mrr[i]!.plan];
        if (p && q && order[q] > order[p]) up++;
        if (p && q && order[q] < order[p]) down++;
      }
    }
    expect(up).toBeGreaterThan(10);
    expect(down).toBeGreaterThan(3);
  });

  it('makes Premium accounts larger on average than Standard, and Standard than Basic', () => {
    const avg = (plan: Account['plan']) =>
      mean(data.accounts.filter((a) => a.plan === plan && a.revenue['2024']).map((a) => a.revenue['2024']!));
    expect(avg('Premium')).toBeGreaterThan(avg('Standard'));
    expect(avg('Standard')).toBeGreaterThan(avg('Basic'));
  });

  it('puts a minority of active accounts in the at-risk queue, with low engagement and satisfaction', () => {
    const atRisk = data.accounts.filter((a) => a.daysInQueue > 0);
    const healthy = data.accounts.filter((a) => a.daysInQueue === 0 && a.churnedAt === null);
    expect(atRisk.length).toBeGreaterThanOrEqual(8);
    expect(atRisk.length).toBeLessThan(data.accounts.length * 0.25);
    for (const a of atRisk) {
      expect(a.churnedAt, a.id).toBeNull();
      expect(a.engagement, a.id).toBeLessThan(40);
      if (a.satisfaction !== null) expect(a.satisfaction, a.id).toBeLessThanOrEqual(5);
    }
    expect(mean(atRisk.map((a) => a.engagement))).toBeLessThan(mean(healthy.map((a) => a.engagement)) - 30);
    expect(mean(atRisk.map((a) => a.churnSignals.usageDropPct))).toBeGreaterThan(
      mean(healthy.map((a) => a.churnSignals.usageDropPct)) + 20,
    );
  });

  it('keeps every score and percentage in its documented range', () => {
    const isInt = (x: number, min: number, max: number) => Number.isInteger(x) && x >= min && x <= max;
    for (const a of data.accounts) {
      for (const v of [...Object.values(a.growth), ...Object.values(a.harmony)])
        if (v !== null) expect(isInt(v, 1, 10), a.id).toBe(true);
      expect(a.growth.revenueGrowth === null, a.id).toBe(a.revenueGrowthRate === null);
      if (a.satisfaction !== null) expect(isInt(a.satisfaction, 0, 10), a.id).toBe(true);
      expect(isInt(a.engagement, 0, 100), a.id).toBe(true);
      expect(isInt(a.daysInQueue, 0, 365), a.id).toBe(true);
      expect(a.netPricePct).toBeGreaterThanOrEqual(0);
      expect(a.netPricePct).toBeLessThanOrEqual(100);
      expect(isInt(a.churnSignals.usageDropPct, 0, 100), a.id).toBe(true);
      expect(isInt(a.churnSignals.supportTickets, 0, 1000), a.id).toBe(true);
      expect(isInt(a.churnSignals.paymentDelayDays, 0, 365), a.id).toBe(true);
    }
  });

  it('computes cost to serve and contribution margin for 2024 customers only', () => {
    for (const a of data.accounts) {
      if (a.revenue['2024'] === null) {
        expect(a.costToServe, a.id).toBeNull();
        expect(a.contributionMargin, a.id).toBeNull();
      } else {
        expect(a.costToServe, a.id).toBeGreaterThan(0);
        expect(a.contributionMargin, a.id).toBe(a.revenue['2024'] - a.costToServe!);
      }
    }
    expect(data.accounts.some((a) => (a.contributionMargin ?? 0) < 0)).toBe(true);
  });

  it('includes the messy cases', () => {
    expect(account('acc-023').satisfaction).toBeNull();
    const fresh = account('acc-042');
    expect([fresh.revenue['2022'], fresh.revenue['2023']]).toEqual([null, null]);
    expect(fresh.revenue['2024']).toBeGreaterThan(0);
    expect(fresh.onboardingStage).not.toBe('Live');
    const churned = account('acc-058');
    expect(churned.churnedAt).toBe('2024-07');
    expect(churned.revenue['2024']).toBeGreaterThan(0);
    const gone = account('acc-066');
    expect(gone.churnedAt).toBe('2024-01');
    expect(gone.revenue['2023']).toBeGreaterThan(0);
    expect(gone.revenue['2024']).toBeNull();
    const pilot = account('acc-089');
    expect(pilot.revenue['2022']).toBe(0);
    expect(pilot.revenue['2023']).toBeGreaterThan(0);
    expect(account('acc-097')).toMatchObject({
      customerSince: '2024-12',
      onboardingStage: 'Contract signed',
    });
    expect(account('acc-007').name.length).toBeGreaterThan(100);
    expect(data.accounts.some((a) => /[äöüß]/.test(a.name))).toBe(true);
  });

  it('has accounts in every onboarding stage but Live is the norm', () => {
    const stages = new Set(data.accounts.map((a) => a.onboardingStage));
    expect(stages).toEqual(new Set(['Contract signed', 'Kick-off', 'Integration', 'Training', 'Live']));
    expect(data.accounts.filter((a) => a.onboardingStage === 'Live').length).toBeGreaterThan(100);
  });

  it('has criteria weights that sum to 1 per group', () => {
    for (const group of [data.criteria.growth, data.criteria.harmony]) {
      expect(group.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe('flagship stakeholder map', () => {
  const { people, influences } = data.stakeholders;
  const person = new Map(people.map((p) => [p.id, p]));
  const evps = people.filter((p) => p.title.startsWith('Executive Vice President'));

  it('belongs to the flagship account', () => {
    expect(data.flagshipId).toBe('acc-001');
    expect(data.stakeholders.accountId).toBe('acc-001');
    expect(account('acc-001').name).toBe(FLAGSHIP_NAME);
  });

  it('has 12–16 people at the flagship and unique ids', () => {
    const staff = people.filter((p) => p.organisation === FLAGSHIP_NAME);
    expect(staff.length).toBeGreaterThanOrEqual(12);
    expect(staff.length).toBeLessThanOrEqual(16);
    expect(person.size).toBe(people.length);
  });

  it('has exactly one neutral, high-power Executive Vice President, the only neutral high-power person', () => {
    expect(evps).toHaveLength(1);
    const [evp] = evps as [Person];
    expect(evp.attitude).toBe('neutral');
    expect(evp.decisionPower).toBe('high');
    expect(people.filter((p) => p.attitude === 'neutral' && p.decisionPower === 'high')).toEqual([evp]);
  });

  it('gives the consultancy a positive influence line to the EVP', () => {
    const consultants = new Set(people.filter((p) => p.organisation === CONSULTANCY_NAME).map((p) => p.id));
    expect(consultants.size).toBeGreaterThanOrEqual(1);
    expect(
      influences.some((i) => consultants.has(i.from) && i.to === evps[0]?.id && i.kind === 'positive'),
    ).toBe(true);
    expect(influences.some((i) => i.kind === 'negative')).toBe(true);
  });

  it('has positive key contacts with strong relationships below the top', () => {
    const keys = people.filter((p) => p.keyContact && p.organisation === FLAGSHIP_NAME);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const p of keys) {
      expect(p.attitude, p.id).toBe('positive');
      expect(p.decisionPower, p.id).toBe('low');
      expect(p.relationshipStrength, p.id).toBeGreaterThanOrEqual(4);
    }
    for (const p of people)
      expect(
        Number.isInteger(p.relationshipStrength) &&
          p.relationshipStrength >= 1 &&
          p.relationshipStrength <= 5,
      ).toBe(true);
  });

  it('refers only to existing people, in reporting lines and influences', () => {
    for (const p of people) {
      if (p.parentId !== null) expect(person.has(p.parentId), p.id).toBe(true);
      if (p.secondaryParentId !== undefined) {
        expect(person.has(p.secondaryParentId), p.id).toBe(true);
        expect(p.secondaryParentId).not.toBe(p.parentId);
      }
    }
    for (const i of influences) {
      expect(person.has(i.from), i.from).toBe(true);
      expect(person.has(i.to), i.to).toBe(true);
      expect(i.from).not.toBe(i.to);
    }
    expect(people.filter((p) => p.secondaryParentId !== undefined)).toHaveLength(1);
  });

  it('forms one tree per organisation, without cycles', () => {
    for (const p of people) {
      const seen = new Set<string>();
      let current: Person | undefined = p;
      while (current && current.parentId !== null) {
        expect(seen.has(current.id), `cycle through ${p.id}`).toBe(false);
        seen.add(current.id);
        const parent: Person | undefined = person.get(current.parentId);
        expect(parent?.organisation, current.id).toBe(current.organisation);
        current = parent;
      }
    }
    const roots = people.filter((p) => p.parentId === null);
    expect(roots.map((p) => p.organisation).sort()).toEqual([CONSULTANCY_NAME, FLAGSHIP_NAME].sort());
  });
});

/** Splits CSV text into rows of cells (RFC 4180 quoting). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Why a cell is invalid for its column, or `null`. */
function invalid(column: ImportColumn, cell: string): string | null {
  if (cell.trim() === '') return column.required ? 'missing' : null;
  if (column.type === 'enum') {
    return column.values?.some((v) => v.toLowerCase() === cell.trim().toLowerCase()) ? null : 'not allowed';
  }
  if (column.type === 'string') return null;
  const n = Number(cell);
  if (!Number.isFinite(n)) return 'not a number';
  if (column.type === 'integer' && !Number.isInteger(n)) return 'not an integer';
  if (column.min !== undefined && n < column.min) return 'too small';
  if (column.max !== undefined && n > column.max) return 'too large';
  return null;
}

describe('import columns and template', () => {
  const columns = IMPORT_COLUMNS as readonly ImportColumn[];
  const csv = parseCsv(
    readFileSync(new URL('../../public/kamkit-import-template.csv', import.meta.url), 'utf8'),
  );

  it('has the column keys as the template header, and 5 example rows', () => {
    expect(csv[0]).toEqual(columns.map((c) => c.key));
    expect(csv.slice(1)).toHaveLength(5);
  });

  it('has example rows that are valid for every column', () => {
    for (const row of csv.slice(1)) {
      expect(row).toHaveLength(columns.length);
      for (const [i, column] of columns.entries()) {
        expect(invalid(column, row[i] ?? ''), `${row[0]} ${column.key}`).toBeNull();
      }
    }
  });

  it('exports every demo account as a valid row', () => {
    for (const a of data.accounts) {
      const row = accountToRow(a);
      for (const column of columns) {
        const value = row[column.key as keyof typeof row];
        expect(invalid(column, value === null ? '' : String(value)), `${a.id} ${column.key}`).toBeNull();
      }
    }
  });

  it('recognises German and variant headers', () => {
    expect(findColumn('Umsatz 2024')?.key).toBe('revenue_2024');
    expect(findColumn('Umsatz (2022)')?.key).toBe('revenue_2022');
    expect(findColumn('Kunde')?.key).toBe('name');
    expect(findColumn('Kundennummer')?.key).toBe('id');
    expect(findColumn('Kunden-Nr.')?.key).toBe('id');
    expect(findColumn('\uFEFFid')?.key).toBe('id');
    expect(findColumn('ZUFRIEDENHEIT')?.key).toBe('satisfaction');
    expect(findColumn('Tage gefaehrdet')?.key).toBe('days_in_queue');
    expect(findColumn('Strategische Passung')?.key).toBe('strategic_fit');
    expect(findColumn('something else')).toBeUndefined();
  });

  it('never gives two columns the same header', () => {
    const owner = new Map<string, string>();
    for (const column of columns) {
      for (const header of new Set([column.key, column.label, ...column.aliases].map(normalizeHeader))) {
        expect(owner.get(header) ?? column.key, `'${header}'`).toBe(column.key);
        owner.set(header, column.key);
      }
    }
  });
});
