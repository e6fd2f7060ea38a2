import type { ImportedAccount, ImportResult } from '@kamkit/import';
import type { ReactNode } from 'react';
import { createContext, useContext, useMemo, useState } from 'react';
import { demo } from './data/demo';
import { demoAccountsFor } from './data/largeDemo';
import type { Account, MrrPoint, StakeholderMap, SurveyAnswer, SurveyQuestion } from './data/types';

/**
 * An account as every page sees it: the import's shape (any years, any field may be missing) plus the monthly
 * MRR series, which only the demo data has. Pages treat `null` as "not in the data" and the charts list such
 * accounts as excluded, never as zero.
 */
export interface WorkspaceAccount extends Omit<ImportedAccount, 'row'> {
  /** The spreadsheet row of an imported account. */
  row?: number;
  /** Monthly MRR, ascending by month (empty for an imported file without a monthly MRR table). */
  mrrSeries: MrrPoint[];
}

/** The demo account in the workspace's shape. */
export function fromDemoAccount(account: Account): WorkspaceAccount {
  return {
    ...account,
    revenue: { ...account.revenue },
    mrr: account.mrr[account.mrr.length - 1]?.mrr ?? null,
    mrrSeries: account.mrr,
  };
}

/** The workspace data of an applied import. */
export function fromImport(result: ImportResult): WorkspaceData {
  return {
    accounts: result.accounts,
    years: result.years,
    months: result.months,
    stakeholders: null,
    flagshipId: null,
    // The import template has no survey sheet: the dashboard's survey panel says the file has no answers.
    survey: null,
    source: { kind: 'file', name: result.fileName },
  };
}

/** The onboarding survey: its questions (with their stages) and every answer, by account. */
export interface WorkspaceSurvey {
  questions: readonly SurveyQuestion[];
  answers: readonly SurveyAnswer[];
}

/** Where the workspace's accounts come from. */
export type DataSource = { kind: 'demo' } | { kind: 'file'; name: string };

/** The data every page works on: the demo set, or the user's imported spreadsheet (kept in the browser). */
export interface WorkspaceData {
  accounts: WorkspaceAccount[];
  /** Years with revenue, ascending (three in the demo; any number in an import). */
  years: string[];
  /** Months of the MRR series, ascending (empty when the import has no monthly MRR). */
  months: string[];
  stakeholders: StakeholderMap | null;
  flagshipId: string | null;
  /**
   * The onboarding survey's questions and answers (question, stage, score, respondent); `null` when the data has
   * none (an imported file: the import template has no survey sheet).
   */
  survey: WorkspaceSurvey | null;
  source: DataSource;
}

/** Display settings shared by all pages. */
export interface Settings {
  locale: 'en-US' | 'de-DE';
  currency: string;
  theme: 'light' | 'dark';
}

interface WorkspaceContextValue {
  data: WorkspaceData;
  settings: Settings;
  setSettings: (settings: Settings) => void;
  /** Replaces the demo data with imported data (or restores the demo with `null`). */
  setImported: (data: WorkspaceData | null) => void;
}

const demoData: WorkspaceData = {
  // `?accounts=10000` in the URL: the large demo mode (see largeDemo.ts); otherwise the demo's accounts.
  accounts: demoAccountsFor(typeof window === 'undefined' ? '' : window.location.search).map(fromDemoAccount),
  years: [...demo.years],
  months: [...demo.months],
  stakeholders: demo.stakeholders,
  flagshipId: demo.flagshipId,
  survey: demo.survey,
  source: { kind: 'demo' },
};

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

/** Holds the workspace data and settings for the whole app. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [imported, setImported] = useState<WorkspaceData | null>(null);
  const [settings, setSettings] = useState<Settings>({ locale: 'en-US', currency: 'EUR', theme: 'light' });
  const value = useMemo(
    () => ({ data: imported ?? demoData, settings, setSettings, setImported }),
    [imported, settings],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

/** The workspace data and settings. */
export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return value;
}
