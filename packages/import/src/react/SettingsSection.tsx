import {
  type AnalysisView,
  DELIMITERS,
  type Delimiter,
  type FileSummary,
  type ImportSettings,
  type NumberFormat,
  parseLocaleNumber,
  type TextEncoding,
} from '../index';
import type { ImportMessages } from './messages';

/** Props of {@link SettingsSection}. */
export interface SettingsSectionProps {
  id: string;
  t: ImportMessages;
  locale: string;
  summary: FileSummary;
  settings: ImportSettings;
  analysis: AnalysisView | null;
  /** The column mapped to the yearless revenue field, named in a snapshot's hint. */
  revenueColumn: number | undefined;
  onChange: <K extends keyof ImportSettings>(key: K, value: ImportSettings[K]) => void;
}

/** Notes on number columns whose values read either way or mix both conventions. */
function numberNotes(
  t: ImportMessages,
  summary: FileSummary,
  analysis: AnalysisView,
  locale: string,
): string[] {
  const fmt = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 });
  return Object.entries(analysis.resolved.numberFormat.byColumn).flatMap(([column, decided]) => {
    const votes = analysis.votes[Number(column)];
    const header = summary.headers[Number(column)] ?? '';
    if (!votes) return [];
    if (votes.point > 0 && votes.comma > 0) return [t.ambiguousMixed(header, decided.format)];
    if (
      votes.ambiguous > 0 &&
      votes.example &&
      decided.source !== 'column' &&
      decided.source !== 'override'
    ) {
      const read = parseLocaleNumber(votes.example, decided.format);
      const shown = read === null || Number.isNaN(read) ? '—' : fmt.format(read);
      return [t.ambiguousExample(header, votes.example, shown, decided.format, decided.source)];
    }
    return [];
  });
}

/**
 * The detected settings (encoding, delimiter, sheet, header row, number format, dates, year layout and a
 * snapshot's year), each a select whose first option is what was detected, and the detection notes.
 */
export function SettingsSection({
  id,
  t,
  locale,
  summary,
  settings,
  analysis,
  revenueColumn,
  onChange,
}: SettingsSectionProps) {
  const resolved = analysis?.resolved ?? null;
  const fileFormat = resolved?.numberFormat.file ?? null;
  const snapshotYear = resolved?.shape.snapshotYear ?? null;
  const notes = [...summary.notes, ...(analysis ? numberNotes(t, summary, analysis, locale) : [])];
  return (
    <section className="kamkit-import__section" aria-labelledby={`${id}-settings`}>
      <h3 id={`${id}-settings`}>{t.settingsHeading}</h3>
      <p className="kamkit-import__file-info">
        <strong>{summary.fileName}</strong> ·{' '}
        {t.fileInfo(summary.kind, summary.rowCount.toLocaleString(locale), summary.headerRow)}
      </p>
      <div className="kamkit-import__settings">
        {summary.kind === 'csv' && (
          <>
            <label>
              {t.encoding}
              <select
                value={settings.encoding}
                onChange={(e) => onChange('encoding', e.target.value as TextEncoding | 'auto')}
              >
                <option value="auto">
                  {t.detected(summary.encoding ? t.encodingLabels[summary.encoding] : '—')}
                </option>
                {(Object.keys(t.encodingLabels) as TextEncoding[]).map((e) => (
                  <option key={e} value={e}>
                    {t.encodingLabels[e]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.delimiter}
              <select
                value={settings.delimiter}
                onChange={(e) => onChange('delimiter', e.target.value as Delimiter | 'auto')}
              >
                <option value="auto">
                  {t.detected(summary.delimiter ? t.delimiterLabels[summary.delimiter] : '—')}
                </option>
                {DELIMITERS.map((d) => (
                  <option key={d} value={d}>
                    {t.delimiterLabels[d]}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {summary.sheets.length > 1 && (
          <label>
            {t.sheet}
            <select value={settings.sheet} onChange={(e) => onChange('sheet', e.target.value)}>
              <option value="auto">{t.detected(summary.sheet ?? '—')}</option>
              {summary.sheets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t.headerRow}
          <select
            value={settings.headerRow}
            onChange={(e) =>
              onChange('headerRow', e.target.value === 'auto' ? 'auto' : Number(e.target.value))
            }
          >
            <option value="auto">{t.detected(t.row(summary.headerRow))}</option>
            {Array.from({ length: 10 }, (_, i) => (
              <option key={i} value={i + 1}>
                {t.row(i + 1)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.numberFormat}
          <select
            value={settings.numberFormat}
            onChange={(e) => onChange('numberFormat', e.target.value as NumberFormat | 'auto')}
          >
            <option value="auto">
              {t.detected(fileFormat ? t.numberFormatLabels[fileFormat].toLowerCase() : t.detectedPerColumn)}
            </option>
            <option value="comma">{t.numberFormatLabels.comma}</option>
            <option value="point">{t.numberFormatLabels.point}</option>
          </select>
        </label>
        <label>
          {t.dates}
          <select
            value={settings.dateOrder}
            onChange={(e) => onChange('dateOrder', e.target.value as ImportSettings['dateOrder'])}
          >
            <option value="auto">
              {t.detected(resolved ? t.dateOrderLabels[resolved.dateOrder.order].toLowerCase() : '…')}
            </option>
            <option value="dmy">{t.dateOrderLabels.dmy}</option>
            <option value="mdy">{t.dateOrderLabels.mdy}</option>
          </select>
        </label>
        <label>
          {t.years}
          <select
            value={settings.shape}
            onChange={(e) => onChange('shape', e.target.value as ImportSettings['shape'])}
          >
            <option value="auto">
              {t.detected(resolved ? t.shapeLabels[resolved.shape.shape].toLowerCase() : '…')}
            </option>
            <option value="columns">{t.shapeLabels.columns}</option>
            <option value="rows">{t.shapeLabels.rows}</option>
            <option value="snapshot">{t.shapeLabels.snapshot}</option>
          </select>
        </label>
        {snapshotYear !== null && (
          <label>
            {t.snapshotYear}
            <input
              type="number"
              min={1900}
              max={2099}
              value={settings.snapshotYear === 'auto' ? snapshotYear : settings.snapshotYear}
              onChange={(e) => {
                const year = Number(e.target.value);
                if (Number.isInteger(year) && year >= 1900 && year <= 2099) onChange('snapshotYear', year);
              }}
            />
          </label>
        )}
      </div>
      {snapshotYear !== null && (
        <p className="kamkit-import__hint">
          {t.snapshotHint(revenueColumn === undefined ? '' : (summary.headers[revenueColumn] ?? ''))}
        </p>
      )}
      {notes.length > 0 && (
        <ul className="kamkit-import__notes">
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
