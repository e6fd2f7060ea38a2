/**
 * The large demo mode: `?accounts=10000` in the app's URL (before the `#/page` hash) replaces the demo's 150
 * accounts with that many of the same shape, so the app can be tried — and its update cost measured (the bench's
 * `--only=update`) — at the size of a large portfolio.
 */
import { demo } from './demo';
import { ACCOUNT_COUNT, generateDemoData } from './generate';
import type { Account } from './types';

/** The most accounts the large mode generates (a larger request is refused, not clipped). */
export const MAX_LARGE_ACCOUNTS = 100_000;

/**
 * `count` demo accounts, deterministic: the demo's own accounts first (seed 42, `'acc-001'` … `'acc-150'`, the
 * same objects), then the accounts of the demo generator run again with seeds 43, 44, … — each run without its
 * flagship (the authored `'acc-001'`, the same in every run) — numbered on as `'acc-151'`, `'acc-152'`, …
 * Names repeated from an earlier run get the run's number (`'Klinikum Essen 12'`), so every name and id is
 * unique. Years, months, plans and every field are as in the demo; the values that the generator derives
 * from the whole portfolio (the growth ratings, `mrrToWin` from the holdings) are relative to each run's 150
 * accounts.
 *
 * @param count Accounts to return: an integer from 1 to {@link MAX_LARGE_ACCOUNTS}; up to 150 gives the first
 *   `count` demo accounts.
 * @throws RangeError when `count` is not such an integer.
 * @example
 * largeDemoAccounts(10_000).length; // 10000
 * largeDemoAccounts(10_000)[150]?.id; // 'acc-151'
 */
export function largeDemoAccounts(count: number): Account[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_LARGE_ACCOUNTS) {
    throw new RangeError(`accounts must be an integer from 1 to ${MAX_LARGE_ACCOUNTS}, got ${count}`);
  }
  const accounts = demo.accounts.slice(0, count);
  const names = new Set(accounts.map((a) => a.name));
  for (let run = 1; accounts.length < count; run++) {
    const more = generateDemoData(demo.seed + run).accounts.slice(1);
    for (const account of more) {
      if (accounts.length >= count) break;
      let name = account.name;
      for (let k = run + 1; names.has(name); k++) name = `${account.name} ${k}`;
      names.add(name);
      accounts.push({ ...account, id: `acc-${String(accounts.length + 1).padStart(3, '0')}`, name });
    }
  }
  return accounts;
}

/**
 * The accounts the app starts with for a URL query string: `?accounts=N` asks for {@link largeDemoAccounts}`(N)`;
 * no `accounts` parameter gives the demo's 150. A value that is not an integer from 1 to
 * {@link MAX_LARGE_ACCOUNTS} is ignored (the demo's accounts, and a console warning), so a mistyped link still
 * opens the app.
 *
 * @example
 * demoAccountsFor('?accounts=10000').length; // 10000
 * demoAccountsFor('').length; // 150
 */
export function demoAccountsFor(search: string): Account[] {
  const requested = new URLSearchParams(search).get('accounts');
  if (requested === null) return demo.accounts;
  const count = Number(requested);
  if (!/^\d+$/.test(requested) || count < 1 || count > MAX_LARGE_ACCOUNTS) {
    console.warn(`?accounts=${requested} ignored: give an integer from 1 to ${MAX_LARGE_ACCOUNTS}`);
    return demo.accounts;
  }
  return count === ACCOUNT_COUNT ? demo.accounts : largeDemoAccounts(count);
}
