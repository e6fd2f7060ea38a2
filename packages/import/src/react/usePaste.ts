import { type ClipboardEvent as ReactClipboardEvent, useCallback, useEffect, useRef, useState } from 'react';

/**
 * A pasted range as a file for the import: the clipboard's plain text (a spreadsheet copies a range as
 * tab-separated lines, numbers in the copying locale's format) encoded as UTF-8, named `name.tsv`.
 */
export function pastedText(text: string, name: string): File {
  return new File([text], `${name}.tsv`, { type: 'text/tab-separated-values' });
}

/** `true` when a paste goes into a text field of the page (which keeps it) rather than to the import. */
function intoTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['file', 'button', 'checkbox', 'radio', 'submit'].includes(target.type)
  );
}

/**
 * Paste handling of the import panel: with `enabled`, a paste event anywhere in the document (outside other
 * text fields) hands its plain text to `onText`; `fromClipboard` reads the clipboard for the "Paste from
 * spreadsheet" button and, when the browser refuses (no permission, no Clipboard API), shows a fallback text
 * area to paste into.
 */
export function usePaste({ enabled, onText }: { enabled: boolean; onText: (text: string) => void }) {
  const [fallback, setFallback] = useState(false);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const latest = useRef(onText);
  latest.current = onText;
  const take = useCallback((text: string | undefined) => {
    if (!text || text.trim() === '') return false;
    setFallback(false);
    latest.current(text);
    return true;
  }, []);
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: ClipboardEvent) => {
      if (intoTextField(event.target)) return;
      if (take(event.clipboardData?.getData('text/plain'))) event.preventDefault();
    };
    document.addEventListener('paste', listener);
    return () => document.removeEventListener('paste', listener);
  }, [enabled, take]);
  useEffect(() => {
    if (fallback) areaRef.current?.focus();
  }, [fallback]);
  const fromClipboard = useCallback(async () => {
    try {
      if (!take(await navigator.clipboard.readText())) setFallback(true);
    } catch {
      setFallback(true);
    }
  }, [take]);
  const onAreaPaste = useCallback(
    (event: ReactClipboardEvent<HTMLTextAreaElement>) => {
      if (take(event.clipboardData.getData('text/plain'))) event.preventDefault();
    },
    [take],
  );
  return { fallback, fromClipboard, onAreaPaste, areaRef };
}
