import type { whale as en } from '../en/whale';
import type { MessageShape } from '../types';

/** Die Wörter der whale-Diagramme (Deutsch): dieselben Schlüssel wie im englischen Katalog. */
export const whale: MessageShape<typeof en> = {};
