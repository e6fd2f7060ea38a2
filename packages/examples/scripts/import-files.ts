/**
 * Builds the import's fixture files and template variants from the demo data (deterministic: same bytes every
 * run). Run through `node scripts/make-import-files.mjs`, which loads this TypeScript module with Vite.
 *
 * - `../import/test/fixtures/accounts-en.csv`: English Excel, `,`, UTF-8, `1,250,000.00`, US dates (M/D/YYYY).
 * - `../import/test/fixtures/accounts-de.csv`: German Excel, `;`, Windows-1252, `1.250.000,00`, German headers
 *   (`Umsatz 2022..2024`), German segment/stage values, `dd.mm.yyyy`, and MRR / cost columns whose values
 *   (`118.000`) read either way, so only the rest of the file says they are thousands.
 * - `../import/test/fixtures/accounts.xlsx`: a workbook with a "Read me" sheet first and an "Accounts" sheet with
 *   number and date cells and four revenue years (2022–2025).
 * - `../import/test/fixtures/accounts-bad.csv`: English, with a duplicate id, a negative revenue, non-numeric
 *   revenues, hostile names, a missing name, an out-of-range score and an unknown segment.
 * - `../import/test/fixtures/accounts-rows.csv`: years as rows, five years (2020–2024).
 * - `public/kamkit-import-template-mrr.csv` / `-mrr-de.csv`: monthly MRR of the template's accounts (long form:
 *   id, month, MRR, plan), English and German; the workbook has it as its "MRR" sheet.
 * - `public/kamkit-import-template-de.csv` and `public/kamkit-import-template.xlsx`: the template's rows
 *   (`public/kamkit-import-template.csv`) with German headers and `;`/decimal commas, and as a workbook with a
 *   "Columns" sheet describing each column.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeText, encodeWindows1252, parseCsv } from '@kamkit/import';
import writeExcelFile from 'write-excel-file/node';
import { IMPORT_COLUMNS, type ImportColumnKey } from '../src/data/columns';
import { generateDemoData } from '../src/data/generate';
import type { Account } from '../src/data/types';

/** A file to write, relative to the examples package. */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = '\uFEFF';

/** CSV without any neutralising: fixtures must hold hostile text exactly as an attacker would write it. */
function csv(rows: readonly (readonly (string | number | null)[])[], delimiter: string): string {
  const needsQuotes = new RegExp(`["\\r\\n${delimiter}]`);
  return `${rows
    .map((row) =>
      row
        .map((cell) => {
          const text = cell === null ? '' : String(cell);
          return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
        })
        .join(delimiter),
    )
    .join('\r\n')}\r\n`;
}

const en = (n: number | null, decimals = 0) =>
  n === null
    ? null
    : n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const de = (n: number | null, decimals = 0, grouping = true) =>
  n === null
    ? null
    : n.toLocaleString('de-DE', {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        useGrouping: grouping,
      });

const latestMrr = (a: Account) => a.mrr[a.mrr.length - 1]?.mrr ?? 0;

/** A day of the month that varies between accounts, so day-first and month-first dates can be told apart. */
const dayOf = (i: number) => 1 + ((i * 7) % 28);

function usDate(month: string, i: number): string {
  const [y, m] = month.split('-');
  return `${Number(m)}/${dayOf(i)}/${y}`;
}
function germanDate(month: string, i: number): string {
  const [y, m] = month.split('-');
  return `${String(dayOf(i)).padStart(2, '0')}.${m}.${y}`;
}

const SEGMENT_DE: Record<Account['segment'], string> = {
  'Hospital system': 'Krankenhaus',
  Clinic: 'Klinik',
  Laboratory: 'Labor',
  Insurer: 'Versicherung',
};
const STAGE_DE: Record<Account['onboardingStage'], string> = {
  'Contract signed': 'Vertrag unterschrieben',
  'Kick-off': 'Kick-off',
  Integration: 'Integration',
  Training: 'Schulung',
  Live: 'Live',
};

const ENGLISH_HEADERS = [
  'Account ID',
  'Account name',
  'Segment',
  'Region',
  'Country',
  'Owner',
  'Plan',
  'Revenue 2022',
  'Revenue 2023',
  'Revenue 2024',
  'MRR',
  'Onboarding stage',
  'Satisfaction',
  'Engagement',
  'Days in queue',
  'Cost to serve',
  'Net price (%)',
  'Revenue potential',
  'Budget growth',
  'Market position',
  'Strategic fit',
  'Culture',
  'Vision',
  'Strategy',
  'Usage drop (%)',
  'Support tickets',
  'Payment delay (days)',
  'Customer since',
];

/** German headers of the template's columns (each one a `columns.ts` alias). */
export const GERMAN_HEADERS: Record<ImportColumnKey, string> = {
  id: 'Kundennummer',
  name: 'Kunde',
  segment: 'Kundensegment',
  region: 'Vertriebsregion',
  country: 'Land',
  plan: 'Tarif',
  revenue_2022: 'Umsatz 2022',
  revenue_2023: 'Umsatz 2023',
  revenue_2024: 'Umsatz 2024',
  mrr: 'Monatsumsatz',
  onboarding_stage: 'Onboarding-Status',
  satisfaction: 'Zufriedenheit',
  engagement: 'Engagement-Score',
  days_in_queue: 'Tage gefährdet',
  cost_to_serve: 'Betreuungskosten',
  net_price: 'Nettopreis (%)',
  revenue_potential: 'Umsatzpotenzial',
  budget_growth: 'Budgetwachstum',
  market_position: 'Marktposition',
  strategic_fit: 'Strategische Passung',
  culture: 'Kultur',
  vision: 'Vision',
  strategy: 'Strategie',
  usage_drop: 'Nutzungsrückgang (%)',
  support_tickets: 'Support-Tickets',
  payment_delay_days: 'Zahlungsverzug (Tage)',
};

function englishRow(a: Account, i: number): (string | number | null)[] {
  return [
    a.id,
    a.name,
    a.segment,
    a.region,
    a.country,
    a.owner,
    a.plan,
    en(a.revenue['2022'], 2),
    en(a.revenue['2023'], 2),
    en(a.revenue['2024'], 2),
    en(latestMrr(a)),
    a.onboardingStage,
    a.satisfaction,
    a.engagement,
    a.daysInQueue,
    en(a.costToServe, 2),
    a.netPricePct,
    a.growth.revenuePotential,
    a.growth.budgetGrowth,
    a.growth.marketPosition,
    a.harmony.strategicFit,
    a.harmony.culture,
    a.harmony.vision,
    a.harmony.strategy,
    a.churnSignals.usageDropPct,
    a.churnSignals.supportTickets,
    a.churnSignals.paymentDelayDays,
    usDate(a.customerSince, i),
  ];
}

function accountsEn(accounts: readonly Account[]): string {
  return csv([ENGLISH_HEADERS, ...accounts.map(englishRow)], ',');
}

function accountsDe(accounts: readonly Account[]): Uint8Array {
  const header = [
    GERMAN_HEADERS.id,
    GERMAN_HEADERS.name,
    GERMAN_HEADERS.segment,
    'Region',
    GERMAN_HEADERS.country,
    'Betreuer',
    GERMAN_HEADERS.plan,
    GERMAN_HEADERS.revenue_2022,
    GERMAN_HEADERS.revenue_2023,
    GERMAN_HEADERS.revenue_2024,
    'MRR (EUR)',
    GERMAN_HEADERS.onboarding_stage,
    GERMAN_HEADERS.satisfaction,
    GERMAN_HEADERS.engagement,
    GERMAN_HEADERS.days_in_queue,
    GERMAN_HEADERS.cost_to_serve,
    GERMAN_HEADERS.net_price,
    GERMAN_HEADERS.revenue_potential,
    GERMAN_HEADERS.budget_growth,
    GERMAN_HEADERS.market_position,
    GERMAN_HEADERS.strategic_fit,
    GERMAN_HEADERS.culture,
    GERMAN_HEADERS.vision,
    GERMAN_HEADERS.strategy,
    GERMAN_HEADERS.usage_drop,
    GERMAN_HEADERS.support_tickets,
    GERMAN_HEADERS.payment_delay_days,
    'Kunde seit',
  ];
  const rows = accounts.map((a, i) => [
    a.id,
    a.name,
    SEGMENT_DE[a.segment],
    a.region,
    a.country,
    a.owner,
    a.plan,
    de(a.revenue['2022'], 2),
    de(a.revenue['2023'], 2),
    de(a.revenue['2024'], 2),
    // Thousands without decimals: '118.000' reads either way; the rest of the file says it is 118000.
    de(latestMrr(a)),
    STAGE_DE[a.onboardingStage],
    a.satisfaction,
    a.engagement,
    a.daysInQueue,
    de(a.costToServe),
    de(a.netPricePct, 1),
    a.growth.revenuePotential,
    a.growth.budgetGrowth,
    a.growth.marketPosition,
    a.harmony.strategicFit,
    a.harmony.culture,
    a.harmony.vision,
    a.harmony.strategy,
    de(a.churnSignals.usageDropPct, 1),
    a.churnSignals.supportTickets,
    a.churnSignals.paymentDelayDays,
    germanDate(a.customerSince, i),
  ]);
  return encodeWindows1252(csv([header, ...rows], ';'));
}

/** Revenue 2025 for the workbook: 2024 scaled by a per-account factor (0.9–1.2), whole euros. */
const revenue2025 = (a: Account, i: number) =>
  a.revenue['2024'] === null ? null : Math.round(a.revenue['2024'] * (0.9 + ((i * 5) % 7) / 20));

async function accountsXlsx(accounts: readonly Account[]): Promise<Uint8Array> {
  const money = (value: number | null) =>
    value === null ? null : { value, type: Number, format: '#,##0.00' };
  const header = [
    'Account ID',
    'Account name',
    'Segment',
    'Region',
    'Country',
    'Owner',
    'Plan',
    'Revenue 2022',
    'Revenue 2023',
    'Revenue 2024',
    'Revenue 2025',
    'MRR',
    'Satisfaction',
    'Engagement',
    'Cost to serve',
    'Net price (%)',
    'Customer since',
    'Churned at',
  ].map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = accounts.map((a, i) => [
    { value: a.id, type: String },
    { value: a.name, type: String },
    { value: a.segment, type: String },
    { value: a.region, type: String },
    { value: a.country, type: String },
    { value: a.owner, type: String },
    { value: a.plan, type: String },
    money(a.revenue['2022']),
    money(a.revenue['2023']),
    money(a.revenue['2024']),
    money(revenue2025(a, i)),
    money(latestMrr(a)),
    a.satisfaction === null ? null : { value: a.satisfaction, type: Number },
    { value: a.engagement, type: Number },
    money(a.costToServe),
    { value: a.netPricePct, type: Number },
    {
      value: new Date(`${a.customerSince}-${String(dayOf(i)).padStart(2, '0')}T00:00:00Z`),
      type: Date,
      format: 'dd.mm.yyyy',
    },
    a.churnedAt === null
      ? null
      : { value: new Date(`${a.churnedAt}-01T00:00:00Z`), type: Date, format: 'dd.mm.yyyy' },
  ]);
  const readMe = [
    [{ value: 'kamkit import fixture', fontWeight: 'bold' as const }],
    [{ value: 'The accounts are on the sheet "Accounts".', type: String }],
  ];
  const buffer = await writeExcelFile([
    { sheet: 'Read me', data: readMe },
    { sheet: 'Accounts', data: [header, ...rows], columns: header.map(() => ({ width: 16 })) },
  ] as never).toBuffer();
  return new Uint8Array(buffer);
}

function accountsBad(accounts: readonly Account[]): string {
  const rows = accounts.map(englishRow);
  const col = (name: string) => ENGLISH_HEADERS.indexOf(name);
  const set = (dataIndex: number, column: string, value: string | number | null) => {
    rows[dataIndex]![col(column)] = value;
  };
  // Spreadsheet row = data index + 2.
  set(3, 'Account ID', rows[1]![0]!); // row 5 repeats row 3's id
  set(6, 'Revenue 2023', '-12,500.00'); // row 8: negative revenue, kept with a warning
  set(8, 'Revenue 2024', 'n/a'); // row 10: not a number
  set(10, 'Account name', '=HYPERLINK("http://example.com/x","Click me")'); // row 12: formula
  set(12, 'Account name', '<script>alert("x")</script>'); // row 14: markup, plain text
  set(14, 'Account name', ''); // row 16: missing name
  set(16, 'Satisfaction', 14); // row 18: out of range (0–10)
  set(18, 'Segment', 'Pharma'); // row 20: unknown segment, kept with a warning
  set(20, 'Revenue 2022', '12x'); // row 22: not a number
  set(22, 'Owner', "-2+3+cmd|' /C calc'!A0"); // row 24: a DDE payload, kept as text with a warning
  return csv([ENGLISH_HEADERS, ...rows], ',');
}

function accountsRows(accounts: readonly Account[]): string {
  const rows: (string | number | null)[][] = [['Account ID', 'Account name', 'Segment', 'Year', 'Revenue']];
  accounts.forEach((a, i) => {
    const r2022 = a.revenue['2022'];
    const earlier = (factor: number) => (r2022 === null ? null : Math.round(r2022 * factor));
    const byYear: [string, number | null][] = [
      ['2020', earlier(0.8 + (i % 3) / 20)],
      ['2021', earlier(0.9 + (i % 4) / 40)],
      ['2022', r2022],
      ['2023', a.revenue['2023']],
      ['2024', a.revenue['2024']],
    ];
    for (const [year, revenue] of byYear) rows.push([a.id, a.name, a.segment, year, en(revenue, 2)]);
  });
  return csv(rows, ',');
}

/** The template's rows (public/kamkit-import-template.csv), as parsed cells. */
function templateRows(root: string): string[][] {
  const bytes = readFileSync(path.join(root, 'public/kamkit-import-template.csv'));
  return parseCsv(decodeText(new Uint8Array(bytes)).text, ',').rows;
}

function templateDe(rows: string[][]): string {
  const [header, ...data] = rows;
  const keys = header! as ImportColumnKey[];
  const germanRows = data.map((row) =>
    row.map((cell, i) => {
      const column = IMPORT_COLUMNS.find((c) => c.key === keys[i]);
      if (!column || column.type === 'string' || column.type === 'enum' || cell === '') return cell;
      return de(Number(cell), Number(cell) % 1 === 0 ? 0 : 1, false);
    }),
  );
  return BOM + csv([keys.map((k) => GERMAN_HEADERS[k]), ...germanRows], ';');
}

/**
 * Monthly MRR of the template's accounts for 2024 (one row per account and month: id, month, MRR, plan), as
 * `@kamkit/import` reads it beside the accounts table. Each account bills its template MRR every month, except
 * that the second Basic account upgrades to Standard in July (a movement the dashboard shows).
 */
function templateMrr(rows: string[][]): { id: string; month: string; mrr: number; plan: string }[] {
  const [header, ...data] = rows;
  const at = (key: string) => header!.indexOf(key);
  const out: { id: string; month: string; mrr: number; plan: string }[] = [];
  data.forEach((row, index) => {
    const mrr = Number(row[at('mrr')]);
    const plan = row[at('plan')]!;
    for (let m = 1; m <= 12; m++) {
      const upgrade = index === 3 && m < 7;
      out.push({
        id: row[at('id')]!,
        month: `2024-${String(m).padStart(2, '0')}`,
        mrr: upgrade ? Math.round(mrr * 0.6) : mrr,
        plan: upgrade ? 'Basic' : plan,
      });
    }
  });
  return out;
}

function templateMrrCsv(rows: string[][], german: boolean): string {
  const mrr = templateMrr(rows);
  if (!german)
    return csv([['id', 'month', 'mrr', 'plan'], ...mrr.map((r) => [r.id, r.month, r.mrr, r.plan])], ',');
  const month = (m: string) => `${m.slice(5)}.${m.slice(0, 4)}`;
  const tarif = (plan: string) => (plan === 'Basic' ? 'Basis' : plan);
  return (
    BOM +
    csv(
      [
        ['Kundennummer', 'Monat', 'MRR (EUR)', 'Tarif'],
        ...mrr.map((r) => [r.id, month(r.month), de(r.mrr), tarif(r.plan)]),
      ],
      ';',
    )
  );
}

async function templateXlsx(rows: string[][]): Promise<Uint8Array> {
  const [header, ...data] = rows;
  const keys = header! as ImportColumnKey[];
  const sheet = [
    keys.map((k) => ({ value: k, fontWeight: 'bold' as const })),
    ...data.map((row) =>
      row.map((cell, i) => {
        const column = IMPORT_COLUMNS.find((c) => c.key === keys[i]);
        if (cell === '') return null;
        if (column && column.type !== 'string' && column.type !== 'enum')
          return { value: Number(cell), type: Number };
        return { value: cell, type: String };
      }),
    ),
  ];
  const described = [
    [
      'Column',
      'Label',
      'Required',
      'Type',
      'Unit',
      'Min',
      'Max',
      'Allowed values',
      'Description',
      'German headers',
    ].map((value) => ({ value, fontWeight: 'bold' as const })),
    ...IMPORT_COLUMNS.map((c) => {
      const column = c as (typeof IMPORT_COLUMNS)[number] & {
        unit?: string;
        min?: number;
        max?: number;
        values?: readonly string[];
      };
      return [
        column.key,
        column.label,
        column.required ? 'yes' : 'no',
        column.type,
        column.unit ?? null,
        column.min ?? null,
        column.max ?? null,
        column.values?.join(', ') ?? null,
        column.description,
        column.aliases.join(', '),
      ].map((value) =>
        value === null ? null : { value, type: typeof value === 'number' ? Number : String },
      );
    }),
  ];
  const buffer = await writeExcelFile([
    { sheet: 'Accounts', data: sheet, columns: keys.map(() => ({ width: 16 })) },
    {
      sheet: 'MRR',
      data: [
        ['id', 'month', 'mrr', 'plan'].map((value) => ({ value, fontWeight: 'bold' as const })),
        ...templateMrr(rows).map((r) => [
          { value: r.id, type: String },
          { value: r.month, type: String },
          { value: r.mrr, type: Number },
          { value: r.plan, type: String },
        ]),
      ],
      columns: [16, 10, 10, 10].map((width) => ({ width })),
    },
    {
      sheet: 'Columns',
      data: described,
      columns: [18, 22, 9, 9, 10, 6, 6, 40, 80, 60].map((width) => ({ width })),
    },
  ] as never).toBuffer();
  return new Uint8Array(buffer);
}

/** Every generated file. `root` is the examples package folder. */
export async function importFiles(root: string): Promise<OutputFile[]> {
  const { accounts } = generateDemoData();
  const encodable = accounts.filter(
    (a) => !encodeWindows1252(a.name).includes(0x3f) && !a.name.includes('?'),
  );
  const template = templateRows(root);
  return [
    { path: '../import/test/fixtures/accounts-en.csv', bytes: utf8(accountsEn(accounts.slice(0, 30))) },
    { path: '../import/test/fixtures/accounts-de.csv', bytes: accountsDe(encodable.slice(0, 30)) },
    { path: '../import/test/fixtures/accounts.xlsx', bytes: await accountsXlsx(accounts.slice(0, 30)) },
    { path: '../import/test/fixtures/accounts-bad.csv', bytes: utf8(accountsBad(accounts.slice(30, 56))) },
    { path: '../import/test/fixtures/accounts-rows.csv', bytes: utf8(accountsRows(accounts.slice(0, 8))) },
    { path: 'public/kamkit-import-template-de.csv', bytes: utf8(templateDe(template)) },
    { path: 'public/kamkit-import-template.xlsx', bytes: await templateXlsx(template) },
    { path: 'public/kamkit-import-template-mrr.csv', bytes: utf8(templateMrrCsv(template, false)) },
    { path: 'public/kamkit-import-template-mrr-de.csv', bytes: utf8(templateMrrCsv(template, true)) },
  ];
}
