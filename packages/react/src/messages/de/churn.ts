import type { churn as en } from '../en/churn';
import type { MessageShape } from '../types';

/** Die Wörter der churn-Diagramme (Deutsch): dieselben Schlüssel wie im englischen Katalog. */
export const churn: MessageShape<typeof en> = {};
