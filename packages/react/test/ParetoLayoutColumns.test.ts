import { pareto, paretoColumns } from '@kamkit/core';
import { describe, expect, it, vi } from 'vitest';
import type { ParetoLayout } from '../src';
import { computeParetoLayout } from '../src';

// Counts the rows built from columns (one by one, or all at once): the chart should build almost none.
const built = vi.hoisted(() => ({ rows: 0 }));
vi.mock('@kamkit/core', async (importOriginal) => {
  const core = await importOriginal<typeof import('@kamkit/core')>();
  return {
    ...core,
    paretoRow: (...args: Parameters<typeof core.paretoRow>) => {
      built.rows++;
      return core.paretoRow(...args);
    },
    paretoFromColumns: (...args: Parameters<typeof core.paretoFromColumns>) => {
      built.rows += args[0].values.length;
      return core.paretoFromColumns(...args);
    },
  };
});

/** 10,000 accounts, heavy-tailed, with some records left out. */
const many = Array.from({ length: 10_000 }, (_, i) => ({
  id: `a${String(i).padStart(5, '0')}`,
  name: `Account ${i + 1}`,
  revenue: i % 997 === 0 ? 0 : Math.round(1e6 / (1 + ((i * 7919) % 10_000))),
}));
const options = { data: many, label: 'name', width: 640, height: 360 } as const;

/** The layout's plain parts: what it draws and says, without functions and lazy getters. */
function drawn<T>(layout: ParetoLayout<T>) {
  return {
    bars: layout.bars,
    linePath: layout.linePath,
    table: { ...layout.table, raw: undefined },
    tableGroups: layout.tableGroups,
    description: layout.description,
    finding: layout.finding,
    xTicks: layout.xTicks,
    yTicks: layout.yTicks,
    cutoffY: layout.cutoffY,
    vitalX: layout.vitalX,
    count: layout.count,
    vitalCount: layout.vitalCount,
    cutoff: layout.cutoff,
    points: layout.points.map((point) => ({ ...point })),
  };
}

describe('computeParetoLayout from paretoColumns', () => {
  it('draws, says and exports the same as from pareto’s rows', () => {
    for (const data of [many, many.slice(0, 40), many.slice(0, 1), []]) {
      const fromRows = computeParetoLayout(pareto(data, { value: 'revenue', id: 'id' }), {
        ...options,
        data,
      });
      const fromColumns = computeParetoLayout(paretoColumns(data, { value: 'revenue', id: 'id' }), {
        ...options,
        data,
      });
      expect(drawn(fromColumns)).toEqual(drawn(fromRows));
      expect(fromColumns.table.raw).toEqual(fromRows.table.raw);
      expect(fromColumns.result).toEqual(fromRows.result);
      for (const bar of fromColumns.bars) expect(fromColumns.rowsOf(bar)).toEqual(fromRows.rowsOf(bar));
    }
  });

  it('builds rows only for the names it shows, until the result or a bar’s rows are asked for', () => {
    const columns = paretoColumns(many, { value: 'revenue', id: 'id' });
    built.rows = 0;
    const layout = computeParetoLayout(columns, options);
    expect(layout.binned).toBe(true);
    // Names (the description's largest account, the first and last account of each of the 100 table groups)
    // are read from the id and the record: no row is built.
    expect(layout.tableGroups).toHaveLength(100);
    expect(layout.description).toContain('The largest is Account ');
    expect(built.rows).toBe(0);
    built.rows = 0;
    const bar = layout.bars[3];
    if (!bar) throw new Error('expected a fourth bar');
    const rows = layout.rowsOf(bar);
    expect(built.rows).toBe(layout.count);
    // Bars' rows are the result's own rows, built once.
    expect(rows).toEqual(layout.result.rows.slice(bar.rankStart - 1, bar.rankEnd));
    expect(rows[0]).toBe(layout.result.rows[bar.rankStart - 1]);
    expect(layout.rowsOf(bar)[0]).toBe(rows[0]);
    expect(layout.result.rows).toHaveLength(layout.count);
    expect(built.rows).toBe(layout.count);
    // Another layout of the same columns (another width) shares the result: no rows are built again.
    const wider = computeParetoLayout(columns, { ...options, width: 900 });
    expect(wider.result).toBe(layout.result);
    expect(wider.rowsOf({ rankStart: 1, rankEnd: 1 })[0]).toBe(layout.result.rows[0]);
    expect(built.rows).toBe(layout.count);
  });

  it('lets a custom renderer replace the result; bars are plain data', () => {
    const layout = computeParetoLayout(paretoColumns(many.slice(0, 30), { value: 'revenue' }), {
      ...options,
      data: many.slice(0, 30),
    });
    const bar = layout.bars[1];
    if (!bar) throw new Error('expected a bar');
    built.rows = 0;
    // Plain fields only: a copy or JSON keeps every field, and building rows is never a side effect of reading a bar.
    expect(Object.getPrototypeOf(bar)).toBe(Object.prototype);
    expect(
      Object.values(Object.getOwnPropertyDescriptors(bar)).every((d) => 'value' in d && d.enumerable),
    ).toBe(true);
    expect(JSON.parse(JSON.stringify(bar))).toEqual({ ...bar });
    expect(built.rows).toBe(0);
    const replaced = pareto(many.slice(0, 5), { value: 'revenue' });
    layout.result = replaced;
    expect(layout.result).toBe(replaced);
    // rowsOf reads the result in place: a replaced result gives its rows.
    const { rowsOf } = layout;
    expect(rowsOf(bar)).toEqual(replaced.rows.slice(1, 2));
  });
});
