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

const NUMBER_FORMATS: readonly NumberFormat[] = ['comma', 'point'];
const DATE_ORDERS = ['dmy', 'mdy'] as const;
const SHAPES = ['columns', 'rows', 'snapshot'] as const;

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
            <DetectedSelect
              label={t.encoding}
              value={settings.encoding}
              detected={t.detected(summary.encoding ? t.encodingLabels[summary.encoding] : '—')}
              choices={(Object.keys(t.encodingLabels) as TextEncoding[]).map((e) => [e, t.encodingLabels[e]])}
              onChange={(value) => onChange('encoding', value as TextEncoding | 'auto')}
            />
            <DetectedSelect
              label={t.delimiter}
              value={settings.delimiter}
              detected={t.detected(summary.delimiter ? t.delimiterLabels[summary.delimiter] : '—')}
              choices={DELIMITERS.map((d) => [d, t.delimiterLabels[d]])}
              onChange={(value) => onChange('delimiter', value as Delimiter | 'auto')}
            />
          </>
        )}
        {summary.sheets.length > 1 && (
          <DetectedSelect
            label={t.sheet}
            value={settings.sheet}
            detected={t.detected(summary.sheet ?? '—')}
            choices={summary.sheets.map((sheet) => [sheet, sheet])}
            onChange={(value) => onChange('sheet', value)}
          />
        )}
        <DetectedSelect
          label={t.headerRow}
          value={settings.headerRow}
          detected={t.detected(t.row(summary.headerRow))}
          choices={Array.from({ length: 10 }, (_, i) => [i + 1, t.row(i + 1)])}
          onChange={(value) => onChange('headerRow', value === 'auto' ? 'auto' : Number(value))}
        />
        <DetectedSelect
          label={t.numberFormat}
          value={settings.numberFormat}
          detected={t.detected(
            fileFormat ? t.numberFormatLabels[fileFormat].toLowerCase() : t.detectedPerColumn,
          )}
          choices={NUMBER_FORMATS.map((f) => [f, t.numberFormatLabels[f]])}
          onChange={(value) => onChange('numberFormat', value as NumberFormat | 'auto')}
        />
        <DetectedSelect
          label={t.dates}
          value={settings.dateOrder}
          detected={t.detected(resolved ? t.dateOrderLabels[resolved.dateOrder.order].toLowerCase() : '…')}
          choices={DATE_ORDERS.map((o) => [o, t.dateOrderLabels[o]])}
          onChange={(value) => onChange('dateOrder', value as ImportSettings['dateOrder'])}
        />
        <DetectedSelect
          label={t.years}
          value={settings.shape}
          detected={t.detected(resolved ? t.shapeLabels[resolved.shape.shape].toLowerCase() : '…')}
          choices={SHAPES.map((shape) => [shape, t.shapeLabels[shape]])}
          onChange={(value) => onChange('shape', value as ImportSettings['shape'])}
        />
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

/** Props of {@link DetectedSelect}. */
interface DetectedSelectProps {
  label: string;
  value: string | number;
  /** The text of the first option, `'auto'`: what was detected. */
  detected: string;
  /** The other options: `[value, text]`. */
  choices: readonly (readonly [value: string | number, text: string])[];
  onChange: (value: string) => void;
}

/** A labelled setting: a select whose first option is what was detected (`'auto'`), then the choices. */
function DetectedSelect({ label, value, detected, choices, onChange }: DetectedSelectProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="auto">{detected}</option>
        {choices.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
