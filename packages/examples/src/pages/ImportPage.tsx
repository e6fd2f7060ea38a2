import { createImportClient, type ImportResult, toXlsx } from '@kamkit/import';
import { ImportPanel } from '@kamkit/import/react';
import ImportWorker from '@kamkit/import/worker?worker';
import { useState } from 'react';
import '@kamkit/import/react/styles.css';
import { download } from '../components/download';
import { useText } from '../components/text';
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
  const t = useText();
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
          <h2>
            {t(
              `Imported ${applied.accounts.length} accounts`,
              `${applied.accounts.length} Konten importiert`,
            )}
          </h2>
          <p>
            {t('From', 'Aus')} <strong>{applied.fileName}</strong>:{' '}
            {t(
              `${applied.rowCount} rows, ${applied.skippedRows} skipped because of errors, ${applied.warningCount} warnings; years ${applied.years.join(', ') || '—'}`,
              `${applied.rowCount} Zeilen, ${applied.skippedRows} wegen Fehlern übersprungen, ${applied.warningCount} Warnungen; Jahre ${applied.years.join(', ') || '—'}`,
            )}
            {applied.months.length > 0
              ? t(
                  `; monthly MRR ${applied.months[0]} to ${applied.months.at(-1)} from ${applied.mrrSource}`,
                  `; monatlicher MRR ${applied.months[0]} bis ${applied.months.at(-1)} aus ${applied.mrrSource}`,
                )
              : ''}
            . {t('Every page now shows your accounts:', 'Jede Seite zeigt jetzt Ihre Konten:')}{' '}
            <a href="#/portfolio">{t('see the portfolio', 'zum Portfolio')}</a>.
          </p>
        </section>
      ) : null}
      <section className="card">
        <h2>{t('Export the results to Excel', 'Ergebnisse nach Excel exportieren')}</h2>
        <p>
          {data.source.kind === 'file'
            ? t(
                'One sheet per view — ABC tiers per year, scores, the at-risk queue (scores and queue: the accounts still with us) — for the imported accounts. Numbers are number cells; text that a spreadsheet could run as a formula is written as text.',
                'Ein Blatt je Ansicht — ABC-Stufen je Jahr, Scores, die Gefährdet-Warteschlange (Scores und Warteschlange: die Konten, die noch Kunden sind) — für die importierten Konten. Zahlen sind Zahlenzellen; Text, den eine Tabellenkalkulation als Formel ausführen könnte, wird als Text geschrieben.',
              )
            : t(
                'One sheet per view — ABC tiers per year, scores, the at-risk queue (scores and queue: the accounts still with us) — for the demo accounts. Numbers are number cells; text that a spreadsheet could run as a formula is written as text.',
                'Ein Blatt je Ansicht — ABC-Stufen je Jahr, Scores, die Gefährdet-Warteschlange (Scores und Warteschlange: die Konten, die noch Kunden sind) — für die Demo-Konten. Zahlen sind Zahlenzellen; Text, den eine Tabellenkalkulation als Formel ausführen könnte, wird als Text geschrieben.',
              )}
        </p>
        <button type="button" disabled={exporting} onClick={() => void exportResults()}>
          {t('Download results (Excel)', 'Ergebnisse herunterladen (Excel)')}
        </button>
      </section>
    </div>
  );
}
