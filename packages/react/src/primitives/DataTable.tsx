import type { TableSpec } from './types';

/**
 * A chart's data as an HTML `<table>`: for screen readers, for copying, and for people who prefer numbers.
 * `hidden` keeps it in the accessibility tree but visually hidden.
 */
export function DataTable({ spec, hidden, id }: { spec: TableSpec; hidden: boolean; id?: string }) {
  return (
    <div className={hidden ? 'kamkit-visually-hidden' : 'kamkit-table-wrap'} id={id}>
      <table className="kamkit-table">
        <caption>{spec.caption}</caption>
        <thead>
          <tr>
            {spec.columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} data-numeric={spec.columns[c]?.numeric ? 'true' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {spec.note ? <p className="kamkit-table__note">{spec.note}</p> : null}
    </div>
  );
}
