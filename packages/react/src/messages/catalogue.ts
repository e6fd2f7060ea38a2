import type { catalogue as en } from './en';
import type { DeepPartial, MessageShape } from './types';

/** Every message of the kit, by chart family: the shape both built-in languages provide. */
export type Catalogue = MessageShape<typeof en>;

/** The chart families of the catalogue (`'pareto'`, `'abc'`, …) besides `common`. */
export type MessageFamily = Exclude<keyof Catalogue, 'common'>;

/**
 * What a chart's `messages` prop takes: any of its family's keys and of `common`, e.g.
 * `{ pareto: { value: 'Profit' }, common: { showTable: 'Table' } }`. A key given here wins over the catalogue.
 */
export type ChartMessages<F extends MessageFamily> = DeepPartial<Pick<Catalogue, 'common' | F>>;
