import { type ImportResult, importedAccountsToCsv, issuesToCsv, type ResultSummary } from '../index';
import type { ImportMessages } from './messages';

/** Props of {@link ImportActions}. */
export interface ImportActionsProps {
  t: ImportMessages;
  /** The summary of the latest analysis, or `null` before one. */
  result: ResultSummary | null;
  busy: boolean;
  /** A number in the user's locale. */
  n: (value: number) => string;
  /** The full result of the latest analysis (`null` when it was overtaken or failed). */
  fullResult: () => Promise<ImportResult | null>;
  /** Called with the full result when the user presses "Import". */
  onImport: (result: ImportResult) => void;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const baseName = (fileName: string) => fileName.replace(/\.[^.]+$/, '');

/**
 * The panel's buttons: "Import" (disabled while busy or without accounts), and the downloads of the problems
 * and of the checked accounts as CSV, each shown when there is something to download.
 */
export function ImportActions({ t, result, busy, n, fullResult, onImport }: ImportActionsProps) {
  return (
    <div className="kamkit-import__actions">
      <button
        type="button"
        className="kamkit-import__button kamkit-import__button--primary"
        disabled={busy || !result || result.accountCount === 0}
        onClick={async () => {
          const full = await fullResult();
          if (full) onImport(full);
        }}
      >
        {t.importButton(result ? n(result.accountCount) : null)}
      </button>
      {result && result.issueCount > 0 && (
        <button
          type="button"
          className="kamkit-import__button"
          onClick={async () => {
            const full = await fullResult();
            if (full) download(`${baseName(full.fileName)}-problems.csv`, issuesToCsv(full.issues));
          }}
        >
          {t.downloadProblems}
        </button>
      )}
      {result && result.accountCount > 0 && (
        <button
          type="button"
          className="kamkit-import__button"
          onClick={async () => {
            const full = await fullResult();
            if (full)
              download(
                `${baseName(full.fileName)}-checked.csv`,
                importedAccountsToCsv(full.accounts, full.years),
              );
          }}
        >
          {t.downloadChecked}
        </button>
      )}
    </div>
  );
}
