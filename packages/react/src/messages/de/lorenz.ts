import type { lorenz as en } from '../en/lorenz';
import type { MessageShape } from '../types';

/** Die Wörter der lorenz-Diagramme (Deutsch): dieselben Schlüssel wie im englischen Katalog. */
export const lorenz: MessageShape<typeof en> = {};
