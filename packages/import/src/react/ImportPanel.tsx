import { type HTMLAttributes, useId, useMemo } from 'react';
import { createInlineImportClient, type ImportClient, type ImportResult } from '../index';
import { DropZone } from './DropZone';
import { ImportActions } from './ImportActions';
import { MappingSection } from './MappingSection';
import { MrrSection } from './MrrSection';
import { type ImportMessages, importMessages } from './messages';
import { ProgressStatus } from './ProgressStatus';
import { IssuesSection, PreviewSection } from './ResultSections';
import { SettingsSection } from './SettingsSection';
import { useImportPanel } from './useImportPanel';

/** Props of {@link ImportPanel}. */
export interface ImportPanelProps extends Omit<HTMLAttributes<HTMLElement>, 'onChange'> {
  /** Called with the result when the user presses "Import": the accounts of the valid rows and every issue. */
  onApply: (result: ImportResult) => void;
  /**
   * The user's locale, e.g. `'de-DE'`: picks the word catalogue (German for `de-*`, else English), decides
   * number and date conventions a file or pasted range leaves open, and formats values in the preview.
   */
  locale: string;
  /** Words to replace in the locale's catalogue (see `importMessagesEn`). */
  messages?: Partial<ImportMessages>;
  /** URL prefix of the template files the app serves. Default `''` (relative to the page). */
  templateBase?: string;
  /** Issues listed before "and N more". Default 100. */
  maxIssues?: number;
  /**
   * Makes the import client. Default {@link createInlineImportClient} (the page's thread); pass
   * `() => createImportClient({ worker })` to read files in a Web Worker.
   */
  createClient?: () => ImportClient;
  /**
   * Listen for paste events on the whole document (Ctrl/Cmd+V anywhere outside another text field imports the
   * copied range). Default `true`.
   */
  pasteAnywhere?: boolean;
}

/**
 * Imports the user's own accounts from a CSV, TSV or Excel (.xlsx) file or a range pasted from a spreadsheet,
 * entirely in the browser: a drop zone with a file button and a "Paste from spreadsheet" button, the detected
 * settings with overrides, the column mapping (fields found first, the rest behind "More fields"), an
 * optional monthly MRR table, a preview of raw text → parsed values, the errors and warnings by spreadsheet
 * row and column, progress with Cancel, and an Import button. Every word comes from the English or German
 * catalogue; cell texts are rendered as React text, never as HTML.
 *
 * @example
 * <ImportPanel locale="de-DE" onApply={(result) => setAccounts(result.accounts)} />
 */
export function ImportPanel({
  onApply,
  locale,
  messages,
  templateBase = '',
  maxIssues = 100,
  createClient = createInlineImportClient,
  pasteAnywhere = true,
  className,
  ...rest
}: ImportPanelProps) {
  const id = useId();
  const t = useMemo(() => importMessages(locale, messages), [locale, messages]);
  const panel = useImportPanel({ createClient, locale, t, pasteAnywhere });
  const { summary, mapping, mrr, analysis, busy } = panel;
  const result = analysis?.summary ?? null;
  const n = (value: number) => value.toLocaleString(locale);
  const message =
    panel.applied ??
    (result
      ? t.summary({
          rows: n(result.rowCount),
          accounts: n(result.accountCount),
          skipped: n(result.skippedRows),
          warnings: n(result.warningCount),
        })
      : '');

  return (
    <section
      {...rest}
      className={['kamkit-import', className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-heading`}
      data-state={busy ? 'busy' : result ? 'ready' : 'idle'}
    >
      <h2 id={`${id}-heading`}>{t.heading}</h2>
      <p className="kamkit-import__lead">{t.lead}</p>

      <DropZone
        id={id}
        t={t}
        templateBase={templateBase}
        onFile={panel.chooseFile}
        onPasteButton={() => void panel.paste.fromClipboard()}
        paste={panel.paste}
      />

      <ProgressStatus ticker={panel.ticker} message={message} locale={locale} t={t} onCancel={panel.cancel} />
      {panel.error && (
        <p className="kamkit-import__error" role="alert">
          {panel.error}
        </p>
      )}

      {summary && mapping && (
        <>
          <SettingsSection
            id={id}
            t={t}
            locale={locale}
            summary={summary}
            settings={panel.settings}
            analysis={analysis}
            revenueColumn={mapping.fields.revenue}
            onChange={panel.changeSetting}
          />
          <MappingSection
            id={id}
            t={t}
            headers={summary.headers}
            mapping={mapping}
            detected={summary.mapping}
            shape={analysis?.resolved.shape.shape ?? 'columns'}
            onChange={panel.setMapping}
          />
          <MrrSection
            id={id}
            t={t}
            mrr={mrr}
            rows={mrr ? n(mrr.rowCount) : ''}
            onAdd={(next) => void panel.addMrr(next)}
            onRemove={() => void panel.removeMrr()}
          />
          {analysis && <PreviewSection id={id} t={t} locale={locale} analysis={analysis} />}
          {result && <IssuesSection id={id} t={t} locale={locale} result={result} max={maxIssues} />}
          <ImportActions
            t={t}
            result={result}
            busy={busy}
            n={n}
            fullResult={panel.fullResult}
            onImport={(full) => {
              onApply(full);
              panel.setApplied(t.applied(n(full.accounts.length), full.fileName));
            }}
          />
        </>
      )}
    </section>
  );
}
