import type { ImportIssue } from '@kamkit/import';
import { importMessages } from '@kamkit/import/react';
import { useId } from 'react';

/**
 * The import's problems as a list, in the words of the import panel's catalogue (German for `de-*`): where
 * ("Zeile 7, Spalte C (Umsatz 2024):") and what ("„Umsatz 2024“: „n/a“ ist keine Zahl. Zeile übersprungen.").
 */
export function ProblemList({ issues, locale }: { issues: readonly ImportIssue[]; locale: string }) {
  const t = importMessages(locale);
  const id = useId();
  if (issues.length === 0) return <p>{t.problemsNone}</p>;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return (
    <section aria-labelledby={id}>
      <p>
        <strong id={id}>{t.problemsCount(String(errors), String(issues.length - errors))}</strong>
        <br />
        {t.problemsHint}
      </p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i} data-severity={issue.severity}>
            {issue.severity === 'error' ? t.error : t.warning} —{' '}
            {t.where(issue.row, issue.column, issue.columnLetter, issue.table === 'mrr')} {t.issue(issue)}
          </li>
        ))}
      </ul>
    </section>
  );
}
