import { createImportClient, type ImportResult } from '@kamkit/import';
import { ImportPanel } from '@kamkit/import/react';
import ImportWorker from '@kamkit/import/worker?worker';
import { useState } from 'react';
import '@kamkit/import/react/styles.css';
import { fromImport, useWorkspace } from '../workspace';

/**
 * Import: the user's own spreadsheet (CSV or Excel) replaces the demo data on every page. The file is read in
 * the browser (a Web Worker); nothing is uploaded.
 */
/** The import runs in a Web Worker made by Vite from `@kamkit/import/worker`. */
const createWorkerClient = () => createImportClient({ worker: () => new ImportWorker() });

export function ImportPage() {
  const { settings, setImported, data } = useWorkspace();
  const [applied, setApplied] = useState<ImportResult | null>(null);
  return (
    <div className="stack">
      <ImportPanel
        locale={settings.locale}
        templateBase={import.meta.env.BASE_URL}
        createClient={createWorkerClient}
        onApply={(result) => {
          setImported(fromImport(result));
          setApplied(result);
        }}
      />
      {applied && data.source.kind === 'file' ? (
        <section className="card" aria-live="polite">
          <h2>Imported {applied.accounts.length} accounts</h2>
          <p>
            From <strong>{applied.fileName}</strong>: {applied.rowCount} rows, {applied.skippedRows} skipped
            because of errors, {applied.warningCount} warnings; years {applied.years.join(', ') || '—'}. Every
            page now shows your accounts: <a href="#/portfolio">see the portfolio</a>.
          </p>
        </section>
      ) : null}
    </div>
  );
}
