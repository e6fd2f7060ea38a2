import type { CsvCell } from '@kamkit/react';
import { exportPng, exportSvg, toCsv, useParentSize } from '@kamkit/react';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { download } from './download';
import { useText } from './text';

/** Props of {@link ChartCard}. */
export interface ChartCardProps {
  /** The question the chart answers, as the card's heading. */
  title: string;
  /** One sentence on what is shown. */
  lead?: ReactNode;
  /** File name stem for exports, e.g. "pareto-2024". */
  exportName: string;
  /** The chart's data as rows (first row = header) for the CSV export; omit to hide the CSV button. */
  csv?: () => CsvCell[][];
  /** Controls shown beside the heading (e.g. a year selector). */
  controls?: ReactNode;
  /** The chart; a function receives the card's inner width, so the chart's layout fits phones and desktops. */
  children: ReactNode | ((size: { width: number }) => ReactNode);
  /** Extra class, e.g. to span two grid columns. */
  className?: string;
}

/**
 * A card holding one chart, with export buttons: SVG and PNG of the chart as drawn (colours inlined) and the
 * chart's data as CSV (formula-injection safe, with a byte-order mark so Excel reads umlauts).
 */
export function ChartCard({ title, lead, exportName, csv, controls, children, className }: ChartCardProps) {
  const headingId = useId();
  const t = useText();
  const { ref: body, width } = useParentSize<HTMLDivElement>({ width: 900, height: 0 });
  const [status, setStatus] = useState('');
  const chartRoot = () => body.current?.querySelector('.kamkit-chart') ?? null;

  const onSvg = () => {
    const root = chartRoot();
    if (!root) return;
    download(new Blob([exportSvg(root)], { type: 'image/svg+xml' }), `${exportName}.svg`);
    setStatus(t(`Saved ${exportName}.svg`, `${exportName}.svg gespeichert`));
  };
  const onPng = async () => {
    const root = chartRoot();
    if (!root) return;
    download(await exportPng(root, { scale: 2 }), `${exportName}.png`);
    setStatus(t(`Saved ${exportName}.png`, `${exportName}.png gespeichert`));
  };
  const onCsv = () => {
    if (!csv) return;
    download(
      new Blob([toCsv(csv(), { bom: true })], { type: 'text/csv;charset=utf-8' }),
      `${exportName}.csv`,
    );
    setStatus(t(`Saved ${exportName}.csv`, `${exportName}.csv gespeichert`));
  };

  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={headingId}>
      <div className="card__head">
        <h2 id={headingId}>{title}</h2>
        <div className="card__controls">
          {controls}
          <fieldset className="card__export">
            <legend className="visually-hidden">{t(`Export ${title}`, `${title} exportieren`)}</legend>
            <button type="button" onClick={onSvg}>
              SVG
            </button>
            <button type="button" onClick={onPng}>
              PNG
            </button>
            {csv ? (
              <button type="button" onClick={onCsv}>
                CSV
              </button>
            ) : null}
          </fieldset>
        </div>
      </div>
      {lead ? <p className="card__lead">{lead}</p> : null}
      <div ref={body} className="card__body">
        {typeof children === 'function' ? children({ width: Math.max(280, width) }) : children}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
