import type { profit as en } from '../en/profit';
import type { MessageShape } from '../types';

/** Die Wörter der profit-Diagramme (Deutsch): dieselben Schlüssel wie im englischen Katalog. */
export const profit: MessageShape<typeof en> = {};
