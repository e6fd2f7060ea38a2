import { useMemo } from 'react';
import { type AnalysisView, fieldLabel, type ResultSummary } from '../index';
import type { ImportMessages } from './messages';

/** The first rows as they will be read: the raw text, and the value or the problem under it. */
export function PreviewSection({
  id,
  t,
  locale,
  analysis,
}: {
  id: string;
  t: ImportMessages;
  locale: string;
  analysis: AnalysisView;
}) {
  const numberFmt = useMemo(
    () => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }),
    [locale],
  );
  return (
    <section className="kamkit-import__section" aria-labelledby={`${id}-preview`}>
      <h3 id={`${id}-preview`}>{t.previewHeading}</h3>
      <p className="kamkit-import__hint">{t.previewHint(analysis.preview.length)}</p>
      <section
        className="kamkit-import__scroll"
        aria-label={t.previewLabel}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
      >
        <table className="kamkit-import__preview">
          <thead>
            <tr>
              <th scope="col">{t.previewRow}</th>
              {analysis.resolved.fields.map((key) => (
                <th scope="col" key={key}>
                  {/^revenue_\d{4}$/.test(key) ? t.revenueYear(key.slice(8)) : fieldLabel(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {analysis.preview.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                {row.cells.map((cell) => {
                  const same = typeof cell.value === 'string' && cell.value === cell.raw.trim();
                  return (
                    <td key={cell.field} data-severity={cell.problem?.severity}>
                      {/* Text read as it is shows once; anything converted shows raw → value. */}
                      {!(same && !cell.problem) && (
                        <span className="kamkit-import__raw">{cell.raw === '' ? '—' : cell.raw}</span>
                      )}
                      <span className="kamkit-import__value">
                        {cell.problem?.severity === 'error'
                          ? `✗ ${cell.problem.message}`
                          : cell.value === null
                            ? t.empty
                            : typeof cell.value === 'number'
                              ? `→\u00a0${numberFmt.format(cell.value)}`
                              : same
                                ? cell.value
                                : `→\u00a0${cell.value}`}
                        {cell.problem?.severity === 'warning' && ` ⚠ ${cell.problem.message}`}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/** The errors and warnings by spreadsheet row and column (the first `max`; the rest in the CSV). */
export function IssuesSection({
  id,
  t,
  locale,
  result,
  max,
}: {
  id: string;
  t: ImportMessages;
  locale: string;
  result: ResultSummary;
  max: number;
}) {
  const shown = Math.min(max, result.issues.length);
  return (
    <section className="kamkit-import__section" aria-labelledby={`${id}-issues`}>
      <h3 id={`${id}-issues`}>
        {result.issueCount === 0
          ? t.problemsNone
          : t.problemsCount(
              result.errorCount.toLocaleString(locale),
              result.warningCount.toLocaleString(locale),
            )}
      </h3>
      {result.issueCount > 0 && (
        <>
          <p className="kamkit-import__hint">{t.problemsHint}</p>
          <ol className="kamkit-import__issues">
            {result.issues.slice(0, max).map((issue, i) => (
              <li key={i} data-severity={issue.severity}>
                <span className="kamkit-import__badge">
                  {issue.severity === 'error' ? t.error : t.warning}
                </span>{' '}
                <span className="kamkit-import__where">
                  {t.where(issue.row, issue.column, issue.columnLetter, issue.table === 'mrr')}
                </span>{' '}
                {t.issue(issue)}
              </li>
            ))}
          </ol>
          {result.issueCount > shown && (
            <p className="kamkit-import__hint">
              {t.more((result.issueCount - shown).toLocaleString(locale))}
            </p>
          )}
        </>
      )}
    </section>
  );
}
