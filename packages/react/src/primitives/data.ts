import { useMemo } from 'react';

/** A chart's records as an array: the array itself (not copied), else the iterable's records in order. */
export function toArray<T>(data: Iterable<T>): T[] {
  return Array.isArray(data) ? (data as T[]) : Array.from(data);
}

/**
 * {@link toArray}, memoised on `data`: the same array while the chart receives the same data, so the layout
 * hooks' later memos (core's analysis, the layout) stay valid.
 */
export function useDataArray<T>(data: Iterable<T>): T[] {
  return useMemo(() => toArray(data), [data]);
}
