import type { ComponentType } from 'react';
import { ParetoChart } from '../../src';
import type { ChartItemKind } from '../../src/contract/types';
import type { MessageFamily } from '../../src/messages/catalogue';

/**
 * One chart of the conformance suite: the component, a small fixture (props with `data`), the message family it
 * writes with, how to give it a hostile label, and the first item the keyboard reaches (with its record).
 */
export interface ConformanceCase {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: the suite renders charts of every data type.
  Component: ComponentType<any>;
  /** Props that draw the chart with a few items (at least two explorer points). */
  props: Record<string, unknown>;
  /** Props that draw it with one item whose label is `HOSTILE` (shown as text, in a visible table). */
  hostile: Record<string, unknown>;
  family: MessageFamily;
  /** The item the explorer reaches first (focus) and second (one arrow key on), by kind and id. */
  first: { kind: ChartItemKind; id: string | number };
  second: { id: string | number };
  /** The record `first` stands for (its `datum` for one account or person, one of its `accounts` otherwise). */
  firstDatum: unknown;
}

export const HOSTILE = '<img src=x onerror=alert(1)>';

const accounts = [
  { id: 'a1', name: 'Nordwind AG', revenue: 50_000 },
  { id: 'a2', name: 'Alpen GmbH', revenue: 30_000 },
  { id: 'a3', name: 'Küstenwerk KG', revenue: 12_000 },
  { id: 'a4', name: 'Rheinblick SE', revenue: 8_000 },
];

/** Every chart of the kit: a porter adds a chart by one entry. */
export const CHARTS: ConformanceCase[] = [
  {
    name: 'ParetoChart',
    Component: ParetoChart,
    props: { data: accounts, value: 'revenue', label: 'name' },
    hostile: { data: [{ id: 'x', name: HOSTILE, revenue: 1 }], value: 'revenue', label: 'name' },
    family: 'pareto',
    first: { kind: 'account', id: 'a1' },
    second: { id: 'a2' },
    firstDatum: accounts[0],
  },
];
