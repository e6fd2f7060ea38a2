'use client';

import { useId, useState } from 'react';
import { DataTable } from '../primitives/DataTable';
import type { TableSpec } from '../primitives/types';

/** A button that shows or hides the chart's data table (a client component). Hidden tables stay readable by screen readers. */
export function TableToggle({
  spec,
  showLabel,
  hideLabel,
}: {
  spec: TableSpec;
  showLabel: string;
  hideLabel: string;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="kamkit-table-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? hideLabel : showLabel}
      </button>
      <DataTable spec={spec} hidden={!open} id={id} />
    </>
  );
}
