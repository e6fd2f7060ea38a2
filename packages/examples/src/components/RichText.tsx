import type { ReactNode } from 'react';

/**
 * A paragraph of the scenario's text with its three marks: `**bold**` becomes `<strong>`, `*italic*` `<em>` and
 * `` `code` `` `<code>`. The text stays text (React escapes it); an unpaired mark is shown as written.
 */
export function RichText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  const pattern = /\*\*(.+?)\*\*|\*([^*]+)\*|`([^`]+)`/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(
      match[1] !== undefined ? (
        <strong key={match.index}>{match[1]}</strong>
      ) : match[2] !== undefined ? (
        <em key={match.index}>{match[2]}</em>
      ) : (
        <code key={match.index}>{match[3]}</code>
      ),
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
