'use client';

import type { RefObject } from 'react';
import { useState } from 'react';
import { exportMenu as deWords } from '../messages/de/exportMenu';
import { exportMenu as enWords } from '../messages/en/exportMenu';
import { languageOf, mergeMessages } from '../messages/resolve';
import type { DeepPartial } from '../messages/types';
import type { TableSpec } from '../primitives/types';
import { exportMenuSheet } from '../theme/sheets/exportMenu';
import { toCsv } from './csv';
import { type ExportPngOptions, exportCsv, exportPng, exportSvg } from './exportChart';

/** A download format of {@link ExportMenu}. */
export type ExportFormat = 'svg' | 'png' | 'csv';

/** Props of {@link ExportMenu}. */
export interface ExportMenuProps {
  /** The chart to export: its root element or any ancestor holding it (e.g. a card around the chart). */
  target: RefObject<Element | null>;
  /** File name without extension. Default `'chart'`. */
  filename?: string;
  /** The buttons, in order. Default `['svg', 'png', 'csv']`. */
  formats?: readonly ExportFormat[];
  /**
   * The CSV's table: a chart layout's `table` (raw numbers, every account; see `exportCsv`) or a function that
   * returns the CSV text. Default: the chart's rendered data table as text (formatted numbers).
   */
  csv?: (TableSpec & { rawColumns?: TableSpec['columns'] }) | (() => string);
  /** Options of the SVG and PNG files (title, source line, background, PNG scale). Default: those of `exportPng`. */
  options?: ExportPngOptions;
  /** Picks the words: `de-*` German, else English. Default `'en-US'`. */
  locale?: string;
  /** Replaces any word, key by key: `{ exportMenu: { label: 'Export' } }`. */
  messages?: { exportMenu?: DeepPartial<typeof enWords> };
  /** Nonce of a strict Content Security Policy for the menu's `<style>` (as `ChartStyles`). Default none. */
  nonce?: string;
  /** Renders the menu's CSS (de-duplicated in `<head>` by React 19). Default `true`. */
  injectStyles?: boolean;
  /** Called with the error when a download fails (the menu also announces it). */
  onError?: (error: unknown) => void;
  className?: string;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the URL when the click's download starts; it is released after that.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The chart's rendered data table (`table.kamkit-table`), header row first, as text cells. */
function renderedTable(root: Element): string[][] {
  const table = root.querySelector('table.kamkit-table');
  if (!table) return [];
  return Array.from(table.querySelectorAll('tr'), (row) =>
    Array.from(row.querySelectorAll('th,td'), (cell) => cell.textContent ?? ''),
  );
}

/**
 * Buttons that download a chart as SVG, PNG (2× by default) or its data as CSV (formula-injection-safe), for
 * `exportSvg`, `exportPng` and `exportCsv`. A client component; the words come from the message catalogue
 * (English, German) and `messages`. It marks itself `data-kamkit-export="skip"`, so placed inside a card with the
 * chart it does not appear in the files.
 *
 * @example
 * const chart = useRef<HTMLDivElement>(null);
 * <div ref={chart}><ParetoChart data={accounts} /></div>
 * <ExportMenu target={chart} filename="pareto-2026" locale="de-DE" />
 */
export function ExportMenu({
  target,
  filename = 'chart',
  formats = ['svg', 'png', 'csv'],
  csv,
  options,
  locale,
  messages,
  onError,
  className,
  nonce,
  injectStyles = true,
}: ExportMenuProps) {
  const words = mergeMessages(languageOf(locale) === 'de' ? deWords : enWords, messages?.exportMenu);
  const [failed, setFailed] = useState(false);
  const run = async (format: ExportFormat) => {
    setFailed(false);
    try {
      const element = target.current;
      if (!element) throw new Error('ExportMenu: the target is not rendered.');
      if (format === 'svg')
        download(new Blob([exportSvg(element, options)], { type: 'image/svg+xml' }), `${filename}.svg`);
      else if (format === 'png') download(await exportPng(element, options), `${filename}.png`);
      else {
        const text =
          typeof csv === 'function'
            ? csv()
            : csv
              ? exportCsv(csv, { bom: true })
              : toCsv(renderedTable(element), { bom: true });
        download(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${filename}.csv`);
      }
    } catch (error) {
      setFailed(true);
      onError?.(error);
    }
  };
  return (
    <fieldset
      className={className ? `kamkit-export-menu ${className}` : 'kamkit-export-menu'}
      data-kamkit-export="skip"
    >
      {injectStyles ? (
        <style href={`kamkit-${exportMenuSheet.id}`} precedence="kamkit" nonce={nonce}>
          {exportMenuSheet.css}
        </style>
      ) : null}
      <legend className="kamkit-visually-hidden">{words.label}</legend>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className="kamkit-export-menu__button"
          data-format={format}
          aria-label={words[`${format}Long`]}
          onClick={() => void run(format)}
        >
          {words[format]}
        </button>
      ))}
      <span className="kamkit-visually-hidden" role="status">
        {failed ? words.failed : ''}
      </span>
    </fieldset>
  );
}
