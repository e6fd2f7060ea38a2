import { generateDemoData } from './generate';
import type { Account, Person, Product, Year } from './types';

export {
  ACQUIRED_NAME,
  ACQUISITION_MONTH,
  AS_OF_DATE,
  COMPANY_NAME,
  GROWTH_RANGE,
  offeredTo,
  POTENTIAL_RANGE,
  potentialOf,
} from './scenario';

/** The examples app's demo data set, generated once with the default seed (42). */
export const demo = generateDemoData();

const byId = new Map(demo.accounts.map((a) => [a.id, a]));

/**
 * The demo account with the given id, or `undefined`.
 *
 * @example
 * accountById('acc-001')?.name; // 'Mount Meridian Health System'
 */
export function accountById(id: string): Account | undefined {
  return byId.get(id);
}

/** The flagship account, the one with a stakeholder map. */
export const flagship: Account = byId.get(demo.flagshipId)!;

/**
 * MRR of the latest month of the series (EUR); `0` for an account that has churned.
 *
 * @example
 * latestMrr(flagship) * 12; // ≈ flagship.revenue['2024']
 */
export function latestMrr(account: Account): number {
  return account.mrr[account.mrr.length - 1]?.mrr ?? 0;
}

/** `true` while the account is a customer at the end of the covered period. */
export function isActive(account: Account): boolean {
  return account.churnedAt === null;
}

/**
 * The demo product with the given id, or `undefined`.
 *
 * @example
 * productById('cloud-platform')?.audience; // 'new': offered to the acquired accounts
 */
export function productById(id: string): Product | undefined {
  return demo.products.find((p) => p.id === id);
}

/**
 * Accounts in the at-risk queue, longest-waiting first (a new array; ties by id). Core's `churnRisk` queues the
 * same accounts (every `daysInQueue > 0` is flagged) and ranks them by importance first.
 *
 * @example
 * atRiskAccounts(demo.accounts)[0]?.daysInQueue; // the longest wait
 */
export function atRiskAccounts(accounts: readonly Account[] = demo.accounts): Account[] {
  return accounts
    .filter((a) => a.daysInQueue > 0)
    .sort((a, b) => b.daysInQueue - a.daysInQueue || a.id.localeCompare(b.id));
}

/**
 * Revenue of one year as a number, treating "not a customer" (`null`) as 0 — handy for charts that need numbers.
 *
 * @example
 * revenueIn(accountById('acc-042')!, '2022'); // 0 (new in 2024)
 */
export function revenueIn(account: Account, year: Year): number {
  return account.revenue[year] ?? 0;
}

/**
 * The person on the flagship's stakeholder map with the given id, or `undefined`.
 *
 * @example
 * personById('p-evp')?.attitude; // 'neutral'
 */
export function personById(id: string): Person | undefined {
  return demo.stakeholders.people.find((p) => p.id === id);
}
