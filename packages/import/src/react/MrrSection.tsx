import { type ChangeEvent, useRef } from 'react';
import type { MrrSummary } from '../index';
import type { ImportMessages } from './messages';

/**
 * The optional monthly MRR table: what was loaded (a second file, or the workbook's MRR sheet) and a button
 * to add one or to remove it.
 */
export function MrrSection({
  id,
  t,
  mrr,
  rows,
  onAdd,
  onRemove,
}: {
  id: string;
  t: ImportMessages;
  mrr: MrrSummary | null;
  /** The MRR table's row count, formatted. */
  rows: string;
  onAdd: (file: File | undefined) => void;
  onRemove: () => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <section className="kamkit-import__section" aria-labelledby={`${id}-mrr`}>
      <h3 id={`${id}-mrr`}>{t.mrrHeading}</h3>
      <p className="kamkit-import__hint">{mrr ? t.mrrLoaded(mrr.source, rows) : t.mrrHint}</p>
      <button
        type="button"
        className="kamkit-import__button"
        onClick={() => (mrr ? onRemove() : inputRef.current?.click())}
      >
        {mrr ? t.mrrRemove : t.mrrAdd}
      </button>
      <label className="kamkit-import__sr-only" htmlFor={`${id}-mrr-file`}>
        {t.mrrInputLabel}
      </label>
      <input
        ref={inputRef}
        id={`${id}-mrr-file`}
        className="kamkit-import__sr-only"
        type="file"
        tabIndex={-1}
        accept=".csv,.tsv,.txt,.xlsx"
        onChange={(e: ChangeEvent<HTMLInputElement>) => {
          onAdd(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
    </section>
  );
}
