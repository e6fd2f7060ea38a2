/** Field delimiters {@link detectDelimiter} considers, in order of preference on a tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** A CSV field delimiter. */
export type Delimiter = (typeof DELIMITERS)[number];

/** Names of the delimiters for the UI. */
export const DELIMITER_LABELS: Record<Delimiter, string> = {
  ',': 'Comma (,)',
  ';': 'Semicolon (;)',
  '\t': 'Tab',
  '|': 'Pipe (|)',
};

/** Result of {@link detectDelimiter}. */
export interface DelimiterGuess {
  delimiter: Delimiter;
  /** `true` when the file starts with Excel's `sep=;` line, which then names the delimiter. */
  sepLine: boolean;
}

/**
 * Counts each candidate delimiter per record outside quotes, over the first `maxRecords` records. A quoted
 * field may contain delimiters and line breaks.
 */
function countPerRecord(text: string, maxRecords: number): Map<Delimiter, number[]> {
  const counts = new Map<Delimiter, number[]>(DELIMITERS.map((d) => [d, []]));
  let current = new Map<string, number>();
  let inQuotes = false;
  let records = 0;
  let blank = true;
  const flush = () => {
    if (!blank) {
      for (const d of DELIMITERS) counts.get(d)!.push(current.get(d) ?? 0);
      records++;
    }
    current = new Map();
    blank = true;
  };
  for (let i = 0; i < text.length && records < maxRecords; i++) {
    const c = text[i]!;
    if (c === '"') {
      inQuotes = !inQuotes;
      blank = false;
    } else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      flush();
    } else {
      if (!inQuotes && (DELIMITERS as readonly string[]).includes(c))
        current.set(c, (current.get(c) ?? 0) + 1);
      if (c !== ' ') blank = false;
    }
  }
  flush();
  return counts;
}

/**
 * Detects the field delimiter of a CSV text: `,` (English Excel), `;` (German, French, … Excel, whose decimal
 * separator is the comma), tab (Excel's "Unicode text") or `|`. Quote-aware, over the first `maxRecords`
 * records: the delimiter is the one that occurs the same number of times in the largest share of records
 * (decimal commas in a `;` file vary per record and are missing from the header row); on a tie, the one
 * giving more fields. Excel's `sep=X` first line wins. Defaults to `,` (a file with a single column).
 *
 * @example
 * detectDelimiter('id;name;Umsatz 2024\nK-1;Grünwaldau;1.234,56').delimiter; // ';'
 */
export function detectDelimiter(text: string, maxRecords = 50): DelimiterGuess {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep && (DELIMITERS as readonly string[]).includes(sep[1]!)) {
    return { delimiter: sep[1] as Delimiter, sepLine: true };
  }
  const counts = countPerRecord(text, maxRecords);
  let best: { delimiter: Delimiter; share: number; fields: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const perRecord = counts.get(delimiter)!;
    // The most common non-zero count per record: the number of field separators of a regular record.
    const tally = new Map<number, number>();
    for (const n of perRecord) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    let mode = 0;
    for (const [n, times] of tally)
      if (times > (tally.get(mode) ?? 0) || (times === tally.get(mode) && n > mode)) mode = n;
    if (mode === 0) continue;
    const share = perRecord.filter((n) => n === mode).length / perRecord.length;
    if (!best || share > best.share + 1e-9 || (Math.abs(share - best.share) <= 1e-9 && mode > best.fields)) {
      best = { delimiter, share, fields: mode };
    }
  }
  return { delimiter: best?.delimiter ?? ',', sepLine: false };
}
