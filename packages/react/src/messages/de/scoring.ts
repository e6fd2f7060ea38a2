import type { scoring as en } from '../en/scoring';
import type { MessageShape } from '../types';

/** Die Wörter der scoring-Diagramme (Deutsch): dieselben Schlüssel wie im englischen Katalog. */
export const scoring: MessageShape<typeof en> = {};
