/** An account as the app's database returns it: plain data, so a Server Component can pass it to the charts. */
export interface Account {
  id: string;
  name: string;
  /** Revenue 2024, EUR. */
  revenue: number;
  /** Cost to serve 2024, EUR. */
  costToServe: number;
}

const ACCOUNTS: Account[] = [
  { id: 'K-1001', name: 'Klinikum Nord', revenue: 1_234_500, costToServe: 310_000 },
  { id: 'K-1002', name: 'Praxisverbund Süd', revenue: 612_300, costToServe: 95_000 },
  { id: 'K-1003', name: 'Reha-Zentrum West', revenue: 398_750, costToServe: 120_500 },
  { id: 'K-1004', name: 'MVZ Mitte', revenue: 245_120, costToServe: 40_000 },
  { id: 'K-1005', name: 'Dialysezentrum Ost', revenue: 123_400, costToServe: 61_000 },
  { id: 'K-1006', name: 'Hausarztpraxis Lindenhof', revenue: 88_900, costToServe: 12_300 },
  { id: 'K-1007', name: 'Zahnklinik am Park', revenue: 54_300, costToServe: 9_800 },
  { id: 'K-1008', name: 'Pflegeheim Sonnenhang', revenue: 31_200, costToServe: 14_100 },
];

/** Stands in for the app's data access (a database query, an API call); runs on the server only. */
export async function getAccounts(): Promise<Account[]> {
  return ACCOUNTS;
}
