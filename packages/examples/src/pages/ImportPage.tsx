import { createImportClient, type ImportResult, toXlsx } from '@kamkit/import';
import { ImportPanel } from '@kamkit/import/react';
import ImportWorker from '@kamkit/import/worker?worker';
import { useState } from 'react';
import '@kamkit/import/react/styles.css';
import { download } from '../components/download';
import { resultSheets } from '../import/results';
import { fromImport, useWorkspace } from '../workspace';

/** The import runs in a Web Worker made by Vite from `@kamkit/import/worker`. */
const createWorkerClient = () => createImportClient({ worker: () => new ImportWorker() });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Import: the user's own spreadsheet (CSV, TSV, Excel, or a range pasted from one; optionally with monthly MRR)
 * replaces the demo data on every page. The file is read in the browser (a Web Worker); nothing is uploaded.
 * The workspace's results (tiers per year, scores, at-risk queue) download as an Excel workbook.
 */
export function ImportPage() {
  const { settings, setImported, data } = useWorkspace();
  const [applied, setApplied] = useState<ImportResult | null>(null);
  const [exporting, setExporting] = useState(false);
  const exportResults = async () => {
    setExporting(true);
    try {
      const bytes = await toXlsx(resultSheets(data));
      const name = data.source.kind === 'file' ? data.source.name.replace(/\.[^.]+$/, '') : 'demo';
      download(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), `${name}-results.xlsx`);
    } finally {
      setExporting(false);
    }
  };
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
            because of errors, {applied.warningCount} warnings; years {applied.years.join(', ') || '—'}
            {applied.months.length > 0
              ? `; monthly MRR ${applied.months[0]} to ${applied.months.at(-1)} from ${applied.mrrSource}`
              : ''}
            . Every page now shows your accounts: <a href="#/portfolio">see the portfolio</a>.
          </p>
        </section>
      ) : null}
      <section className="card">
        <h2>Export the results to Excel</h2>
        <p>
          One sheet per view — ABC tiers per year, scores, the at-risk queue — for the{' '}
          {data.source.kind === 'file' ? 'imported accounts' : 'demo accounts'}. Numbers are number cells;
          text that a spreadsheet could run as a formula is written as text.
        </p>
        <button type="button" disabled={exporting} onClick={() => void exportResults()}>
          Download results (Excel)
        </button>
      </section>
    </div>
  );
}
