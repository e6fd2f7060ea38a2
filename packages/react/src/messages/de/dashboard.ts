import type { dashboard as en } from '../en/dashboard';
import type { MessageShape } from '../types';

/** Die Wörter der dashboard-Diagramme (Deutsch): dieselben Schlüssel wie im englischen Katalog. */
export const dashboard: MessageShape<typeof en> = {};
