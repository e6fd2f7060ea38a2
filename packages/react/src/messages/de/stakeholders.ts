import type { stakeholders as en } from '../en/stakeholders';
import type { MessageShape } from '../types';

/** Die Wörter der stakeholders-Diagramme (Deutsch): dieselben Schlüssel wie im englischen Katalog. */
export const stakeholders: MessageShape<typeof en> = {};
