import { type ChangeEvent, useRef, useState } from 'react';
import type { ImportMessages } from './messages';
import type { usePaste } from './usePaste';

/**
 * Where a file comes in: a drop target, "Choose a file…" (a real button in front of a hidden file input) and
 * "Paste from spreadsheet", the fallback text area when the browser refuses to read the clipboard, and the
 * template links.
 */
export function DropZone({
  id,
  t,
  templateBase,
  onFile,
  onPasteButton,
  paste,
}: {
  id: string;
  t: ImportMessages;
  templateBase: string;
  onFile: (file: File | undefined) => void;
  onPasteButton: () => void;
  paste: ReturnType<typeof usePaste>;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the buttons inside are the keyboard path */}
      <div
        className="kamkit-import__drop"
        data-dragging={dragging || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          onFile(e.dataTransfer.files[0]);
        }}
      >
        <p className="kamkit-import__drop-text">{t.dropHere}</p>
        <div className="kamkit-import__drop-buttons">
          <button type="button" className="kamkit-import__button" onClick={() => inputRef.current?.click()}>
            {t.chooseFile}
          </button>
          <button type="button" className="kamkit-import__button" onClick={onPasteButton}>
            {t.pasteButton}
          </button>
        </div>
        <label className="kamkit-import__sr-only" htmlFor={`${id}-file`}>
          {t.fileInputLabel}
        </label>
        <input
          ref={inputRef}
          id={`${id}-file`}
          className="kamkit-import__sr-only"
          type="file"
          tabIndex={-1}
          accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <p className="kamkit-import__hint">{t.pasteHint}</p>
        {paste.fallback && (
          <div className="kamkit-import__paste">
            <p role="alert">{t.pasteFailed}</p>
            <label>
              {t.pasteAreaLabel}
              <textarea ref={paste.areaRef} rows={4} onPaste={paste.onAreaPaste} />
            </label>
          </div>
        )}
        <p className="kamkit-import__templates">
          {t.templates}{' '}
          <a href={`${templateBase}kamkit-import-template.csv`} download>
            {t.templateCsv}
          </a>{' '}
          ·{' '}
          <a href={`${templateBase}kamkit-import-template-de.csv`} download>
            {t.templateCsvDe}
          </a>{' '}
          ·{' '}
          <a href={`${templateBase}kamkit-import-template.xlsx`} download>
            {t.templateXlsx}
          </a>{' '}
          ·{' '}
          <a href={`${templateBase}kamkit-import-template-mrr.csv`} download>
            {t.templateMrr}
          </a>
        </p>
      </div>
    </>
  );
}
