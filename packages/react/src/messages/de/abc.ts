import type { abc as en } from '../en/abc';
import type { MessageShape } from '../types';

/** Die Wörter der abc-Diagramme (Deutsch): dieselben Schlüssel wie im englischen Katalog. */
export const abc: MessageShape<typeof en> = {};
