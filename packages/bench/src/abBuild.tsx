/**
 * The entry that `ab save` bundles (with @kamkit/react and @kamkit/core from their built dist/, React external):
 * one server render of the bench's Pareto chart.
 */
import { ParetoChart } from '@kamkit/react';
import { renderToString } from 'react-dom/server';
import type { Account } from './data';

export function render(data: readonly Account[], width: number, height: number): string {
  return renderToString(
    <ParetoChart data={data} value="revenue" label="name" width={width} height={height} />,
  );
}
